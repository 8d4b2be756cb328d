import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CatalogError, formatDiagnostic } from '../validate/diagnostic.ts';
import { OutputConflictError } from '../write/output-conflict-error.ts';
import { OutputReadError } from '../write/output-read-error.ts';
import { OutputFolderError } from '../write/output-root.ts';
import { UnsafeOutputPathError } from '../write/output-path.ts';
import { WriteError } from '../write/write-error.ts';
import { checkedScope, OptionError, projectConfig } from './options.ts';

// Commands are imported when they run: `--help` and `validate` should not pay
// for loading the TypeScript compiler or json-schema-to-typescript.

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const config = projectConfig();
  let exitCode = 0;
  const print = (line: string) => process.stdout.write(line + '\n');
  const program = new Command('errcat')
    .description('Provider error catalogs as code: validate canonical catalogs and generate typed packages, OpenAPI and Markdown.')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('generate')
    .description('generate packages, OpenAPI fragments and Markdown from the catalogs into the output folder')
    .option('--check', 'write nothing; exit 1 and list what is stale, missing or extra (for CI)', false)
    .option('--catalogs <dir>', 'folder of catalog files', config.catalogDir)
    .option('--out <dir>', 'output folder', config.outDir)
    .option('--scope <scope>', 'npm scope of the generated packages', config.scope)
    .action(async (o: { check: boolean; catalogs: string; out: string; scope: string }) => {
      const { generateCommand } = await import('./generate-command.ts');
      // The project folder is where errcat runs, for now (a configuration file will name it); the output folder must be inside it.
      const projectRoot = path.resolve(process.cwd());
      exitCode = await generateCommand({ check: o.check, catalogDir: o.catalogs, outDir: o.out, scope: checkedScope(o.scope), projectRoot, allowExtra: [] }, print);
    });

  program
    .command('validate')
    .description('validate every catalog (JSON Schema, then semantic rules); report every problem with file:line:col')
    .option('--catalogs <dir>', 'folder of catalog files', config.catalogDir)
    .action(async (o: { catalogs: string }) => {
      const { validateCommand } = await import('./validate-command.ts');
      exitCode = await validateCommand({ catalogDir: o.catalogs, scope: config.scope }, print);
    });

  program
    .command('diff')
    .description('report the catalog changes since a git ref (or between two catalog files or folders), classified breaking / behavioural / compatible')
    .argument('<ref-or-old>', 'git ref to compare the working tree with (e.g. origin/main), or the old catalog file or folder')
    .argument('[new]', 'the new catalog file or folder, when <ref-or-old> is the old one')
    .option('--format <format>', 'markdown (a pull-request comment) or json', 'markdown')
    .option('--fail-on-breaking', 'exit 1 when a change is breaking', false)
    .option('--fail-on <class>', 'exit 1 when a change of this class or a worse one is present: breaking, behavioural or compatible')
    .option('--catalogs <dir>', 'folder of catalog files', config.catalogDir)
    .action(async (refOrOld: string, next: string | undefined, o: { format: string; failOnBreaking: boolean; failOn?: string; catalogs: string }) => {
      const { diffCommand } = await import('./diff-command.ts');
      exitCode = await diffCommand(next === undefined ? [refOrOld] : [refOrOld, next], {
        format: o.format,
        failOnBreaking: o.failOnBreaking,
        failOn: o.failOn,
        catalogDir: o.catalogs,
        scope: config.scope,
      }, print);
    });

  program
    .command('check-sources')
    .description('check that every entry of the provider documents (.txt files) in <dir> is in the catalogs, verbatim')
    .argument('<dir>', 'folder of provider documents, e.g. ../shared/seeds')
    .option('--catalogs <dir>', 'folder of catalog files', config.catalogDir)
    .action(async (dir: string, o: { catalogs: string }) => {
      const { checkSourcesCommand } = await import('./check-sources-command.ts');
      exitCode = await checkSourcesCommand(dir, { catalogDir: o.catalogs, scope: config.scope }, print);
    });

  program
    .command('types')
    .description('derive generator/types/catalog.ts from schema/catalog.schema.json (json-schema-to-typescript)')
    .option('--check', 'write nothing; exit 1 if the committed types are stale', false)
    .action(async (o: { check: boolean }) => {
      const { typesCommand } = await import('./types-command.ts');
      exitCode = await typesCommand(o, print);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0 through the same path as usage errors.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CatalogError) {
      for (const d of error.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
      process.stderr.write(`errcat: ${error.diagnostics.length} problem${error.diagnostics.length === 1 ? '' : 's'}; nothing was written\n`);
      return 1;
    }
    if (error instanceof WriteError) {
      const state = error.untouched ? 'the output folder was left as it was' : 'the output folder is partly updated; run generate again to complete it';
      process.stderr.write(`errcat: ${error.message}\nerrcat: ${state}\n`);
      return 1;
    }
    if (error instanceof OutputConflictError) {
      const state = error.untouched ? 'nothing was written' : 'the output folder is partly updated; deal with the entry above, then run generate again';
      process.stderr.write(`errcat: ${error.message}\nerrcat: ${state}\n`);
      return 1;
    }
    if (error instanceof OutputReadError) {
      process.stderr.write(`errcat: ${error.message}\nerrcat: nothing was written\n`);
      return 1;
    }
    if (error instanceof UnsafeOutputPathError) {
      // A generated path that would leave the output folder: a bug in errcat, refused before anything is written.
      process.stderr.write(`errcat: ${error.message}\nerrcat: nothing was written\n`);
      return 1;
    }
    if (error instanceof OutputFolderError) {
      // A usage error, like a bad option value: the output folder named is not one errcat may write to.
      process.stderr.write(`errcat: ${error.message}\n`);
      return 2;
    }
    if (error instanceof Error && error.name === 'TemplateError') {
      process.stderr.write(`errcat: ${error.message}\nerrcat: the output folder was left as it was\n`);
      return 1;
    }
    if (error instanceof Error && error.name === 'OutputLockedError') {
      process.stderr.write(`errcat: ${error.message}\n`);
      return 1;
    }
    if (error instanceof OptionError) {
      process.stderr.write(`errcat: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

import { Command, Option } from 'commander';
import { errcatVersion } from '../vocabulary/errcat-root.ts';
import { terminalText } from '../vocabulary/terminal-text.ts';
import { EXIT, failureOf } from './exit-codes.ts';
import { OptionError } from '../vocabulary/option-error.ts';
import { resolveProject, type ProjectFlags } from './project/project.ts';

// Commands are imported when they run: `--help` and `validate` should not pay
// for loading the TypeScript compiler.

/** The options every project command takes; each overrides errcat.config.json. */
function withProjectOptions(command: Command): Command {
  return command
    .option('--catalogs <dir>', 'folder of your catalog files (config: `catalogs`)')
    .option('--out <dir>', 'output folder, inside the project (config: `out`)')
    .option('--scope <scope>', 'npm scope of the generated packages, e.g. @acme (config: `scope`)')
    .option('--core-package <name>', 'name of the generated core package (config: `corePackage`; default <scope>/core)');
}

/** Runs the CLI with arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  // A reader that stops early (`errcat diff main | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  });
  let exitCode: number = EXIT.ok;
  // Everything printed goes through terminalText: catalogs name fields and files, and none may steer a terminal or a CI log.
  const print = (line: string) => process.stdout.write(terminalText(line) + '\n');
  const program = new Command('errcat')
    .description('Provider error catalogs as code: validate canonical catalogs and generate typed packages, OpenAPI and Markdown.')
    .version(errcatVersion(), '-v, --version', 'print the version of errcat')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeErr: (s) => process.stderr.write(terminalText(s)), writeOut: (s) => process.stdout.write(terminalText(s)) })
    .addHelpText(
      'after',
      `
Settings come from errcat.config.json (found from the current folder upward; \`errcat init\` writes one);
flags override them. Exit codes: ${EXIT.ok} ok, ${EXIT.invalid} invalid input or stale output, ${EXIT.usage} usage or set-up error,
${EXIT.failOn} diff --fail-on hit, ${EXIT.environment} a write, lock or git failure, ${EXIT.internal} a bug in errcat.`,
    );

  program
    .command('init')
    .description('set up errcat in this repository: config, a starter catalog, scripts and workspaces (never overwrites a file)')
    .option('-y, --yes', 'use the defaults without asking', false)
    .option('--catalogs <dir>', 'folder for your catalog files', undefined)
    .option('--out <dir>', 'output folder for the generated packages', undefined)
    .option('--scope <scope>', 'npm scope of the generated packages, e.g. @acme', undefined)
    .action(async (o: { yes: boolean; catalogs?: string; out?: string; scope?: string }) => {
      const { initCommand } = await import('./init/init-command.ts');
      exitCode = await initCommand(o, print);
    });

  withProjectOptions(
    program
      .command('generate')
      .description(
        'generate packages, OpenAPI fragments and Markdown from the catalogs into the output folder; the output folder\'s manifest records what produced it, so a run regenerates only the packages whose inputs changed, and one with nothing to do loads nothing',
      )
      .option('--check', `write nothing; regenerate in memory (never from the cache) and exit ${EXIT.invalid} listing what is stale, missing or extra (for CI)`, false)
      .option('--enum-style <style>', 'enum (TypeScript enums) or const (frozen objects and union types, for erasableSyntaxOnly) (config: `enumStyle`; default enum)')
      .option('--targets <list>', 'which files of each TypeScript module to write, separated by commas: ts (src/*.ts), js (dist/*.js), dts (dist/*.d.ts, needs js) (config: `targets`; default ts,js,dts)')
      .option('--watch', 'generate, then again each time a catalog in the catalog folder is saved, added or deleted, until interrupted (Ctrl-C)', false)
      .option('--timings', 'print the time of each stage (load, validate, model, each emitter, plan, write), the MB written and the modules the TypeScript compiler had to compile to stderr', false)
      .option('--no-cache', 'generate every file even when the manifest records that the inputs are unchanged (the record is still written)'),
  ).action(async (o: ProjectFlags & { check: boolean; watch: boolean; timings: boolean; cache: boolean }) => {
    const project = await resolveProject(o);
    const flags = { check: o.check, timings: o.timings, cache: o.cache };
    if (o.watch) {
      if (o.check) throw new OptionError('--watch', 'cannot be combined with --check, which writes nothing');
      const { watchCommand } = await import('./watch-command.ts');
      exitCode = await watchCommand(project, flags, print);
      return;
    }
    const { generateCommand } = await import('./generate-command.ts');
    exitCode = await generateCommand(project, flags, print);
  });

  withProjectOptions(
    program.command('validate').description('validate every catalog (JSON Schema, then semantic rules); report every problem with file:line:col'),
  ).action(async (o: ProjectFlags) => {
    const project = await resolveProject(o);
    const { validateCommand } = await import('./validate-command.ts');
    exitCode = await validateCommand(project, print);
  });

  withProjectOptions(
    program
      .command('diff')
      .description('report the catalog changes since a git ref (or between two catalog files or folders), classified breaking / behavioural / compatible')
      .argument('<ref-or-old>', 'git ref to compare the working tree with (e.g. origin/main), or the old catalog file or folder')
      .argument('[new]', 'the new catalog file or folder, when <ref-or-old> is the old one')
      .option('--format <format>', 'markdown (a pull-request comment) or json', 'markdown')
      .option('--fail-on-breaking', `exit ${EXIT.failOn} when a change is breaking`, false)
      .addOption(new Option('--fail-on <class>', `exit ${EXIT.failOn} when a change of this class or a worse one is present`).choices(['breaking', 'behavioural', 'behavioral', 'compatible'])),
  ).action(async (refOrOld: string, next: string | undefined, o: ProjectFlags & { format: string; failOnBreaking: boolean; failOn?: string }) => {
    const project = await resolveProject(o);
    const { diffCommand } = await import('./diff-command.ts');
    const args = next === undefined ? [refOrOld] : [refOrOld, next];
    exitCode = await diffCommand(args, project, { format: o.format, failOnBreaking: o.failOnBreaking, failOn: o.failOn }, print);
  });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    const failure = failureOf(error);
    for (const line of failure.lines) process.stderr.write(terminalText(line) + '\n');
    return failure.code;
  }
}

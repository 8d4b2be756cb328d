/**
 * `errcat diff` as a process, for the end-to-end tests, until the command is
 * registered in generator/cli/main.ts: the registration below is the one
 * proposed for main.ts, and errors are handled as main.ts handles them
 * (located problems on stderr and exit 1; a bad option, exit 2).
 *
 *   node --import tsx test/diff/diff-cli-runner.ts <ref-or-old> [new] [options]
 */
import { Command, CommanderError } from 'commander';
import { diffCommand } from '../../generator/cli/diff-command.ts';
import { OptionError, projectConfig } from '../../generator/cli/options.ts';
import { CatalogError, formatDiagnostic } from '../../generator/validate/diagnostic.ts';

async function run(argv: readonly string[]): Promise<number> {
  const config = projectConfig();
  let exitCode = 0;
  const print = (line: string) => process.stdout.write(line + '\n');
  const program = new Command('errcat').exitOverride().configureOutput({ writeErr: (s) => process.stderr.write(s) });

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
      exitCode = await diffCommand(
        next === undefined ? [refOrOld] : [refOrOld, next],
        { format: o.format, failOnBreaking: o.failOnBreaking, failOn: o.failOn, catalogDir: o.catalogs, scope: config.scope },
        print,
      );
    });

  try {
    await program.parseAsync(['diff', ...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CatalogError) {
      for (const d of error.diagnostics) process.stderr.write(formatDiagnostic(d) + '\n');
      process.stderr.write(`errcat: ${error.diagnostics.length} problem${error.diagnostics.length === 1 ? '' : 's'}; nothing was written\n`);
      return 1;
    }
    if (error instanceof OptionError) {
      process.stderr.write(`errcat: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await run(process.argv.slice(2));

// This repository's own maintenance commands, kept out of the errcat CLI that
// users install: they read errcat's sources and the provider documents, and
// `types` writes into generator/. Run through npm scripts (`npm run types`,
// `npm run check:sources -- <dir>`) with tsx, from a checkout of errcat.
import { failureOf } from '../cli/exit-codes.ts';
import { terminalText } from '../vocabulary/terminal-text.ts';
import { checkSourcesCommand } from './check-sources-command.ts';
import { typesCommand } from './types-command.ts';

const USAGE = `usage: npm run types [-- --check]
       npm run check:sources -- <dir> [--catalogs <dir>]`;

/** Runs a maintenance command and returns its exit code (2 for a usage error). */
export async function maintenance(argv: readonly string[]): Promise<number> {
  const print = (line: string) => process.stdout.write(line + '\n');
  const [command, ...rest] = argv;
  try {
    if (command === 'types' && rest.every((a) => a === '--check')) return await typesCommand({ check: rest.includes('--check') }, print);
    if (command === 'check-sources') {
      const catalogsAt = rest.indexOf('--catalogs');
      const catalogDir = catalogsAt >= 0 ? rest[catalogsAt + 1] : 'schema/catalogs';
      const dirs = rest.filter((_, i) => catalogsAt < 0 || (i !== catalogsAt && i !== catalogsAt + 1));
      if (dirs.length === 1 && catalogDir !== undefined) return await checkSourcesCommand(dirs[0]!, { catalogDir, scope: '@errcat' }, print);
    }
    process.stderr.write(`${USAGE}\n`);
    return 2;
  } catch (error) {
    // The same messages and exit codes as the errcat command.
    const failure = failureOf(error);
    for (const line of failure.lines) process.stderr.write(terminalText(line) + '\n');
    return failure.code;
  }
}

process.exitCode = await maintenance(process.argv.slice(2));

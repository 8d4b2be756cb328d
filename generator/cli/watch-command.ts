import { watch } from 'node:fs';
import { displayPath, isCatalogFileName } from '../load/catalog-files.ts';
import { ParsedCatalogs } from '../load/parsed-catalogs.ts';
import { RememberedHashes } from '../load/remembered-hashes.ts';
import { releaseGarbage } from '../release-garbage.ts';
import { terminalText } from '../vocabulary/terminal-text.ts';
import { EXIT, failureOf } from './exit-codes.ts';
import { generateCommand, type GenerateFlags } from './generate-command.ts';
import type { Project } from './project/project.ts';

/**
 * How long the folder must be quiet before a run starts: an editor saves in
 * a few steps (a temporary file, a rename), each an event of its own.
 */
const QUIET_MS = 30;

/**
 * `errcat generate --watch`: generates, then again whenever a catalog file in
 * the catalog folder is saved, added, renamed or deleted, in this one process
 * (the TypeScript compiler stays loaded, only the units whose inputs
 * changed are generated again, only the catalogs whose bytes changed are
 * parsed again, and only the files changed since they were hashed are
 * hashed again). A run that fails, on invalid catalogs
 * say, is reported and the output left as it was; watching goes on. SIGINT
 * (Ctrl-C) or SIGTERM ends it, after a run under way has finished, with 0.
 */
export async function watchCommand(
  project: Project,
  flags: Omit<GenerateFlags, 'check'>,
  print: (line: string) => void,
  printError: (line: string) => void = (line) => process.stderr.write(terminalText(line) + '\n'),
): Promise<number> {
  const memory = { parsed: new ParsedCatalogs(), hashes: new RememberedHashes() };
  const run = async () => {
    try {
      await generateCommand(project, { ...flags, check: false }, print, printError, memory);
    } catch (error) {
      for (const line of failureOf(error).lines) printError(line);
    }
    // Idle until the next save: what the run left is collected and its pages given back now, not piled under the next run
    // (on Node 24, four full runs of a 100,000-entry catalog in one watch process grew it from 501 to 577 MiB; now 519 to 540).
    releaseGarbage({ shrink: true });
  };
  await run();
  print(`errcat: watching ${displayPath(project.catalogDir)} for changes to catalogs (Ctrl-C to stop)`);

  return await new Promise<number>((resolve) => {
    let running: Promise<void> | undefined;
    let again = false;
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const start = () => {
      timer = undefined;
      if (running) {
        again = true; // a save during a run: one more run once it is done
        return;
      }
      running = (async () => {
        do {
          again = false;
          await run();
        } while (again && !stopped);
        running = undefined;
      })();
    };
    const watcher = watch(project.catalogDir, (_event, name) => {
      // Only catalog files; a folder event without a name (some platforms) may be one.
      if (stopped || (name !== null && !isCatalogFileName(name))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(start, QUIET_MS);
    });
    const stop = (code: number) => {
      if (stopped) return;
      stopped = true;
      watcher.close();
      if (timer) clearTimeout(timer);
      process.off('SIGINT', interrupt);
      process.off('SIGTERM', interrupt);
      void (running ?? Promise.resolve()).then(() => resolve(code));
    };
    const interrupt = () => stop(EXIT.ok);
    watcher.on('error', (error) => {
      printError(`errcat: stopped watching ${displayPath(project.catalogDir)}: ${error.message}`);
      stop(EXIT.environment);
    });
    process.on('SIGINT', interrupt);
    process.on('SIGTERM', interrupt);
  });
}

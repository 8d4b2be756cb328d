import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { entryKind } from '../load/output/entry-kind.ts';
import { lstatIfExists } from '../load/output/output-entry.ts';
import { conflictProblem, OutputConflictError } from './output-conflict-error.ts';
import { OutputReadError } from '../load/output/output-read-error.ts';
import { WriteError } from './write-error.ts';

/** Thrown for an output folder that is not a folder of its own strictly inside the project: a usage error (exit 2). */
export class OutputFolderError extends Error {
  constructor(outDir: string, problem: string) {
    super(`refusing the output folder \`${outDir}\`: ${problem}`);
    this.name = 'OutputFolderError';
  }
}

/** The output folder, checked to lie strictly inside the project. */
export interface OutputRoot {
  /** The project folder's real path (links resolved). */
  project: string;
  /** Its absolute path, below the project folder's real path. */
  path: string;
  /** Its path relative to the project folder, `/`-separated, for messages (`generated`). */
  relative: string;
  /** Whether it exists yet. */
  exists: boolean;
}

/**
 * Checks where errcat is about to write: the output folder must be strictly
 * inside the project folder (`projectRoot`, absolute), never the project
 * folder itself (`--out .` overwrote the project's README and claimed it),
 * never outside it (`--out ../x`, `--out /`): those are OutputFolderError.
 * The project folder is trusted (it is where errcat runs); below it, each
 * folder on the way to the output folder, and the output folder itself, is
 * checked with lstat and must be a real folder or not exist yet: a link on
 * the way (a `generated` committed as a link to /tmp) is an
 * OutputConflictError naming it. Reads only.
 */
export async function resolveOutputRoot(projectRoot: string, outDir: string): Promise<OutputRoot> {
  if (!path.isAbsolute(projectRoot)) throw new TypeError(`projectRoot must be an absolute path, not ${JSON.stringify(projectRoot)}`);
  if (outDir.includes('\0')) throw new OutputFolderError(outDir.replaceAll('\0', '\\0'), 'it contains a NUL character');
  const given = path.resolve(projectRoot);
  const real = await realpath(given).catch((error: unknown) => {
    throw new OutputReadError(given, error);
  });
  const target = path.resolve(given, outDir);
  // The project may be reached through a link of its own (/var → /private/var): an output path spelled through either name is fine.
  const relative = [path.relative(given, target), path.relative(real, target)].find((r) => !escapes(r)) ?? '..';
  if (relative === '') throw new OutputFolderError(outDir, `it is the project folder itself (${real}); errcat writes into a folder of its own, such as \`generated\``);
  if (escapes(relative)) throw new OutputFolderError(outDir, `it is not inside the project folder (${real})`);
  const segments = relative.split(path.sep);
  let current = real;
  for (const segment of segments) {
    current = path.join(current, segment);
    const stats = await lstatIfExists(current);
    if (stats === undefined) return { project: real, path: path.join(real, relative), relative: segments.join('/'), exists: false };
    if (!stats.isDirectory()) throw new OutputConflictError([{ path: current, problem: conflictProblem(entryKind(stats), 'folder') }]);
  }
  return { project: real, path: current, relative: segments.join('/'), exists: true };
}

/**
 * {@link resolveOutputRoot}, then makes the output folder if it is missing,
 * one folder at a time, each checked again with lstat (a link created
 * meanwhile is refused, never followed).
 */
export async function ensureOutputRoot(projectRoot: string, outDir: string): Promise<OutputRoot> {
  const root = await resolveOutputRoot(projectRoot, outDir);
  if (root.exists) return root;
  let current = root.project;
  for (const segment of root.relative.split('/')) {
    current = path.join(current, segment);
    try {
      await mkdir(current); // one level: its parent was checked (or made) just now
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteError(current, error);
      const stats = await lstat(current);
      if (!stats.isDirectory()) throw new OutputConflictError([{ path: current, problem: conflictProblem(entryKind(stats), 'folder') }]);
    }
  }
  return { ...root, exists: true };
}

function escapes(relative: string): boolean {
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
}

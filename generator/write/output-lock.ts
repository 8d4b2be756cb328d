import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { readRegularFile } from '../load/read-regular-file.ts';
import { WriteError } from './write-error.ts';

/** Name of the lock file in the output folder while a run writes. */
export const LOCK_NAME = '.errcat.lock';

/** Thrown when another live run holds the output folder. */
export class OutputLockedError extends Error {
  constructor(outDir: string, pid: number) {
    super(`another errcat run (pid ${pid}) is writing ${outDir}; wait for it to finish`);
    this.name = 'OutputLockedError';
  }
}

/**
 * Takes the output folder for one writing run: two runs at once could
 * interleave their renames and removals. The lock file holds the owner's pid;
 * a lock whose owner is gone (a killed run) is taken over. Returns the release
 * function.
 */
export async function lockOutput(outDir: string): Promise<() => Promise<void>> {
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw new WriteError(outDir, error);
  });
  const file = path.join(outDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    let handle;
    try {
      handle = await open(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteError(file, error);
      const owner = await ownerOf(file);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) throw new OutputLockedError(outDir, owner);
      await rm(file, { force: true }); // left by a run that died: take it over
      continue;
    }
    try {
      await handle.writeFile(String(process.pid));
    } catch (error) {
      // A disk too full for a pid: leave no empty lock behind.
      await handle.close();
      await rm(file, { force: true });
      throw new WriteError(file, error);
    }
    await handle.close();
    return () => rm(file, { force: true });
  }
  throw new Error(`errcat: cannot take the lock ${file}`);
}

/** The pid a lock file holds; 0 when it holds none (a link, a pipe, a big file: not a lock errcat wrote, so taken over). */
async function ownerOf(file: string): Promise<number> {
  const read = await readRegularFile(file, 32).catch(() => undefined);
  return read?.kind === 'read' ? Number(read.bytes.toString('utf8').trim()) : 0;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

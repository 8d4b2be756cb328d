import { lstat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { entryKind } from '../load/output/entry-kind.ts';
import { lstatIfExists } from '../load/output/output-entry.ts';
import { conflictProblem, OutputConflictError } from './output-conflict-error.ts';

/**
 * Makes sure `root/relativeDir` is a real folder, making the missing ones
 * one at a time, and checking each existing one with lstat: `mkdir -p`
 * would follow a link planted on the way (`generated/acme` → /tmp) and
 * create folders, then files, outside the output folder. A link, FIFO,
 * socket or device on the way is refused (OutputConflictError); a regular
 * file fails as mkdir would (ENOTDIR), for the caller to report as a write
 * that failed. Returns the folders it made, outermost first, so that a run
 * that fails can take them back.
 */
export async function ensureFolders(root: string, relativeDir: string): Promise<string[]> {
  const made: string[] = [];
  const segments = relativeDir === '' || relativeDir === '.' ? [] : relativeDir.split('/');
  let current = root;
  for (let i = 0; i <= segments.length; i++) {
    if (i > 0) current = path.join(current, segments[i - 1]!);
    let stats = await lstatIfExists(current);
    if (stats === undefined) {
      try {
        await mkdir(current); // one level, never recursive: its parent was checked just now
        made.push(current);
        continue;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        stats = await lstat(current); // made by someone else meanwhile: look at what it is
      }
    }
    if (stats.isDirectory()) continue;
    if (stats.isFile()) {
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${current}'`), { code: 'ENOTDIR', path: current });
    }
    throw new OutputConflictError([{ path: current, problem: conflictProblem(entryKind(stats), 'folder') }]);
  }
  return made;
}

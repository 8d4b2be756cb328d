import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import { entryKind, type EntryKind } from './entry-kind.ts';
import { OutputReadError } from './output-read-error.ts';

/** What lies at a path under the output folder, found without following any link. */
export type PathState =
  /** The entry, or a folder on its way, does not exist. */
  | { state: 'missing' }
  /** A regular file stands where a folder on the way should be (`at`, absolute). */
  | { state: 'blocked'; at: string }
  /** A link, FIFO, socket or device stands where a folder on the way should be (`at`, absolute). */
  | { state: 'unsafe'; at: string; kind: EntryKind }
  /** Every folder on the way is a real folder; the entry itself exists, of any kind (`stats` from lstat). */
  | { state: 'present'; stats: Stats };

/**
 * Looks at `root/relative` as errcat must before it reads or writes there:
 * lstat on the output folder itself and on each folder below it, one
 * component at a time, so that a link anywhere on the way (`generated/acme`
 * pointing at /tmp, say) is found instead of followed. The last component is
 * reported as it is, link or not; callers open it with O_NOFOLLOW or refuse
 * it. The output folder arrives through pull requests, so every entry in it
 * may be hostile; what this cannot see is a concurrent process swapping
 * entries between this check and the use (the lock keeps errcat runs out;
 * another hostile process on the CI machine already has its secrets).
 */
export async function inspectPath(root: string, relative: string): Promise<PathState> {
  const segments = relative.split('/');
  let current = root;
  for (let i = 0; i <= segments.length; i++) {
    if (i > 0) current = path.join(current, segments[i - 1]!);
    const stats = await lstatIfExists(current);
    if (stats === undefined) return { state: 'missing' };
    if (i === segments.length) return { state: 'present', stats };
    if (stats.isDirectory()) continue;
    if (stats.isFile()) return { state: 'blocked', at: current };
    return { state: 'unsafe', at: current, kind: entryKind(stats) };
  }
  return { state: 'missing' }; // not reached: the loop returns at its last step
}

/**
 * lstat, or undefined when there is nothing there; other failures are
 * reported as a failed read. A blocking call: a plan looks at every file of
 * the output folder, a few folders deep, and each asynchronous lstat was a
 * thread-pool round trip.
 */
export async function lstatIfExists(file: string): Promise<Stats | undefined> {
  try {
    return lstatSync(file);
  } catch (error) {
    // ENOTDIR: a parent was replaced by a file since it was checked: nothing here either.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new OutputReadError(file, error);
  }
}

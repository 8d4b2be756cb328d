import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { entryKind, type EntryKind } from '../load/output/entry-kind.ts';
import { OutputReadError } from '../load/output/output-read-error.ts';

/** One entry found in the output folder. */
export interface OutputEntry {
  /** `/`-separated path relative to the output folder. */
  path: string;
  /** What it is (lstat's view: a link is a link). Folders are listed only when empty or too deep to list. */
  kind: EntryKind;
  /** For a folder: nothing in it at all. */
  empty?: boolean;
  /** For a folder: deeper than {@link MAX_DEPTH}, not listed. */
  tooDeep?: boolean;
}

/** How deep the walk goes; a folder deeper than this is reported whole (a hostile tree cannot make the walk unbounded). */
export const MAX_DEPTH = 32;

/**
 * Every entry of the output folder except folders that hold something:
 * files, links, FIFOs, sockets, devices, empty folders, and folders too deep
 * to list, sorted by path. Never follows a link (directory entries carry
 * lstat's type), so a link to `/` is one entry. `isOwn` names errcat's own
 * entries (the lock's): they are not listed, but a folder of them is still
 * looked into, so that something foreign put inside shows.
 *
 * `node_modules` is skipped where npm makes it and nowhere else: directly in
 * the output folder and directly in a package folder (depth 1 or 2), where
 * npm installs a workspace's own dependencies that could not be hoisted. It
 * is npm's, changes with every install, and git ignores it (`node_modules/`
 * in .gitignore), so a pull request can bring one only by forcing it past
 * .gitignore, in plain sight. Deeper (`acme/dist/node_modules/`) it is not
 * npm's, and is listed like anything else.
 *
 * Folders are read with blocking calls, as `inspectPath` lstats: the walk
 * reads one folder after another, and each asynchronous read was a
 * thread-pool round trip the run waited for.
 */
export async function listOutput(root: string, isOwn: (relative: string, kind: EntryKind) => boolean): Promise<OutputEntry[]> {
  const out: OutputEntry[] = [];
  const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new OutputReadError(dir, error);
    }
    for (const entry of entries) {
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.name === 'node_modules' && depth <= 2) continue;
      const kind = entryKind(entry);
      const own = isOwn(relative, kind);
      if (kind !== 'folder') {
        if (!own) out.push({ path: relative, kind });
      } else if (depth >= MAX_DEPTH) {
        out.push({ path: relative, kind, tooDeep: true });
      } else {
        const full = path.join(dir, entry.name);
        const before = out.length;
        await walk(full, relative, depth + 1);
        if (out.length === before && !own && isEmpty(full)) out.push({ path: relative, kind, empty: true });
      }
    }
  };
  await walk(root, '', 1);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function isEmpty(dir: string): boolean {
  try {
    return readdirSync(dir).length === 0;
  } catch (error) {
    throw new OutputReadError(dir, error);
  }
}

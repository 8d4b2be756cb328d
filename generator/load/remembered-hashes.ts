import path from 'node:path';
import type { Stats } from 'node:fs';

/**
 * How long ago a file must last have changed for its hash to be remembered.
 * File times tick coarsely (a few milliseconds on Linux, two seconds on
 * FAT), so a file written twice within one tick, at the same size, keeps
 * every time it had: one that changed this recently is hashed again next
 * time, as git treats its "racily clean" files.
 */
export const SETTLED_MS = 2_000;

/** The most files remembered: past it, all are forgotten (a process hashes the same few thousand again and again). */
const MAX_FILES = 100_000;

/** A file's stamp, taken from its stat before it is read, and whether its last change was settled by then. */
export interface HashMark {
  stamp: string;
  settled: boolean;
}

/**
 * The sha256 of files this process read, for a process that hashes the same
 * files run after run (`--watch`: beside a 100,000-entry catalog, hashing
 * its 30 MB catalog and the 180 MB of its package again cost 0.15 s of
 * each save). A file's hash is remembered with its device, inode, size and
 * modification and change (ctime) times, and given back only while all are
 * the same, as seen on the opened file (`fstat`). On the local file systems
 * of Linux and macOS any write changes ctime and no program can set it back
 * (only the clock can), so a file edited, replaced or swapped since has
 * another stamp. Where that is weaker (Windows, whose change time a program
 * can set; network file systems, whose times come from another clock) a
 * watching process trusts it as git trusts its index. Only for a process
 * that watches: a one-off run reads and hashes every byte, and `--check`
 * and `--no-cache` never get a store.
 */
export class RememberedHashes {
  private readonly files = new Map<string, { stamp: string; sha256: string }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The hash remembered for the file at this path, if the stat of its opened handle is still the one it was hashed at. */
  hashOf(file: string, stats: Stats): string | undefined {
    const known = this.files.get(path.resolve(file));
    return known !== undefined && known.stamp === stampOf(stats) ? known.sha256 : undefined;
  }

  /** A file's stamp before it is read: settled when its last change is at least {@link SETTLED_MS} old now. */
  mark(stats: Stats): HashMark {
    return { stamp: stampOf(stats), settled: stats.isFile() && this.now() - Math.max(stats.mtimeMs, stats.ctimeMs) >= SETTLED_MS };
  }

  /**
   * Remembers the hash of the bytes read between `mark` and `after` (the
   * handle's stat once read), when the file was settled before and did not
   * change while it was read; otherwise forgets what was known of the path.
   */
  remember(file: string, mark: HashMark, after: Stats, sha256: string): void {
    const key = path.resolve(file);
    if (!mark.settled || stampOf(after) !== mark.stamp) {
      this.files.delete(key);
      return;
    }
    if (this.files.size >= MAX_FILES) this.files.clear();
    this.files.set(key, { stamp: mark.stamp, sha256 });
  }
}

/** What identifies a file's bytes without reading them, while its times keep ticking. */
function stampOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

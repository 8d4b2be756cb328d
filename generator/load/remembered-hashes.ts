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

/**
 * The sha256 of files this process read, for a process that hashes the same
 * files run after run (`--watch`: beside a 100,000-entry catalog, hashing
 * its 30 MB catalog and the 180 MB of its package again cost 0.15 s of
 * each save). A file's hash is remembered with its device, inode, size and
 * modification and change (ctime) times, and given back only while all are
 * the same: any write changes ctime, and no program can set it back (only
 * the clock can), so a file edited, replaced or swapped since has another.
 * Only for a process that watches: a one-off run hashes what it reads, and
 * `--check` never trusts anything but the bytes.
 */
export class RememberedHashes {
  private readonly files = new Map<string, { stamp: string; sha256: string }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The hash remembered for the file at this path, if its `lstat` or `fstat` is still the one it was hashed at. */
  hashOf(file: string, stats: Stats): string | undefined {
    const known = this.files.get(path.resolve(file));
    return known !== undefined && known.stamp === stampOf(stats) ? known.sha256 : undefined;
  }

  /**
   * Remembers the hash of a regular file's bytes, read after `stats` was
   * taken (a file written during the read has a later stamp, so what was
   * read is never given back for it), unless it changed too recently to
   * tell from its next change ({@link SETTLED_MS}).
   */
  remember(file: string, stats: Stats, sha256: string): void {
    const key = path.resolve(file);
    if (!stats.isFile() || this.now() - Math.max(stats.mtimeMs, stats.ctimeMs) < SETTLED_MS) {
      this.files.delete(key);
      return;
    }
    if (this.files.size >= MAX_FILES) this.files.clear();
    this.files.set(key, { stamp: stampOf(stats), sha256 });
  }
}

/** What identifies a file's bytes without reading them, while its times keep ticking. */
function stampOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;
}

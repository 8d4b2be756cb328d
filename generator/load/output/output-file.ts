import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { entryKind, type EntryKind } from './entry-kind.ts';
import { inspectPath } from './output-entry.ts';
import { OutputReadError } from './output-read-error.ts';
import type { RememberedHashes } from '../remembered-hashes.ts';
import type { RegularFile } from '../read-regular-file.ts';

/**
 * The most errcat reads of one file in the output folder. Larger files are
 * never hashed, so never errcat's (its largest output for a catalog at the
 * 32 MiB input limit is about 120 MB: `dist/<catalog>.js` of a 16 MiB
 * synthetic catalog measured 56 MB), and are simply stale: a hostile
 * multi-gigabyte file costs nothing to plan around. At about 1 GB/s of
 * sha256, this bounds the time spent on one file to a quarter of a second.
 */
export const MAX_READ_BYTES = 256 * 2 ** 20;

/** A file of the output folder as errcat reads it (`at`: absolute path of the offending entry). */
export type OutputFile =
  | { kind: 'missing' }
  /** A regular file stands where a folder on the way should be: errcat's write will fail there. */
  | { kind: 'blocked'; at: string }
  /** Not a regular file (a link, FIFO, socket, device or folder), at the path or on its way: never read. */
  | { kind: 'refused'; at: string; what: EntryKind }
  /**
   * A regular file: its size, its first `keepBytes` bytes, and the sha256 of
   * all its bytes when it is no larger than {@link MAX_READ_BYTES}.
   */
  | { kind: 'file'; size: number; head: Buffer; sha256: string | undefined };

/**
 * Reads a file of the output folder without following any link: the folders
 * on the way are checked with lstat, the file is opened with O_NOFOLLOW (and
 * O_NONBLOCK, so that a FIFO swapped in after the check cannot hang the
 * open) and must still be the regular file lstat saw. At most
 * {@link MAX_READ_BYTES} are read, and only `keepBytes` kept in memory: the
 * content is hashed as it streams by, unless `hashes` (a watching process's)
 * still knows the file's hash: then only what is kept is read.
 */
export async function readOutputFile(root: string, relative: string, options: { keepBytes: number; hash?: boolean; hashes?: RememberedHashes }): Promise<OutputFile> {
  const found = await inspectPath(root, relative);
  if (found.state === 'missing') return { kind: 'missing' };
  if (found.state === 'blocked') return { kind: 'blocked', at: found.at };
  if (found.state === 'unsafe') return { kind: 'refused', at: found.at, what: found.kind };
  const file = path.join(root, relative);
  if (!found.stats.isFile()) return { kind: 'refused', at: file, what: entryKind(found.stats) };
  // Blocking calls, like the lstat on the way: each asynchronous one was a thread-pool round trip, five a file.
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'refused', at: file, what: 'symbolic link' }; // became a link since lstat
    throw new OutputReadError(file, error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.ino !== found.stats.ino || stats.dev !== found.stats.dev) return { kind: 'refused', at: file, what: entryKind(stats) };
    const hash = options.hash ?? true;
    const known = hash ? options.hashes?.hashOf(file, stats) : undefined;
    const mark = hash && known === undefined ? options.hashes?.mark(stats) : undefined;
    const read = readBounded(fd, stats.size, options.keepBytes, hash && known === undefined);
    if (known !== undefined) return { ...read, sha256: known };
    if (mark !== undefined && read.sha256 !== undefined) options.hashes?.remember(file, mark, fstatSync(fd), read.sha256);
    return read;
  } catch (error) {
    throw new OutputReadError(file, error);
  } finally {
    closeSync(fd);
  }
}

/** How a refusal names what stands in the way, as the load stage's reader names it. */
const NAMED: Readonly<Record<EntryKind, string>> = {
  file: 'a file',
  folder: 'a folder',
  'symbolic link': 'a symbolic link',
  FIFO: 'a named pipe (FIFO)',
  socket: 'a socket',
  device: 'a device',
};

/**
 * A whole file of the output folder, at most `maxBytes`, as the load stage
 * reports any file it did not write: read like every path of the output
 * folder (no link followed anywhere on the way, regular files only), since
 * the folder arrives with pull requests. A file where a folder on the way
 * should be means there is no such file.
 */
export async function readOutputRecord(root: string, relative: string, maxBytes: number): Promise<RegularFile> {
  const file = await readOutputFile(root, relative, { keepBytes: maxBytes + 1, hash: false });
  switch (file.kind) {
    case 'missing':
    case 'blocked':
      return { kind: 'missing' };
    case 'refused':
      return file.what === 'symbolic link' ? { kind: 'link' } : { kind: 'not-regular', what: NAMED[file.what] };
    case 'file':
      return file.size > maxBytes ? { kind: 'too-large', size: file.size } : { kind: 'read', bytes: file.head };
  }
}

const CHUNK = 2 ** 20;

function readBounded(fd: number, size: number, keepBytes: number, hash: boolean): Extract<OutputFile, { kind: 'file' }> {
  // A file larger than the bound is read only as far as it is kept; its hash is never wanted.
  const hashing = hash && size <= MAX_READ_BYTES;
  const end = hashing ? size : Math.min(size, keepBytes);
  const head = Buffer.alloc(Math.min(size, keepBytes));
  const digest = hashing ? createHash('sha256') : undefined;
  const chunk = Buffer.alloc(Math.max(1, Math.min(CHUNK, end)));
  let offset = 0;
  while (offset < end) {
    const bytesRead = readSync(fd, chunk, 0, Math.min(chunk.length, end - offset), offset);
    if (bytesRead === 0) break; // shorter than it was a moment ago
    digest?.update(chunk.subarray(0, bytesRead));
    if (offset < head.length) chunk.copy(head, offset, 0, Math.min(bytesRead, head.length - offset));
    offset += bytesRead;
  }
  // A file that shrank while read is what was read.
  const read = hashing ? offset : size;
  return { kind: 'file', size: read, head: head.subarray(0, Math.min(head.length, offset)), sha256: digest?.digest('hex') };
}

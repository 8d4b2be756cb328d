import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import type { RememberedHashes } from './remembered-hashes.ts';
import { contentHash } from '../vocabulary/content-hash.ts';

/**
 * What reading a file errcat did not write found: its bytes, or why there are none.
 * - `missing`: nothing at that path;
 * - `link`: a symbolic link, not followed;
 * - `not-regular`: a folder, a named pipe, a device or a socket (`what` says which);
 * - `too-large`: more than the limit; `size` when the file said so before it was read.
 */
export type RegularFile =
  | { kind: 'read'; bytes: Buffer }
  | { kind: 'missing' }
  | { kind: 'link' }
  | { kind: 'not-regular'; what: string }
  | { kind: 'too-large'; size?: number };

/** Why a file could not be read as a regular file: every `RegularFile` but the bytes. */
export type NotRead = Exclude<RegularFile, { kind: 'read' }>;

/** Bytes read at a time once the size the file reported is used up. */
const CHUNK = 64 * 1024;

/**
 * Reads a file that arrived with a pull request (a catalog, the config, the
 * previous output) without trusting what its path names:
 * - opened without following a symbolic link, so a link to `/etc/passwd`,
 *   `/dev/zero` or a secret is never read (on systems without `O_NOFOLLOW`,
 *   Windows, the path is checked with `lstat` first);
 * - opened non-blocking, so a named pipe cannot hang the run, and checked to
 *   be a regular file on the opened handle (`fstat`), so what is read is what
 *   was checked;
 * - read in a loop that stops after `maxBytes + 1` bytes whatever size the
 *   file reported (a device or a `/proc` file reports 0; a file may grow).
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<RegularFile> {
  return withRegularFile(file, maxBytes, (fd, stats) => bytesOf(fd, stats.size, maxBytes));
}

/**
 * The sha256 (lower-case hex) of a file's bytes, read as `readRegularFile`
 * reads it, or why it could not be. With `hashes` (a watching process's), a
 * file whose opened handle is still as it was when its hash was remembered
 * is not read again; one read is remembered when it did not change while
 * it was read (see `RememberedHashes`).
 */
export async function regularFileHash(file: string, maxBytes: number, hashes?: RememberedHashes): Promise<{ kind: 'hashed'; sha256: string } | NotRead> {
  return withRegularFile(file, maxBytes, (fd, stats): { kind: 'hashed'; sha256: string } | NotRead => {
    const known = hashes?.hashOf(file, stats);
    if (known !== undefined) return { kind: 'hashed', sha256: known };
    const mark = hashes?.mark(stats);
    const read = bytesOf(fd, stats.size, maxBytes);
    if (read.kind !== 'read') return read;
    const sha256 = contentHash(read.bytes);
    if (mark !== undefined) hashes?.remember(file, mark, fstatSync(fd), sha256);
    return { kind: 'hashed', sha256 };
  });
}

/**
 * Opens a file as the readers above do (no link followed, non-blocking, a
 * regular file on the opened handle, no larger than it may be) and hands
 * the handle and its stat to `use`; or says why it could not.
 */
function withRegularFile<T>(file: string, maxBytes: number, use: (fd: number, stats: Stats) => T): T | NotRead {
  // Blocking system calls: a run waits for its catalogs anyway, and a folder of thousands of files
  // cost a second of thread-pool round trips (five a file) done asynchronously.
  let fd: number;
  try {
    if (constants.O_NOFOLLOW === undefined && lstatSync(file).isSymbolicLink()) return { kind: 'link' };
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return refusalOf(error);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { kind: 'not-regular', what: kindOf(stats) };
    if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
    return use(fd, stats);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of an opened file, up to `maxBytes` whatever size it reported; `too-large` past them. */
function bytesOf(fd: number, size: number, maxBytes: number): RegularFile {
  const chunks: Buffer[] = [];
  let total = 0;
  // The first read asks for one byte more than reported, to see a file that grew; then chunks, up to the limit + 1.
  let want = size + 1;
  while (total <= maxBytes) {
    const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
    const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    want = CHUNK;
  }
  return total > maxBytes ? { kind: 'too-large' } : { kind: 'read', bytes: Buffer.concat(chunks, total) };
}

/** What a file that is not regular is, in words. */
function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** The outcome of a failed `open`; errors that say nothing about the file (permissions, I/O) are thrown on. */
function refusalOf(error: unknown): NotRead {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { kind: 'missing' };
    case 'ELOOP': // Linux and macOS, for a link opened with O_NOFOLLOW
    case 'EMLINK': // FreeBSD, likewise
      return { kind: 'link' };
    case 'EISDIR':
      return { kind: 'not-regular', what: 'a folder' };
    case 'ENXIO': // a socket, or a pipe with no writer on some systems
      return { kind: 'not-regular', what: 'a special file' };
    default:
      throw error;
  }
}

/**
 * The refusal of a file that could not be read as a regular file, in a
 * sentence about `what` (e.g. `a catalog`); undefined for a file that was read.
 */
export function refusalMessage(result: RegularFile, what: string, maxBytes: number): string | undefined {
  switch (result.kind) {
    case 'read':
      return undefined;
    case 'missing':
      return 'file does not exist';
    case 'link':
      return `is a symbolic link, which errcat does not follow: ${what} must be a regular file (a link could point at any file on the machine)`;
    case 'not-regular':
      return `is ${result.what}, not a regular file: ${what} must be a regular file`;
    case 'too-large':
      return result.size === undefined
        ? `file is over the ${maxBytes}-byte limit for ${what} (more bytes than it reported)`
        : `file is ${result.size} bytes, over the ${maxBytes}-byte limit for ${what}`;
  }
}

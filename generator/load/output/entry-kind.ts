import type { Dirent, Stats } from 'node:fs';

/** What an entry of the output folder is, found without following links (lstat, or a directory listing). */
export type EntryKind = 'file' | 'folder' | 'symbolic link' | 'FIFO' | 'socket' | 'device';

/**
 * The kind of an lstat result or directory entry. errcat reads and writes
 * only regular files and real folders; every other kind is named in its
 * messages, so that a link or a FIFO planted in the output folder is
 * reported as what it is.
 */
export function entryKind(entry: Stats | Dirent): EntryKind {
  if (entry.isSymbolicLink()) return 'symbolic link';
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (entry.isFIFO()) return 'FIFO';
  if (entry.isSocket()) return 'socket';
  return 'device';
}

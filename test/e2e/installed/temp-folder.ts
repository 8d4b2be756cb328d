import { chmod, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A folder of the system's temporary space that the harness made and removes. */
export interface TempFolder {
  /** Absolute path. */
  path: string;
  /** Removes the folder and everything in it, read-only parts included (the harness runs as root). */
  remove(): Promise<void>;
}

/**
 * Makes a fresh folder under the system's temporary folder, readable and
 * traversable by every user (mode 755, where `mkdtemp` gives 700), so that an
 * unprivileged user can reach what the harness puts inside for it.
 */
export async function tempFolder(prefix: string): Promise<TempFolder> {
  const folder = await mkdtemp(path.join(tmpdir(), `errcat-${prefix}-`));
  await chmod(folder, 0o755);
  return { path: folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * Throws unless `target` (symbolic links resolved) lies in a folder made by
 * {@link tempFolder} or in the harness's cache under `test/.tmp/`: the harness
 * runs as root and changes owners and modes, and must never do so elsewhere.
 */
export async function assertScratch(target: string, cache: string): Promise<string> {
  const real = await realpath(target);
  const roots = [path.join(await realpath(tmpdir()), 'errcat-'), path.join(cache, path.sep)];
  if (!roots.some((root) => real.startsWith(root))) throw new Error(`refusing to change owners or modes outside the harness's folders: ${real}`);
  return real;
}

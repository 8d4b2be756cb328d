import { statSync } from 'node:fs';

/**
 * Whether a file errcat's build wrote (under `dist/`) is there as a regular
 * file of at most `maxBytes`. What the build compiled ahead of time is only a
 * shortcut: a file that is missing, of another kind or too large is not read,
 * and the run compiles instead.
 */
export function isBuildFile(file: URL, maxBytes: number): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size <= maxBytes;
  } catch {
    return false;
  }
}

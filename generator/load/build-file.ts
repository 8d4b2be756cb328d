import { readFileSync, statSync } from 'node:fs';

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

/** The text of a file errcat's build wrote, or `undefined` if it is missing, not a regular file, larger than `maxBytes` or unreadable. */
export function readBuildFile(file: URL, maxBytes: number): string | undefined {
  try {
    return isBuildFile(file, maxBytes) ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

import { createRequire } from 'node:module';
import type picomatchApi from 'picomatch';

// Loaded only for a project that lists extras: every plan makes a matcher, and most have none.
const require = createRequire(import.meta.url);

/**
 * A matcher for the project's deliberate extras in the output folder:
 * picomatch glob patterns relative to the output folder (`docs/**`,
 * `acme/CHANGELOG.md`), matched against each foreign entry's `/`-separated
 * path; dot-files match like any other. An entry that matches is not
 * reported and does not fail `--check`; it is still never errcat's to
 * overwrite or remove. No patterns: nothing is allowed.
 */
export function extraMatcher(patterns: readonly string[]): (relative: string) => boolean {
  for (const pattern of patterns) {
    if (typeof pattern !== 'string' || pattern.trim() === '') throw new TypeError(`allowExtra: ${JSON.stringify(pattern)} is not a glob pattern`);
  }
  if (patterns.length === 0) return () => false;
  const matches = (require('picomatch') as typeof picomatchApi)([...patterns], { dot: true });
  return (relative) => matches(relative);
}

import path from 'node:path';

/** Thrown when a generated path would land outside the output folder; never expected from valid catalogs. */
export class UnsafeOutputPathError extends Error {
  constructor(relative: string) {
    super(`refusing to write \`${relative}\`: generated paths must stay inside the output folder`);
    this.name = 'UnsafeOutputPathError';
  }
}

/**
 * The absolute path of a generated file, checked to lie inside the output
 * folder. Provider ids are validated already; this is the last line of
 * defence, so nothing is ever written outside `generated/`.
 */
export function outputPath(outDir: string, relative: string): string {
  const segments = relative.split('/');
  const safe =
    relative.length > 0 &&
    !path.isAbsolute(relative) &&
    !relative.includes('\\') &&
    !relative.includes('\0') &&
    segments.every((s) => s !== '' && s !== '.' && s !== '..');
  const root = path.resolve(outDir);
  const absolute = path.resolve(root, relative);
  if (!safe || !absolute.startsWith(root + path.sep)) throw new UnsafeOutputPathError(relative);
  return absolute;
}

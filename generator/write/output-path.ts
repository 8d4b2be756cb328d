import path from 'node:path';

/** Thrown when a generated path would land outside the output folder; never expected from valid catalogs. */
export class UnsafeOutputPathError extends Error {
  constructor(relative: string) {
    super(`refusing to write \`${relative}\`: generated paths must stay inside the output folder`);
    this.name = 'UnsafeOutputPathError';
  }
}

/**
 * Whether a path is a plain relative path below a folder: `/`-separated,
 * no empty, `.` or `..` segment, no backslash, no NUL, not absolute. Paths
 * read from the manifest (which arrives through pull requests) pass this
 * before errcat looks at them.
 */
export function isSafeRelative(relative: string): boolean {
  return (
    relative.length > 0 &&
    !path.isAbsolute(relative) &&
    !relative.includes('\\') &&
    !relative.includes('\0') &&
    relative.split('/').every((s) => s !== '' && s !== '.' && s !== '..')
  );
}

/**
 * The absolute path of a generated file, checked as a string to lie inside
 * the output folder. Provider ids are validated already; this is the last
 * line of defence against a path that leaves `generated/`. What is on disk
 * along the path (a link, say) is checked by `output-entry.ts`.
 */
export function outputPath(outDir: string, relative: string): string {
  const root = path.resolve(outDir);
  const absolute = path.resolve(root, relative);
  const inside = path.relative(root, absolute);
  if (!isSafeRelative(relative) || inside === '' || inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) throw new UnsafeOutputPathError(relative);
  return absolute;
}

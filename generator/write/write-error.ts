import path from 'node:path';

/**
 * A write the file system refused (a full disk, a file where a folder must
 * go, no permission). `untouched` says whether the output folder is still as
 * it was: true while staging, false once files were being renamed into place.
 */
export class WriteError extends Error {
  readonly untouched: boolean;

  constructor(target: string, cause: unknown, options: { untouched?: boolean } = {}) {
    super(`could not write ${path.relative(process.cwd(), target) || target}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'WriteError';
    this.untouched = options.untouched ?? true;
  }
}

import path from 'node:path';

/**
 * A read of the output folder that the file system refused for a reason other
 * than the entry being absent (no permission, an I/O error). Planning reads
 * only, so nothing was written when this is thrown.
 */
export class OutputReadError extends Error {
  constructor(target: string, cause: unknown) {
    super(`could not read ${path.relative(process.cwd(), target) || target}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'OutputReadError';
  }
}

import path from 'node:path';

/** One entry errcat refuses to write over or through, with why (an absolute path). */
export interface Conflict {
  /** Absolute path of the offending entry. */
  path: string;
  /** What is wrong, as a phrase: `a symbolic link where errcat makes a folder; …`. */
  problem: string;
}

/**
 * Thrown when the output folder holds something errcat will not write over
 * or through: a link, FIFO, socket or device where it wants a file or a
 * folder, a folder where it writes a file, or a file it did not write.
 * Planning finds these before anything is written (`untouched`); the writer
 * checks again at each step and throws this too if the folder changed under
 * it.
 */
export class OutputConflictError extends Error {
  readonly conflicts: readonly Conflict[];
  readonly untouched: boolean;

  constructor(conflicts: readonly Conflict[], options: { untouched?: boolean } = {}) {
    const lines = conflicts.map((c) => `${path.relative(process.cwd(), c.path) || c.path}: ${c.problem}`);
    super(lines.length === 1 ? `refusing to write: ${lines[0]}` : `refusing to write:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    this.name = 'OutputConflictError';
    this.conflicts = conflicts;
    this.untouched = options.untouched ?? true;
  }
}

/**
 * Why errcat refuses an entry of some kind where it wants a file or a folder,
 * as a phrase for a {@link Conflict}: one wording for the planner, the writer
 * and the lock.
 */
export function conflictProblem(kind: string, wants: 'file' | 'folder'): string {
  const where = wants === 'file' ? 'where errcat writes a file' : 'where errcat makes a folder';
  if (kind === 'symbolic link') return `a symbolic link ${where}; errcat never reads or writes through a link`;
  if (kind === 'folder' || kind === 'file') return `a ${kind} ${where}`;
  return `a ${kind} ${where}; errcat reads and writes only regular files and real folders`;
}

/** Thrown when a generated module cannot be compiled: a bug in an emitter, never in a catalog. */
export class CompileError extends Error {
  constructor(path: string, messages: readonly string[]) {
    super(`errcat generated TypeScript that does not compile (${path}):\n${messages.join('\n')}`);
    this.name = 'CompileError';
  }
}

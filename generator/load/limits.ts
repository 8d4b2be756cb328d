/**
 * Limits that make hostile input fail fast instead of hanging or exhausting memory.
 * The biggest real catalog is a few dozen KiB; a synthetic 100,000-entry benchmark
 * catalog is about 15 MiB, so the size cap leaves room for that.
 */
export const LIMITS = {
  /** Largest catalog file read, in bytes. */
  maxFileBytes: 32 * 1024 * 1024,
  /** Most YAML alias dereferences in one document (alias bombs expand exponentially). */
  maxAliasCount: 100,
  /** Deepest nesting of a document; the catalog format needs about 8. */
  maxDepth: 64,
} as const;

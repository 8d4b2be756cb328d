/**
 * Limits that make hostile input fail fast instead of hanging or exhausting memory.
 * The biggest real catalog is a few dozen KiB; a synthetic 100,000-entry benchmark
 * catalog is about 15 MiB, so the size cap leaves room for that.
 */
export const LIMITS = {
  /** Largest catalog file read, in bytes. */
  maxFileBytes: 32 * 1024 * 1024,
  /**
   * Most values a document may expand to through aliases, given its count of
   * distinct objects: a little sharing is fine, exponential growth is not.
   */
  maxExpandedNodes: (distinctObjects: number): number => Math.max(10 * distinctObjects, 100_000) * 4,
  /** Deepest nesting of a document; the catalog format needs about 8. */
  maxDepth: 64,
} as const;

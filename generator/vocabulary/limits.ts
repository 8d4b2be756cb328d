/**
 * Limits that make hostile input fail fast instead of hanging or exhausting memory.
 * Catalogs arrive through pull requests and CI runs errcat with secrets in its
 * environment, so every quantity a file controls is bounded before the stage
 * whose cost it drives: bytes before parsing, expansion and key length before
 * ajv, string lengths in the schema, the output's size before emitting.
 *
 * The biggest real catalog is a few dozen KiB and its longest text about 500
 * characters; a synthetic 100,000-entry benchmark catalog is about 15 MiB and
 * generates about 190 MB, so every limit leaves room for that.
 */
export const LIMITS = {
  /** Largest catalog file read, in bytes (also the largest previous `catalog.json` and config file). */
  maxFileBytes: 32 * 1024 * 1024,
  /**
   * Most values a document may expand to through aliases, given its count of
   * distinct objects: a little sharing is fine, exponential growth is not.
   */
  maxExpandedNodes: (distinctObjects: number): number => Math.max(10 * distinctObjects, 100_000) * 4,
  /**
   * Most characters a document may expand to through aliases (every value,
   * every string's and every key's length, an alias counted in full each time
   * it is used), given the length of its text. A document without aliases
   * never reaches twice its length (each value and character takes at least
   * one character of text), so this refuses only aliases that multiply
   * strings: validation and output pay for every copy.
   */
  maxExpandedChars: (textLength: number): number => Math.max(2 * textLength, 4 * 1024 * 1024),
  /** Deepest nesting of a document; the catalog format needs about 8. */
  maxDepth: 64,
  /**
   * Longest map key anywhere in a document, checked before the schema: a key
   * is quoted in messages and in generated output. Field names are short;
   * example bodies and translations hold the only free keys.
   */
  maxKeyLength: 1024,
  /**
   * Longest free text (descriptions, notes, causes, solutions, reasons, an
   * HTTP status's description): `maxLength` in the schema, as is every
   * limit on a string below. Real ones are under 600 characters.
   */
  maxLongText: 64 * 1024,
  /** Longest documented text, summary, translation or reserved-range text (the schema's `DocumentedText`). */
  maxDocumentedText: 2000,
  /**
   * Longest short text: a catalog name, a section title (repeated into every
   * entry's output, so it stays short), an example's summary, a deprecation's
   * `since`, a JSON Pointer, a media type. Real ones are under 60 characters.
   * Ids, keys, type names and codes have tighter limits of their own in the
   * schema (50 to 100 characters), as has a language tag (35).
   */
  maxShortText: 200,
  /** Longest URL (`documentation`, `$schema`). */
  maxUrl: 2048,
  /**
   * Most characters a run may generate, estimated from the catalogs before
   * anything is built or emitted (`model/output-estimate.ts`). White-label
   * copies repeat everything they inherit, so a small catalog folder can ask
   * for gigabytes; this is about twice the 100,000-entry benchmark's output.
   */
  maxOutputChars: 384 * 1024 * 1024,
  /**
   * Most ancestors a provider may have through `extends` (a white-label copy
   * of a copy, ...); real ones have one. Chains are walked for every provider
   * by several rules, so their length must not grow with the number of files.
   */
  maxExtendsDepth: 8,
  /** Most problems printed for one run; the rest are counted ("… and N more problems"). */
  maxPrintedDiagnostics: 200,
  /** Longest message of one problem as printed; a longer one is cut in the middle. */
  maxMessageChars: 1000,
} as const;

/** A catalog file as read from disk: its parsed value and a way to find where any value came from. */
export interface LoadedCatalog {
  /** Path relative to the working directory, as shown in messages. */
  file: string;
  /** The file name without extension; must equal `provider.id`. */
  stem: string;
  /** The parsed document (plain JSON values), not yet validated. */
  value: unknown;
  /** Source position of the value at a JSON Pointer (or of its key, with `key`), falling back to the nearest parent that exists. */
  locate(pointer: string, options?: { key?: boolean }): { line: number; column: number };
}

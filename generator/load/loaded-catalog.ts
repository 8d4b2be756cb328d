/** A catalog file as read from disk: its parsed value and a way to find where any value came from. */
export interface LoadedCatalog {
  /** Path relative to the working directory, as shown in messages. */
  file: string;
  /**
   * How generated files name it in their notice: relative to the project root
   * (the config file's folder), or `errcat/schema/catalogs/<file>` for a
   * catalog errcat ships, so output never depends on where errcat runs or is
   * installed. Defaults to `file`.
   */
  source?: string;
  /** Loaded only so that catalogs can `extends` it (a shipped catalog the project does not generate). */
  contextOnly?: boolean;
  /** The file name without extension; must equal `provider.id`. */
  stem: string;
  /** The parsed document (plain JSON values), not yet validated. */
  value: unknown;
  /** Source position of the value at a JSON Pointer (or of its key, with `key`), falling back to the nearest parent that exists. */
  locate(pointer: string, options?: { key?: boolean }): { line: number; column: number };
}

/** One output file: a path under the output folder and its full text. Emitters return these; only the writer touches disk. */
export interface GeneratedFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  /** The complete file content, LF line endings. */
  content: string;
  /**
   * errcat's own record of a release (a provider's `catalog.json` and
   * `package.json`, the core's `taxonomy.json` and `package.json`), which the
   * next run versions from: once errcat has
   * written it, a damaged copy is repaired (and said so) rather than kept as
   * a user's edit. No one edits a record by hand; a damaged one is damage.
   */
  record?: true;
}

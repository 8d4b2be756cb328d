/** One output file: a path under the output folder and its full text. Emitters return these; only the writer touches disk. */
export interface GeneratedFile {
  /** Path relative to the output folder, with `/` separators. */
  path: string;
  /** The complete file content, LF line endings. */
  content: string;
}

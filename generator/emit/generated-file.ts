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
  /**
   * The content's UTF-8 bytes, when the file was encoded as soon as it was
   * made (see `encodedFile`); the writer writes and hashes these.
   */
  bytes?: EncodedText;
}

/**
 * UTF-8 bytes as the pieces they were made in, one after another. A large
 * file is made a block at a time (`EncodedLines`), and hashed and written a
 * piece at a time: never copied into one buffer (at 100,000 entries, some
 * 0.1 s of copying, and a second copy of the largest file in memory).
 */
export type EncodedText = readonly Uint8Array[];

/**
 * The file with its content held as UTF-8 bytes only: `content` is decoded
 * again when read (the `--check` report of a stale file, tests). A large
 * run's output is kept this way between emitting and writing: half the
 * memory of text that holds one character beyond Latin-1 (V8 then stores
 * every character in two bytes), encoded once, and out of the garbage
 * collector's heap.
 */
export function encodedFile(file: GeneratedFile): GeneratedFile {
  return file.bytes !== undefined ? file : fileOfBytes(file.path, [Buffer.from(file.content, 'utf8')], file.record);
}

/** A file made as UTF-8 bytes (see `encodedFile`). */
export function fileOfBytes(path: string, bytes: EncodedText, record?: true): GeneratedFile {
  return {
    path,
    ...(record ? { record } : {}),
    bytes,
    get content() {
      return textOf(bytes);
    },
  };
}

/** The file's size in UTF-8 bytes. */
export function byteSize(file: GeneratedFile): number {
  return file.bytes === undefined ? Buffer.byteLength(file.content, 'utf8') : encodedSize(file.bytes);
}

/** The text the pieces encode. */
export function textOf(bytes: EncodedText): string {
  return Buffer.concat(bytes).toString('utf8');
}

/** How many bytes the pieces hold. */
export function encodedSize(bytes: EncodedText): number {
  let size = 0;
  for (const piece of bytes) size += piece.byteLength;
  return size;
}

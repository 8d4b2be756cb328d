/**
 * Thrown by a document parser when the document does not have the shape the
 * parser knows. Parsers throw rather than skip: a row silently dropped would
 * let the source check pass while the catalogs miss an entry.
 */
export class DocumentParseError extends Error {
  /** 1-based line of the document where the parser gave up. */
  readonly line: number;

  /**
   * @param line 1-based line number in the document.
   * @param reason What was expected and what was found.
   */
  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.name = 'DocumentParseError';
    this.line = line;
  }
}

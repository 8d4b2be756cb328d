/** One line of a document, trimmed, with its 1-based line number kept for error messages. */
export interface DocumentLine {
  /** 1-based line number in the document. */
  number: number;
  /** The line without surrounding whitespace (no-break spaces included); inner characters untouched. */
  text: string;
}

/**
 * Splits a document into trimmed lines, blank ones included (some layouts end
 * a table at a blank line). Any line ending is accepted, since the documents
 * are copied from web pages by different tools.
 */
export function documentLines(text: string): DocumentLine[] {
  return text.split(/\r\n|\n|\r/).map((line, index) => ({ number: index + 1, text: line.trim() }));
}

/** The document's non-blank lines: the layouts where blank lines carry no meaning parse from these. */
export function nonBlankLines(text: string): DocumentLine[] {
  return documentLines(text).filter((line) => line.text !== '');
}

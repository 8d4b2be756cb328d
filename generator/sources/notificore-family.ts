import type { DocumentedEntry } from './documented-entry.ts';
import { DocumentParseError } from './document-parse-error.ts';
import { nonBlankLines, type DocumentLine } from './document-lines.ts';

/**
 * The top headings of the Notificore/BSG error page ("Errors for API 1.0",
 * "Errors for API 2.0"). They group sections but are not sections themselves,
 * and the table of entries starts at the first of them (what comes before is
 * prose and the example body).
 */
const API_HEADING = /^Errors for API \d+(?:\.\d+)*$/;

/** Whether a line is one of the page's "Errors for API x.y" headings. */
export function isApiHeading(line: string): boolean {
  return API_HEADING.test(line);
}

/**
 * The page's non-blank lines and the index of its first "Errors for API"
 * heading, where the tables start.
 *
 * @throws DocumentParseError when the page has no such heading.
 */
export function catalogLines(text: string): { lines: DocumentLine[]; start: number } {
  const lines = nonBlankLines(text);
  const start = lines.findIndex((line) => isApiHeading(line.text));
  if (start < 0) throw new DocumentParseError(1, 'no "Errors for API ..." heading found');
  return { lines, start };
}

/**
 * Builds the entry for a coded row of the Notificore/BSG tables. A code cell
 * written as a range ("88-89") is the page's way of reserving codes, so it
 * becomes a reserved range rather than an entry.
 *
 * @param section The heading the row is under.
 * @param codeCell The code cell: `40` or `88-89`.
 * @param text The description cell.
 * @param line The row's line number, for errors.
 */
export function codedEntry(section: string, codeCell: string, text: string, line: number): DocumentedEntry {
  const range = /^(\d+)(?:-(\d+))?$/.exec(codeCell);
  if (range === null) {
    throw new DocumentParseError(line, `expected a code or a code range, found "${codeCell}"`);
  }
  const code = Number(range[1]);
  if (range[2] === undefined) {
    return { section, code, text };
  }
  const reservedTo = Number(range[2]);
  if (reservedTo < code) {
    throw new DocumentParseError(line, `code range "${codeCell}" ends before it starts`);
  }
  return { section, code, text, reservedTo };
}

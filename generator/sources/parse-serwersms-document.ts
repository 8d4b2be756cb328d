import type { DocumentedEntry } from './documented-entry.ts';
import { DocumentParseError } from './document-parse-error.ts';
import { nonBlankLines, type DocumentLine } from './document-lines.ts';

/** The header line of the page's one table of codes. */
const TABLE_HEADER = 'Code Type Description';
/**
 * A row starts with a code and a type name. The description is on the same
 * line or, where the page wrapped the cell, on the next non-blank line.
 */
const ROW = /^(\d+)\s+([A-Za-z][A-Za-z0-9_]*)(?:\s+(\S.*))?$/;

/**
 * Parses SerwerSMS.pl's "HTTPS API v2 / General communications" page.
 *
 * The table is interrupted by headings ("Phone number/HLR", "Sender name",
 * "Black list"); every row belongs to the heading above it. A line inside the
 * table is a heading when it is not a row and no row is waiting for its
 * wrapped description.
 *
 * @throws DocumentParseError when the table header is missing or a row's description never comes.
 */
export function parseSerwersmsDocument(text: string): DocumentedEntry[] {
  const lines = nonBlankLines(text);
  const headerIndex = lines.findIndex((line) => line.text === TABLE_HEADER);
  if (headerIndex < 0) {
    throw new DocumentParseError(1, `no "${TABLE_HEADER}" table header found`);
  }
  let section = firstHeading(lines, headerIndex);
  const entries: DocumentedEntry[] = [];
  let waiting: { code: number; type: string; line: number } | undefined;
  for (const line of lines.slice(headerIndex + 1)) {
    if (waiting !== undefined) {
      entries.push({ section, code: waiting.code, type: waiting.type, text: line.text });
      waiting = undefined;
      continue;
    }
    const row = ROW.exec(line.text);
    if (row === null) {
      section = line.text;
      continue;
    }
    const code = Number(row[1]);
    const type = row[2]!;
    if (row[3] === undefined) {
      waiting = { code, type, line: line.number };
    } else {
      entries.push({ section, code, type, text: row[3] });
    }
  }
  if (waiting !== undefined) {
    throw new DocumentParseError(waiting.line, `code ${waiting.code} has no description`);
  }
  return entries;
}

/**
 * The heading of the table's first rows. Between it and the table header the
 * page has an introductory sentence ("Below is a table ..."); a heading is the
 * nearest line above the header that does not end like a sentence.
 */
function firstHeading(lines: readonly DocumentLine[], headerIndex: number): string {
  for (let index = headerIndex - 1; index >= 0; index--) {
    const text = lines[index]!.text;
    if (!/[.:]$/.test(text)) {
      return text;
    }
  }
  throw new DocumentParseError(lines[headerIndex]!.number, 'no heading above the table of codes');
}

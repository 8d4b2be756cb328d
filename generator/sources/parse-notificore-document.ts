import type { DocumentedEntry } from './documented-entry.ts';
import { DocumentParseError } from './document-parse-error.ts';
import { catalogLines, codedEntry, isApiHeading } from './notificore-family.ts';

/** Table header of the API 1.0 sections: rows are `<code> <description>`. */
const CODED_TABLE_HEADER = 'Error Code Error Description';
/** Table header of the API 2.0 sections: rows are a description only. */
const MESSAGE_TABLE_HEADER = 'Error Description';
/** A coded row; the code may be a range (`88-89 reserved for future use`). */
const CODED_ROW = /^(\d+(?:-\d+)?)\s+(\S.*)$/;

/**
 * Parses Notificore's "API errors" help article: sections whose heading is
 * followed by a table header, API 1.0 tables with a code per row and API 2.0
 * tables with a description per row.
 *
 * A line is taken as a section heading because the next line is a table
 * header — the article's only reliable marker, since headings and entries
 * look alike otherwise ("SMS errors" vs "SMS not found").
 *
 * @throws DocumentParseError when a row is outside any section or a coded row has no code.
 */
export function parseNotificoreDocument(text: string): DocumentedEntry[] {
  const { lines, start } = catalogLines(text);
  const entries: DocumentedEntry[] = [];
  let section: { title: string; coded: boolean } | undefined;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    const next = lines[index + 1];
    if (isApiHeading(line.text)) {
      section = undefined;
      continue;
    }
    if (next !== undefined && (next.text === CODED_TABLE_HEADER || next.text === MESSAGE_TABLE_HEADER)) {
      section = { title: line.text, coded: next.text === CODED_TABLE_HEADER };
      index++; // the table header itself is no entry
      continue;
    }
    if (section === undefined) {
      throw new DocumentParseError(line.number, `expected a section heading followed by a table header, found "${line.text}"`);
    }
    if (!section.coded) {
      entries.push({ section: section.title, text: line.text });
      continue;
    }
    const row = CODED_ROW.exec(line.text);
    if (row === null) {
      throw new DocumentParseError(line.number, `expected "<code> <description>" in section "${section.title}", found "${line.text}"`);
    }
    entries.push(codedEntry(section.title, row[1]!, row[2]!, line.number));
  }
  return entries;
}

import type { DocumentedEntry } from './documented-entry.ts';
import { DocumentParseError } from './document-parse-error.ts';
import { catalogLines, codedEntry, isApiHeading } from './notificore-family.ts';

/**
 * BSG's copy of the page has lost its table markup: a code and its
 * description are on two lines, and there are no table headers. Section
 * headings are recognised by their wording instead — every heading of the
 * page ends in "errors"/"Errors" and no entry text does.
 */
const SECTION_HEADING = /\serrors$/i;
/** A line holding only a code or a code range: the next line is its description. */
const CODE_LINE = /^\d+(?:-\d+)?$/;
/**
 * The cookie banner that follows the last table on BSG's site. It is where the
 * catalog ends: without this marker its paragraphs would be read as API 2.0
 * messages of the last section.
 */
const END_OF_CATALOG = 'Manage Cookie Consent';

/**
 * Parses BSG's "API Errors" page: the same catalog as Notificore's, flattened
 * to one cell per line.
 *
 * @throws DocumentParseError when an entry is outside any section, a code has
 * no description, or a section mixes coded and message-only rows.
 */
export function parseBsgDocument(text: string): DocumentedEntry[] {
  const { lines, start } = catalogLines(text);
  const entries: DocumentedEntry[] = [];
  let section: { title: string; coded: boolean | undefined } | undefined;
  for (let index = start; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.text === END_OF_CATALOG) {
      break;
    }
    if (isApiHeading(line.text)) {
      section = undefined;
      continue;
    }
    const coded = CODE_LINE.test(line.text);
    if (!coded && SECTION_HEADING.test(line.text)) {
      section = { title: line.text, coded: undefined };
      continue;
    }
    if (section === undefined) {
      throw new DocumentParseError(line.number, `expected a section heading ending in "errors", found "${line.text}"`);
    }
    // A section is coded or message-only as a whole; a mix means a heading was missed.
    if (section.coded !== undefined && section.coded !== coded) {
      throw new DocumentParseError(line.number, `section "${section.title}" mixes coded and message-only rows at "${line.text}"`);
    }
    section.coded = coded;
    if (!coded) {
      entries.push({ section: section.title, text: line.text });
      continue;
    }
    const description = lines[index + 1];
    if (description === undefined || description.text === END_OF_CATALOG || CODE_LINE.test(description.text)) {
      throw new DocumentParseError(line.number, `code ${line.text} has no description`);
    }
    entries.push(codedEntry(section.title, line.text, description.text, line.number));
    index++; // the description line is consumed with its code
  }
  return entries;
}

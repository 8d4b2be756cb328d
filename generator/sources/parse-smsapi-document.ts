import type { DocumentedEntry } from './documented-entry.ts';
import { DocumentParseError } from './document-parse-error.ts';
import { documentLines, type DocumentLine } from './document-lines.ts';

/** One table layout of the SMSAPI page, recognised by its header line. */
interface TableLayout {
  /** The header line, verbatim. */
  header: string;
  /** A row: code, then (for delivery statuses) the status name, then the description. */
  row: RegExp;
  /** Whether the row's second cell is the provider's status name, kept as the entry's type. */
  typed: boolean;
}

/**
 * The two tables of the page. Delivery status names are upper-case words
 * (`NOT_FOUND`), which is how a status row is told from an error row whose
 * description happens to start with a capital.
 */
const TABLES: readonly TableLayout[] = [
  { header: 'Number Status Description', row: /^(\d+)\s+([A-Z][A-Z_]*)\s+(\S.*)$/, typed: true },
  { header: 'Error code Description', row: /^(\d+)\s+(\S.*)$/, typed: false },
];

/**
 * Parses SMSAPI's "Statuses and error codes" page: a "Delivery statuses" table
 * (`401 NOT_FOUND Wrong ID or report has expired.`) and an "API Error Codes"
 * table (`8 Error in request (please report)`). A table's section is the
 * heading above its header line; its rows run to the next blank line.
 *
 * @throws DocumentParseError when the page has no known table or a row does not fit its table.
 */
export function parseSmsapiDocument(text: string): DocumentedEntry[] {
  const lines = documentLines(text);
  const entries: DocumentedEntry[] = [];
  let tables = 0;
  for (let index = 0; index < lines.length; index++) {
    const layout = TABLES.find((table) => table.header === lines[index]!.text);
    if (layout === undefined) {
      continue;
    }
    tables++;
    const section = headingAbove(lines, index);
    for (index++; index < lines.length && lines[index]!.text !== ''; index++) {
      entries.push(parseRow(lines[index]!, layout, section));
    }
  }
  if (tables === 0) {
    throw new DocumentParseError(1, `no table header found (expected one of ${TABLES.map((table) => `"${table.header}"`).join(', ')})`);
  }
  return entries;
}

/** The nearest non-blank line above a table header: the table's heading. */
function headingAbove(lines: readonly DocumentLine[], headerIndex: number): string {
  for (let index = headerIndex - 1; index >= 0; index--) {
    if (lines[index]!.text !== '') {
      return lines[index]!.text;
    }
  }
  throw new DocumentParseError(lines[headerIndex]!.number, 'table header without a heading above it');
}

/** One row of a table, as an entry of the table's section. */
function parseRow(line: DocumentLine, layout: TableLayout, section: string): DocumentedEntry {
  const cells = layout.row.exec(line.text);
  if (cells === null) {
    const shape = layout.typed ? '<code> <STATUS> <description>' : '<code> <description>';
    throw new DocumentParseError(line.number, `expected "${shape}" in section "${section}", found "${line.text}"`);
  }
  const code = Number(cells[1]);
  return layout.typed
    ? { section, code, type: cells[2]!, text: cells[3]! }
    : { section, code, text: cells[2]! };
}

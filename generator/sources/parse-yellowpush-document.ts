import type { DocumentedEntry } from './documented-entry.ts';
import { DocumentParseError } from './document-parse-error.ts';
import { nonBlankLines, type DocumentLine } from './document-lines.ts';

/**
 * The page's own heading. The same words appear in the site navigation above
 * it, but there they carry a bullet ("• Error Codes"), so the exact line is
 * the heading.
 */
const PAGE_HEADING = 'Error Codes';
/** A status heading: `Code 400 (Bad Request)`. */
const STATUS_HEADING = /^Code (\d{3}) \((.+)\)$/;
/** The subheadings under a status heading; they are structure, not a status's text. */
const SUBHEADING = /^(?:Body|Example \d+)$/;
/** The body field description listing the values of `code`: `... (1 controlled, 2 system)`. */
const CODE_FIELD = /^Code:.*\((\d+ [^,()]+(?:, \d+ [^,()]+)*)\)$/;

/**
 * Parses YellowPush's "Error Codes" page. It yields three kinds of entries:
 *
 * - the HTTP statuses (section: the page heading), with the text the page gives
 *   under the status heading ("Unauthorized client"), or the reason phrase of
 *   the heading when the page goes straight on to a subheading ("Bad Request");
 * - the values of the body's `code` field, read from the field's description
 *   (`1 controlled, 2 system`), under the status heading they are documented in;
 * - the messages of the example bodies, under the same status heading.
 *
 * @throws DocumentParseError when the page heading is missing or an example body is not JSON.
 */
export function parseYellowpushDocument(text: string): DocumentedEntry[] {
  const lines = nonBlankLines(text);
  const start = lines.findIndex((line) => line.text === PAGE_HEADING);
  if (start < 0) {
    throw new DocumentParseError(1, `no "${PAGE_HEADING}" heading found`);
  }
  const entries: DocumentedEntry[] = [];
  let statusHeading: string | undefined;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index]!;
    const status = STATUS_HEADING.exec(line.text);
    if (status !== null) {
      statusHeading = line.text;
      const next = lines[index + 1];
      const described = next !== undefined && !SUBHEADING.test(next.text) && !STATUS_HEADING.test(next.text);
      entries.push({ section: PAGE_HEADING, code: Number(status[1]), text: described ? next.text : status[2]! });
      if (described) {
        index++;
      }
      continue;
    }
    const codeField = CODE_FIELD.exec(line.text);
    if (codeField !== null) {
      for (const value of codeField[1]!.split(', ')) {
        const [code, ...words] = value.split(' ');
        entries.push({ section: within(statusHeading, line), code: Number(code), text: words.join(' ') });
      }
      continue;
    }
    if (line.text === '{') {
      const { body, end } = readJsonBlock(lines, index);
      if (typeof body.message === 'string') {
        entries.push({ section: within(statusHeading, line), text: body.message.trim() });
      }
      index = end;
    }
  }
  return entries;
}

/** The status heading an entry is documented under; entries before any status heading mean the layout changed. */
function within(statusHeading: string | undefined, line: DocumentLine): string {
  if (statusHeading === undefined) {
    throw new DocumentParseError(line.number, `"${line.text}" comes before any "Code NNN (...)" heading`);
  }
  return statusHeading;
}

/**
 * Reads a pretty-printed JSON object starting at `start` (a line holding only
 * `{`) and ending at the first line holding only `}` that closes a valid JSON
 * text. Returns the object and the index of its last line.
 */
function readJsonBlock(lines: readonly DocumentLine[], start: number): { body: Record<string, unknown>; end: number } {
  const parts: string[] = [];
  for (let index = start; index < lines.length; index++) {
    parts.push(lines[index]!.text);
    if (lines[index]!.text !== '}') {
      continue;
    }
    try {
      const body: unknown = JSON.parse(parts.join('\n'));
      if (typeof body === 'object' && body !== null && !Array.isArray(body)) {
        return { body: body as Record<string, unknown>, end: index };
      }
    } catch {
      // Not closed yet: a nested object ended here. Keep reading.
    }
  }
  throw new DocumentParseError(lines[start]!.number, 'example body is not a complete JSON object');
}

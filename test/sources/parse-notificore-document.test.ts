import { describe, expect, it } from 'vitest';
import type { DocumentedEntry } from '../../generator/sources/documented-entry.ts';
import { DocumentParseError } from '../../generator/sources/document-parse-error.ts';
import { parseNotificoreDocument } from '../../generator/sources/parse-notificore-document.ts';

/** The article's prose and example, which come before the tables and must be skipped. */
const PREAMBLE = `Ошибки API

Notificore использует стандартные коды состояния HTTP.

Пример:

{"error":"40","errorDescription":"Message not found"}


`;

describe('parseNotificoreDocument', () => {
  it.each<{ name: string; text: string; expected: DocumentedEntry[] }>([
    {
      name: 'coded rows, typos kept',
      text: `${PREAMBLE}Errors for API 1.0


Viber errors

Error Code Error Description
40 Viber message not found
47 invalid Viber message external I
`,
      expected: [
        { section: 'Viber errors', code: 40, text: 'Viber message not found' },
        { section: 'Viber errors', code: 47, text: 'invalid Viber message external I' },
      ],
    },
    {
      name: 'a code range is a reserved range',
      text: `${PREAMBLE}Errors for API 1.0

Statistics generation Requests Errors

Error Code Error Description
87 invalid msisdn
88-89 reserved for future use
`,
      expected: [
        { section: 'Statistics generation Requests Errors', code: 87, text: 'invalid msisdn' },
        { section: 'Statistics generation Requests Errors', code: 88, text: 'reserved for future use', reservedTo: 89 },
      ],
    },
    {
      name: 'API 2.0 message rows, curly apostrophe kept, last line without newline',
      text: `${PREAMBLE}Errors for API 2.0


Contacts and lists Errors

Error Description
Invalid phone number format
The phone number already exists in the user’s Contact Book


Tariff Errors

Error Description
Tariff not found`,
      expected: [
        { section: 'Contacts and lists Errors', text: 'Invalid phone number format' },
        { section: 'Contacts and lists Errors', text: 'The phone number already exists in the user’s Contact Book' },
        { section: 'Tariff Errors', text: 'Tariff not found' },
      ],
    },
    {
      name: 'headings of both APIs keep their own case',
      text: `${PREAMBLE}Errors for API 1.0

SMS errors

Error Code Error Description
21 invalid phone number
Errors for API 2.0

SMS Errors

Error Description
Tariff not found
`,
      expected: [
        { section: 'SMS errors', code: 21, text: 'invalid phone number' },
        { section: 'SMS Errors', text: 'Tariff not found' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(parseNotificoreDocument(text)).toEqual(expected);
  });

  it.each<{ name: string; text: string; message: string }>([
    { name: 'no API heading', text: 'Common Errors\n\nError Code Error Description\n0 no error\n', message: 'line 1: no "Errors for API ..." heading found' },
    {
      name: 'a coded row without a code',
      text: 'Errors for API 1.0\n\nCommon Errors\n\nError Code Error Description\n0 no error\nno code here\n',
      message: 'line 7: expected "<code> <description>" in section "Common Errors", found "no code here"',
    },
    {
      name: 'a row before any section',
      text: 'Errors for API 1.0\n\n0 no error\n',
      message: 'line 3: expected a section heading followed by a table header, found "0 no error"',
    },
  ])('throws on $name', ({ text, message }) => {
    expect(() => parseNotificoreDocument(text)).toThrow(DocumentParseError);
    expect(() => parseNotificoreDocument(text)).toThrow(message);
  });
});

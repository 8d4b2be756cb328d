import { describe, expect, it } from 'vitest';
import type { DocumentedEntry } from '../../generator/sources/documented-entry.ts';
import { DocumentParseError } from '../../generator/sources/document-parse-error.ts';
import { parseSmsapiDocument } from '../../generator/sources/parse-smsapi-document.ts';

describe('parseSmsapiDocument', () => {
  it.each<{ name: string; text: string; expected: DocumentedEntry[] }>([
    {
      name: 'delivery statuses carry their status name as type',
      text: `Statuses and error codes

Delivery statuses

Number Status Description
401 NOT_FOUND Wrong ID or report has expired.
406 FAILED Sending message failed – please report it to us.
`,
      expected: [
        { section: 'Delivery statuses', code: 401, type: 'NOT_FOUND', text: 'Wrong ID or report has expired.' },
        { section: 'Delivery statuses', code: 406, type: 'FAILED', text: 'Sending message failed – please report it to us.' },
      ],
    },
    {
      name: 'error codes, typos and trailing dots kept, last line without newline',
      text: `API Error Codes

Error code Description
56 The difference between date sent and expiration date can't be less than 1 and more tha 72 hours.
1114 Not allowed characters occured in subuser's name, following are allowed: letters [A – Z], digits [0 – 9] and following others @, -, _ and ..
4101 Group not found.`,
      expected: [
        { section: 'API Error Codes', code: 56, text: "The difference between date sent and expiration date can't be less than 1 and more tha 72 hours." },
        {
          section: 'API Error Codes',
          code: 1114,
          text: "Not allowed characters occured in subuser's name, following are allowed: letters [A – Z], digits [0 – 9] and following others @, -, _ and ..",
        },
        { section: 'API Error Codes', code: 4101, text: 'Group not found.' },
      ],
    },
    {
      name: 'a table ends at a blank line; prose between tables is skipped',
      text: `Delivery statuses

Number Status Description
410 ACCEPTED Message is delivered to operator.

API Error Codes

Error code Description
8 Error in request (please report)
`,
      expected: [
        { section: 'Delivery statuses', code: 410, type: 'ACCEPTED', text: 'Message is delivered to operator.' },
        { section: 'API Error Codes', code: 8, text: 'Error in request (please report)' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(parseSmsapiDocument(text)).toEqual(expected);
  });

  it.each<{ name: string; text: string; message: string }>([
    {
      name: 'no known table',
      text: 'Statuses and error codes\n',
      message: 'line 1: no table header found (expected one of "Number Status Description", "Error code Description")',
    },
    {
      name: 'a status row without a status name',
      text: 'Delivery statuses\n\nNumber Status Description\n401 Wrong ID or report has expired.\n',
      message: 'line 4: expected "<code> <STATUS> <description>" in section "Delivery statuses", found "401 Wrong ID or report has expired."',
    },
    {
      name: 'an error row without a code',
      text: 'API Error Codes\n\nError code Description\nGroup not found.\n',
      message: 'line 4: expected "<code> <description>" in section "API Error Codes", found "Group not found."',
    },
  ])('throws on $name', ({ text, message }) => {
    expect(() => parseSmsapiDocument(text)).toThrow(DocumentParseError);
    expect(() => parseSmsapiDocument(text)).toThrow(message);
  });
});

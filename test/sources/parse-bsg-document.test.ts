import { describe, expect, it } from 'vitest';
import type { DocumentedEntry } from '../../generator/sources/documented-entry.ts';
import { DocumentParseError } from '../../generator/sources/document-parse-error.ts';
import { parseBsgDocument } from '../../generator/sources/parse-bsg-document.ts';

const PREAMBLE = `BSG uses standard HTTP status codes to indicate the success or failure of an API query.
Example:
{"error":"40","errorDescription":"Message not found"}
`;

describe('parseBsgDocument', () => {
  it.each<{ name: string; text: string; expected: DocumentedEntry[] }>([
    {
      name: 'a code and its description on two lines',
      text: `${PREAMBLE}Errors for API 1.0
Common Errors
0
no error
1
invalid key
SMS errors
21
invalid phone number
`,
      expected: [
        { section: 'Common Errors', code: 0, text: 'no error' },
        { section: 'Common Errors', code: 1, text: 'invalid key' },
        { section: 'SMS errors', code: 21, text: 'invalid phone number' },
      ],
    },
    {
      name: 'a code range is a reserved range',
      text: `${PREAMBLE}Errors for API 1.0
Statistics generation Requests Errors
87
invalid msisdn
88-89
reserved for future use
`,
      expected: [
        { section: 'Statistics generation Requests Errors', code: 87, text: 'invalid msisdn' },
        { section: 'Statistics generation Requests Errors', code: 88, text: 'reserved for future use', reservedTo: 89 },
      ],
    },
    {
      name: 'API 2.0 messages end at the cookie banner',
      text: `${PREAMBLE}Errors for API 2.0
Sender Errors
Invalid country specified
Tariff Errors
Tariff not found
Manage Cookie Consent
BSG utilizes HTTP cookies (and similar or complementary technologies) to make this website safe.
`,
      expected: [
        { section: 'Sender Errors', text: 'Invalid country specified' },
        { section: 'Tariff Errors', text: 'Tariff not found' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(parseBsgDocument(text)).toEqual(expected);
  });

  it.each<{ name: string; text: string; message: string }>([
    { name: 'no API heading', text: 'Common Errors\n0\nno error\n', message: 'line 1: no "Errors for API ..." heading found' },
    {
      name: 'a code without a description',
      text: 'Errors for API 1.0\nCommon Errors\n0\nno error\n1\n',
      message: 'line 5: code 1 has no description',
    },
    {
      name: 'a code followed by another code',
      text: 'Errors for API 1.0\nCommon Errors\n0\n1\ninvalid key\n',
      message: 'line 3: code 0 has no description',
    },
    {
      name: 'a section mixing codes and messages',
      text: 'Errors for API 1.0\nCommon Errors\n0\nno error\ninvalid key\n',
      message: 'line 5: section "Common Errors" mixes coded and message-only rows at "invalid key"',
    },
    {
      name: 'an entry before any section',
      text: 'Errors for API 2.0\nTariff not found\n',
      message: 'line 2: expected a section heading ending in "errors", found "Tariff not found"',
    },
  ])('throws on $name', ({ text, message }) => {
    expect(() => parseBsgDocument(text)).toThrow(DocumentParseError);
    expect(() => parseBsgDocument(text)).toThrow(message);
  });
});

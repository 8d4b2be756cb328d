import { describe, expect, it } from 'vitest';
import type { DocumentedEntry } from '../../generator/sources/documented-entry.ts';
import { DocumentParseError } from '../../generator/sources/document-parse-error.ts';
import { parseYellowpushDocument } from '../../generator/sources/parse-yellowpush-document.ts';

/** The navigation repeats the headings with bullets; they must not be read as entries. */
const NAVIGATION = `Powered by GitBook
On this page
  • Code 400 (Bad Request)
  • Body
  • Code 401 (Unauthorized)
  1. SMS

`;

describe('parseYellowpushDocument', () => {
  it.each<{ name: string; text: string; expected: DocumentedEntry[] }>([
    {
      name: 'statuses, body codes and example messages',
      text: `${NAVIGATION}Error Codes

Code 400 (Bad Request)

Body

Message: Main error message.

Code: Number code that indicates whether it is a request error or a system exception (1 controlled, 2 system)

Example 1

{
    "message": "Missing parameters",
    "code": 1,
    "listErrors": null
}

Example 2

{
    "message": "Error reading json",
    "code": 1,
    "listErrors": [
        "Format error in mobile number 000573195112933 in position 1"
    ]
}

Code 401 (Unauthorized)

Unauthorized client

Last updated 1 year ago`,
      expected: [
        { section: 'Error Codes', code: 400, text: 'Bad Request' },
        { section: 'Code 400 (Bad Request)', code: 1, text: 'controlled' },
        { section: 'Code 400 (Bad Request)', code: 2, text: 'system' },
        { section: 'Code 400 (Bad Request)', text: 'Missing parameters' },
        { section: 'Code 400 (Bad Request)', text: 'Error reading json' },
        { section: 'Error Codes', code: 401, text: 'Unauthorized client' },
      ],
    },
    {
      name: 'a status heading followed by another takes its reason phrase',
      text: 'Error Codes\n\nCode 400 (Bad Request)\n\nCode 401 (Unauthorized)\n\nUnauthorized client\n',
      expected: [
        { section: 'Error Codes', code: 400, text: 'Bad Request' },
        { section: 'Error Codes', code: 401, text: 'Unauthorized client' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(parseYellowpushDocument(text)).toEqual(expected);
  });

  it.each<{ name: string; text: string; message: string }>([
    { name: 'no page heading', text: `${NAVIGATION}Code 401 (Unauthorized)\n`, message: 'line 1: no "Error Codes" heading found' },
    {
      name: 'an example body that is not JSON',
      text: 'Error Codes\nCode 400 (Bad Request)\nExample 1\n{\n"message": "Missing parameters",\n}\n',
      message: 'line 4: example body is not a complete JSON object',
    },
    {
      name: 'an example before any status heading',
      text: 'Error Codes\nExample 1\n{\n"message": "Missing parameters"\n}\n',
      message: 'line 3: "{" comes before any "Code NNN (...)" heading',
    },
  ])('throws on $name', ({ text, message }) => {
    expect(() => parseYellowpushDocument(text)).toThrow(DocumentParseError);
    expect(() => parseYellowpushDocument(text)).toThrow(message);
  });
});

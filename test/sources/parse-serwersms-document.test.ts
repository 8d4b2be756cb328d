import { describe, expect, it } from 'vitest';
import type { DocumentedEntry } from '../../generator/sources/documented-entry.ts';
import { DocumentParseError } from '../../generator/sources/document-parse-error.ts';
import { parseSerwersmsDocument } from '../../generator/sources/parse-serwersms-document.ts';

const NBSP = '\u00a0';

/** The page's opening, with the no-break-space indented example lines, up to the table header. */
const PREAMBLE = `HTTPS API v2 / General communications

For example, if you provide an incorrect login or password, the client will see the following message:

${NBSP} ${NBSP} ${NBSP} "message":"Incorrect login or password"

The list of error codes returned by the API

Below is a table with codes and their associated text descriptions.

Code Type Description
`;

describe('parseSerwersmsDocument', () => {
  it.each<{ name: string; text: string; expected: DocumentedEntry[] }>([
    {
      name: 'rows on one line and rows with a wrapped description',
      text: `${PREAMBLE}1000 InvalidAction Not specified action to execute
1001 InvalidUser

Incorrect login or password

1006 InvalidData Niepoprawny format danych
`,
      expected: [
        { section: 'The list of error codes returned by the API', code: 1000, type: 'InvalidAction', text: 'Not specified action to execute' },
        { section: 'The list of error codes returned by the API', code: 1001, type: 'InvalidUser', text: 'Incorrect login or password' },
        { section: 'The list of error codes returned by the API', code: 1006, type: 'InvalidData', text: 'Niepoprawny format danych' },
      ],
    },
    {
      name: 'headings inside the table, right after a row or a wrapped description',
      text: `${PREAMBLE}4002 FileInvalid Invalid file
Phone number/HLR
4324 AccountError

Not given${NBSP}login

Sender name

4504 SubaccountError

Incorrect login or password

Black list
4601 BlacklistPhoneExists

Number is already on the list`,
      expected: [
        { section: 'The list of error codes returned by the API', code: 4002, type: 'FileInvalid', text: 'Invalid file' },
        { section: 'Phone number/HLR', code: 4324, type: 'AccountError', text: `Not given${NBSP}login` },
        { section: 'Sender name', code: 4504, type: 'SubaccountError', text: 'Incorrect login or password' },
        { section: 'Black list', code: 4601, type: 'BlacklistPhoneExists', text: 'Number is already on the list' },
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(parseSerwersmsDocument(text)).toEqual(expected);
  });

  it.each<{ name: string; text: string; message: string }>([
    { name: 'no table header', text: 'HTTPS API v2 / General communications\n', message: 'line 1: no "Code Type Description" table header found' },
    {
      name: 'a row whose description never comes',
      text: `${PREAMBLE}4602 BlacklistError\n`,
      message: 'line 12: code 4602 has no description',
    },
  ])('throws on $name', ({ text, message }) => {
    expect(() => parseSerwersmsDocument(text)).toThrow(DocumentParseError);
    expect(() => parseSerwersmsDocument(text)).toThrow(message);
  });
});

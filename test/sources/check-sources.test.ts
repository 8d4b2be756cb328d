import { describe, expect, it } from 'vitest';
import type { CatalogFile } from '../../generator/types/catalog.ts';
import { checkSources, formatSourceCheckReport } from '../../generator/sources/check-sources.ts';
import type { SourceCheckProblem } from '../../generator/sources/check-sources.ts';

/** A small Notificore-shaped document: two coded sections, a reserved range, a text in two message sections. */
const NOTIFICORE_DOCUMENT = `Notificore использует стандартные коды состояния HTTP.

Errors for API 1.0

SMS errors

Error Code Error Description
21 invalid phone number

Viber errors

Error Code Error Description
41 invalid phone number
47 invalid Viber message external I

Statistics generation Requests Errors

Error Code Error Description
88-89 reserved for future use

Errors for API 2.0

SMS Errors

Error Description
Tariff not found

Tariff Errors

Error Description
Tariff not found
`;

/** The catalogs that agree with NOTIFICORE_DOCUMENT; each test breaks one thing in a copy. */
function notificoreCatalog(): CatalogFile {
  return {
    provider: { id: 'notificore', name: 'Notificore' },
    wire: { body: { code: { pointer: '/error', encoding: 'string' } } },
    catalogs: [
      {
        id: 'api-v1',
        name: 'Errors for API 1.0',
        kind: 'error-code',
        codeType: 'integer',
        sections: [
          {
            id: 'sms',
            title: 'SMS errors',
            entries: [{ key: 'SMS_INVALID_PHONE_NUMBER', code: 21, text: 'invalid phone number', category: 'invalid_phone_number' }],
          },
          {
            id: 'viber',
            title: 'Viber errors',
            entries: [
              { key: 'VIBER_INVALID_PHONE_NUMBER', code: 41, text: 'invalid phone number', category: 'invalid_phone_number' },
              { key: 'VIBER_INVALID_EXTERNAL_ID', code: 47, text: 'invalid Viber message external I', category: 'invalid_parameters' },
            ],
          },
          {
            id: 'statistics-generation',
            title: 'Statistics generation Requests Errors',
            reserved: [{ from: 88, to: 89, text: 'reserved for future use' }],
            entries: [],
          },
        ],
      },
      {
        id: 'api-v2',
        name: 'Errors for API 2.0',
        kind: 'error-message',
        sections: [
          { id: 'sms', title: 'SMS Errors', entries: [{ key: 'SMS_TARIFF_NOT_FOUND', text: 'Tariff not found', category: 'not_found' }] },
          { id: 'tariff', title: 'Tariff Errors', entries: [{ key: 'TARIFFS_TARIFF_NOT_FOUND', text: 'Tariff not found', category: 'not_found' }] },
        ],
      },
    ],
  };
}

/** The catalog's API 1.0 and API 2.0 sections by id, for the tests to break. */
function sectionsOf(file: CatalogFile) {
  const [v1, v2] = file.catalogs!;
  const [sms, viber, statistics] = v1!.sections;
  const [v2Sms, v2Tariff] = v2!.sections;
  return { sms: sms!, viber: viber!, statistics: statistics!, v2Sms: v2Sms!, v2Tariff: v2Tariff! };
}

/** A small SMSAPI-shaped document: both of the page's tables, one row each. */
const SMSAPI_DOCUMENT = `Delivery statuses

Number Status Description
401 NOT_FOUND Wrong ID or report has expired.

API Error Codes

Error code Description
8 Error in request (please report)
`;

/** The catalogs that agree with SMSAPI_DOCUMENT, with the delivery status's type as given. */
function smsapiCatalog(type: string | undefined): CatalogFile {
  return {
    provider: { id: 'smsapi', name: 'SMSAPI' },
    wire: { body: { code: { pointer: '/error', encoding: 'integer' } } },
    catalogs: [
      {
        id: 'api-errors',
        name: 'API Error Codes',
        kind: 'error-code',
        codeType: 'integer',
        sections: [
          {
            id: 'api-error-codes',
            title: 'API Error Codes',
            entries: [{ key: 'REQUEST_ERROR', code: 8, text: 'Error in request (please report)', category: 'invalid_parameters' }],
          },
        ],
      },
      {
        id: 'delivery-statuses',
        name: 'Delivery statuses',
        kind: 'delivery-status',
        codeType: 'integer',
        sections: [
          {
            id: 'delivery-statuses',
            title: 'Delivery statuses',
            entries: [{ key: 'NOT_FOUND', code: 401, text: 'Wrong ID or report has expired.', category: 'not_found', ...(type === undefined ? {} : { type }) }],
          },
        ],
      },
    ],
  };
}

/** Checks the Notificore document against a catalog and returns the one document's problems. */
function problemsWith(catalog: CatalogFile, text = NOTIFICORE_DOCUMENT): SourceCheckProblem[] {
  return checkSources([{ name: 'notificore.txt', text }], [catalog]).documents[0]!.problems;
}

describe('checkSources', () => {
  it('passes when the catalogs hold exactly what the document lists', () => {
    const report = checkSources([{ name: 'notificore.txt', text: NOTIFICORE_DOCUMENT }], [notificoreCatalog()]);
    expect(report).toEqual({
      ok: true,
      entriesChecked: 6,
      documents: [{ document: 'notificore.txt', provider: 'notificore', documentedEntries: 6, entriesChecked: 6, problems: [] }],
    });
    expect(formatSourceCheckReport(report)).toBe(
      'notificore.txt (notificore): ok, 6 of 6 documented entries checked\nSource check passed: 1 document, 6 entries checked.\n',
    );
  });

  it.each<{ name: string; breakIt: (catalog: CatalogFile) => void; expected: SourceCheckProblem[] }>([
    {
      name: 'a missing coded entry',
      breakIt: (catalog) => {
        sectionsOf(catalog).viber.entries.splice(0, 1);
      },
      expected: [{ kind: 'missing', message: 'missing: code 41 "invalid phone number" under "Viber errors" is documented but is in no catalog' }],
    },
    {
      name: 'a missing message entry whose text another section also has',
      breakIt: (catalog) => {
        sectionsOf(catalog).v2Sms.entries.splice(0, 1);
      },
      expected: [{ kind: 'missing', message: 'missing: message "Tariff not found" under "SMS Errors" is documented but is in no catalog' }],
    },
    {
      name: 'a changed text',
      breakIt: (catalog) => {
        sectionsOf(catalog).viber.entries[1]!.text = 'invalid Viber message external ID';
      },
      expected: [
        {
          kind: 'text',
          message:
            'text differs: code 47 is documented as "invalid Viber message external I" but api-v1 entry VIBER_INVALID_EXTERNAL_ID has "invalid Viber message external ID"',
        },
      ],
    },
    {
      name: 'a text differing by an invisible character',
      breakIt: (catalog) => {
        sectionsOf(catalog).sms.entries[0]!.text = 'invalid\u00a0phone number';
      },
      expected: [
        {
          kind: 'text',
          message: 'text differs: code 21 is documented as "invalid phone number" but api-v1 entry SMS_INVALID_PHONE_NUMBER has "invalid\\u00a0phone number"',
        },
      ],
    },
    {
      name: 'a coded entry in the wrong section',
      breakIt: (catalog) => {
        const { sms, viber } = sectionsOf(catalog);
        viber.entries.push(...sms.entries.splice(0, 1));
      },
      expected: [
        {
          kind: 'section',
          message: 'section differs: code 21 is documented under "SMS errors" but api-v1 entry SMS_INVALID_PHONE_NUMBER is under "Viber errors"',
        },
      ],
    },
    {
      name: 'a message entry in the wrong section',
      breakIt: (catalog) => {
        const { v2Sms } = sectionsOf(catalog);
        v2Sms.entries.push({ key: 'CAMPAIGN_NOT_FOUND', text: 'Campaign not found', category: 'not_found' });
      },
      expected: [
        {
          kind: 'undocumented',
          message: 'not documented: api-v2 entry CAMPAIGN_NOT_FOUND (message "Campaign not found" under "SMS Errors") is not in the document',
        },
      ],
    },
    {
      name: 'an invented entry',
      breakIt: (catalog) => {
        sectionsOf(catalog).sms.entries.push({ key: 'SMS_NOT_FOUND', code: 20, text: 'SMS not found', category: 'not_found' });
      },
      expected: [
        {
          kind: 'undocumented',
          message: 'not documented: api-v1 entry SMS_NOT_FOUND (code 20 "SMS not found" under "SMS errors") is not in the document',
        },
      ],
    },
    {
      name: 'a missing reserved range',
      breakIt: (catalog) => {
        delete sectionsOf(catalog).statistics.reserved;
      },
      expected: [
        {
          kind: 'missing',
          message: 'missing: reserved range 88-89 "reserved for future use" under "Statistics generation Requests Errors" is documented but is in no catalog',
        },
      ],
    },
    {
      name: 'a reserved range with another text',
      breakIt: (catalog) => {
        sectionsOf(catalog).statistics.reserved = [{ from: 88, to: 89, text: 'reserved' }];
      },
      expected: [
        { kind: 'text', message: 'text differs: reserved range 88-89 is documented as "reserved for future use" but api-v1 reserved range 88-89 has "reserved"' },
      ],
    },
    {
      name: 'an invented reserved range',
      breakIt: (catalog) => {
        sectionsOf(catalog).viber.reserved = [{ from: 52, to: 59, text: 'reserved' }];
      },
      expected: [
        { kind: 'undocumented', message: 'not documented: api-v1 reserved range 52-59 "reserved" under "Viber errors" is not in the document' },
      ],
    },
  ])('reports $name', ({ breakIt, expected }) => {
    const catalog = notificoreCatalog();
    breakIt(catalog);
    expect(problemsWith(catalog)).toEqual(expected);
  });

  it('reports a message-only entry filed under another heading as a section problem', () => {
    const text = NOTIFICORE_DOCUMENT.replace('SMS Errors\n\nError Description\nTariff not found\n', 'SMS Errors\n\nError Description\nEmpty groups\n');
    const catalog = notificoreCatalog();
    const { v2Sms, v2Tariff } = sectionsOf(catalog);
    v2Sms.entries = [];
    v2Tariff.entries.push({ key: 'EMPTY_GROUPS', text: 'Empty groups', category: 'invalid_phone_number' });
    expect(problemsWith(catalog, text)).toEqual([
      {
        kind: 'section',
        message: 'section differs: message "Empty groups" is documented under "SMS Errors" but api-v2 entry EMPTY_GROUPS is under "Tariff Errors"',
      },
    ]);
  });

  it('reports an entry the document lists more often than the catalogs hold it', () => {
    const text = NOTIFICORE_DOCUMENT.replace('21 invalid phone number\n', '21 invalid phone number\n21 invalid phone number\n');
    expect(problemsWith(notificoreCatalog(), text)).toEqual([
      {
        kind: 'duplicate',
        message: 'duplicate: code 21 "invalid phone number" under "SMS errors" is documented again, but the catalogs hold it only once',
      },
    ]);
  });

  it.each<{ name: string; type: string | undefined; expected: string }>([
    { name: 'a missing type', type: undefined, expected: 'type differs: code 401 is documented with type "NOT_FOUND" but delivery-statuses entry NOT_FOUND has none' },
    { name: 'a wrong type', type: 'EXPIRED', expected: 'type differs: code 401 is documented with type "NOT_FOUND" but delivery-statuses entry NOT_FOUND has "EXPIRED"' },
  ])('reports $name', ({ type, expected }) => {
    const report = checkSources([{ name: 'smsapi.txt', text: SMSAPI_DOCUMENT }], [smsapiCatalog(type)]);
    expect(report.documents[0]!.problems).toEqual([{ kind: 'type', message: expected }]);
  });

  it('reports documents it cannot check, each with its reason', () => {
    const report = checkSources(
      [
        { name: 'unknown.txt', text: 'Some other provider.\n' },
        { name: 'smsapi.txt', text: SMSAPI_DOCUMENT },
        { name: 'broken.txt', text: 'Delivery statuses\n\nNumber Status Description\n401 Wrong ID\n\nError code Description\n' },
      ],
      [notificoreCatalog()],
    );
    expect(report.ok).toBe(false);
    expect(report.documents.map(({ document, provider, entriesChecked, problems }) => ({ document, provider, entriesChecked, problems }))).toEqual([
      {
        document: 'unknown.txt',
        provider: undefined,
        entriesChecked: 0,
        problems: [{ kind: 'unrecognised', message: 'unrecognised document: it matches no known provider document' }],
      },
      {
        document: 'smsapi.txt',
        provider: 'smsapi',
        entriesChecked: 0,
        problems: [{ kind: 'no-catalog', message: 'no catalog: no catalog file for provider "smsapi" was given' }],
      },
      {
        document: 'broken.txt',
        provider: 'smsapi',
        entriesChecked: 0,
        problems: [
          {
            kind: 'parse',
            message:
              'cannot read the smsapi document: line 4: expected "<code> <STATUS> <description>" in section "Delivery statuses", found "401 Wrong ID"',
          },
        ],
      },
    ]);
  });

  it('is not ok without documents', () => {
    const report = checkSources([], [notificoreCatalog()]);
    expect(report).toEqual({ ok: false, documents: [], entriesChecked: 0 });
    expect(formatSourceCheckReport(report)).toBe('Source check failed: no documents to check.\n');
  });

  it('formats a failing report with every problem under its document', () => {
    const catalog = notificoreCatalog();
    const { viber, sms } = sectionsOf(catalog);
    viber.entries.splice(0, 1);
    sms.entries.push({ key: 'SMS_NOT_FOUND', code: 20, text: 'SMS not found', category: 'not_found' });
    const report = checkSources(
      [
        { name: '000.txt', text: NOTIFICORE_DOCUMENT },
        { name: '001.txt', text: SMSAPI_DOCUMENT },
      ],
      [catalog, smsapiCatalog('NOT_FOUND')],
    );
    expect(formatSourceCheckReport(report)).toBe(
      [
        '000.txt (notificore): 2 problems, 6 of 6 documented entries checked',
        '  - missing: code 41 "invalid phone number" under "Viber errors" is documented but is in no catalog',
        '  - not documented: api-v1 entry SMS_NOT_FOUND (code 20 "SMS not found" under "SMS errors") is not in the document',
        '001.txt (smsapi): ok, 2 of 2 documented entries checked',
        'Source check failed: 2 problems in 1 of 2 documents, 8 entries checked.',
        '',
      ].join('\n'),
    );
  });
});

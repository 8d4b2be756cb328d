import { describe, expect, it } from 'vitest';
import { BASE, derive, dropLines, eachCase, insertAfter, problemsOf, problemsOfAcme, swap, WHITE } from './helpers.ts';

/** Pointers of the base catalog's entries. */
const E0 = '/catalogs/0/sections/0/entries/0';
const E1 = '/catalogs/0/sections/0/entries/1';

const UNSAFE_ID_HINT =
  'use lower-case letters, digits and single hyphens, starting with a letter (it names a folder under generated/ and an npm package)';
const KEY_HINT =
  'is not SCREAMING_SNAKE_CASE (upper-case words of A-Z and 0-9 joined by single underscores, starting with a letter)';

describe('the base catalog', () => {
  it('is valid, so that every case below fails only for its own edit', () => {
    expect(problemsOfAcme(BASE)).toEqual([]);
  });
});

describe('schema violations are reported with file, line, column and pointer', () => {
  eachCase<{ name: string; text: string; expected: string[] }>([
    // --- unknown fields -----------------------------------------------------
    {
      name: 'unknown provider field `decription` suggests `description`',
      text: derive(insertAfter(3, '  decription: Acme sends SMS.')),
      expected: ['acme.yaml:4:3  unknown field `decription` — did you mean `description`?  (/provider/decription)'],
    },
    {
      name: 'misspelt `categroy` is an unknown field and leaves `category` missing',
      text: derive(swap('category: authentication', 'categroy: authentication')),
      expected: [
        `acme.yaml:25:13  missing required field \`category\`  (${E0})`,
        `acme.yaml:28:13  unknown field \`categroy\` — did you mean \`category\`?  (${E0}/categroy)`,
      ],
    },
    {
      name: 'unknown field with no close match lists the allowed fields',
      text: derive(insertAfter(28, '            colour: red')),
      expected: [
        'acme.yaml:29:13  unknown field `colour`; allowed fields: key, previousKeys, code, text, type, category, retryable, resendable, ' +
          `httpStatus, language, summary, translations, notes, causes, solutions, documentation, deprecated  (${E0}/colour)`,
      ],
    },
    {
      name: 'unknown top-level field',
      text: derive(insertAfter(4, 'catalog: []')),
      expected: ['acme.yaml:5:1  unknown field `catalog` — did you mean `catalogs`?  (/catalog)'],
    },
    // --- missing required fields --------------------------------------------
    {
      name: 'missing required `name` of a catalog points at the catalog',
      text: derive(dropLines(14)),
      expected: ['acme.yaml:13:5  missing required field `name`  (/catalogs/0)'],
    },
    {
      name: 'missing `wire` on a provider that does not extend another',
      text: derive(dropLines(5, 11)),
      expected: ['acme.yaml:1:1  missing required field `wire` (required unless `provider.extends` is set)'],
    },
    {
      name: 'missing `text` of an entry',
      text: derive(dropLines(31)),
      expected: [`acme.yaml:29:13  missing required field \`text\`  (${E1})`],
    },
    // --- wrong types ---------------------------------------------------------
    {
      name: 'a fractional code',
      text: derive(swap('code: 1', 'code: 1.5')),
      expected: [`acme.yaml:26:19  \`code\` must be an integer or a string, not a number  (${E0}/code)`],
    },
    {
      name: '`retryable: yes` is a string in YAML 1.2, not a boolean',
      text: derive(insertAfter(28, '            retryable: yes')),
      expected: [`acme.yaml:29:24  \`retryable\` must be a boolean, not a string  (${E0}/retryable)`],
    },
    {
      name: 'a provider name that YAML reads as a number',
      text: derive(swap('name: Acme SMS', 'name: 42')),
      expected: ['acme.yaml:3:9  `name` must be a string, not an integer  (/provider/name)'],
    },
    {
      name: 'an HTTP status out of range',
      text: derive(insertAfter(28, '            httpStatus: 600')),
      expected: [`acme.yaml:29:25  \`httpStatus\` must be at most 599, not 600  (${E0}/httpStatus)`],
    },
    {
      name: '`deprecated` that is neither a boolean nor a deprecation object',
      text: derive(insertAfter(32, '            deprecated: yes')),
      expected: [
        `acme.yaml:33:25  \`deprecated\` must be \`true\`, \`false\` or an object with \`since\`, \`reason\`, \`replacedBy\`  (${E1}/deprecated)`,
      ],
    },
    // --- enum values ---------------------------------------------------------
    {
      name: 'a misspelt category suggests the right one',
      text: derive(swap('category: authentication', 'category: authentification')),
      expected: [
        `acme.yaml:28:23  \`category\` \`authentification\` is not allowed — did you mean \`authentication\`?  (${E0}/category)`,
      ],
    },
    {
      name: 'a misspelt catalog kind suggests the right one',
      text: derive(swap('kind: error-code', 'kind: error-codes')),
      expected: ['acme.yaml:15:11  `kind` `error-codes` is not allowed — did you mean `error-code`?  (/catalogs/0/kind)'],
    },
    {
      name: 'an enum value with no close match lists the allowed values',
      text: derive(swap('encoding: integer', 'encoding: number')),
      expected: [
        'acme.yaml:9:17  `encoding` `number` is not allowed; use one of: string, integer, string-or-integer  (/wire/body/code/encoding)',
      ],
    },
    // --- patterns --------------------------------------------------------------
    {
      name: 'a camelCase key',
      text: derive(swap('key: NO_FUNDS', 'key: NoFunds')),
      expected: [`acme.yaml:29:18  key \`NoFunds\` ${KEY_HINT}  (${E1}/key)`],
    },
    {
      name: 'a key with a double underscore',
      text: derive(swap('key: NO_FUNDS', 'key: NO__FUNDS')),
      expected: [`acme.yaml:29:18  key \`NO__FUNDS\` ${KEY_HINT}  (${E1}/key)`],
    },
    {
      name: 'a key starting with a digit',
      text: derive(swap('key: NO_FUNDS', 'key: 2_NO_FUNDS')),
      expected: [`acme.yaml:29:18  key \`2_NO_FUNDS\` ${KEY_HINT}  (${E1}/key)`],
    },
    {
      name: 'provider id `../evil` (path traversal)',
      text: derive(swap('id: acme', 'id: ../evil')),
      expected: [`acme.yaml:2:7  unsafe provider id \`../evil\`: ${UNSAFE_ID_HINT}  (/provider/id)`],
    },
    {
      name: 'provider id `Evil` (upper case)',
      text: derive(swap('id: acme', 'id: Evil')),
      expected: [`acme.yaml:2:7  unsafe provider id \`Evil\`: ${UNSAFE_ID_HINT}  (/provider/id)`],
    },
    {
      name: 'provider id `a/b` (a path separator)',
      text: derive(swap('id: acme', 'id: a/b')),
      expected: [`acme.yaml:2:7  unsafe provider id \`a/b\`: ${UNSAFE_ID_HINT}  (/provider/id)`],
    },
    {
      name: '`extends: ../evil` is checked like an id',
      text: derive(insertAfter(3, '  extends: ../evil')),
      expected: [`acme.yaml:4:12  unsafe provider id \`../evil\`: ${UNSAFE_ID_HINT}  (/provider/extends)`],
    },
    {
      name: 'a catalog id that is not kebab-case',
      text: derive(swap('id: api-v2', 'id: API_v2')),
      expected: ['acme.yaml:33:9  id `API_v2` is not lower-case kebab-case (e.g. `api-v1`)  (/catalogs/1/id)'],
    },
    {
      name: 'a language that is not a BCP 47 tag',
      text: derive(insertAfter(3, '  language: English')),
      expected: ['acme.yaml:4:13  `English` is not a BCP 47 language tag such as `en` or `pt-BR`  (/provider/language)'],
    },
    {
      name: 'a translation under a name that is not a BCP 47 tag points at that name, once',
      text: derive(insertAfter(28, '            translations:', '              pl: zły klucz', '              English: wrong key')),
      expected: [
        `acme.yaml:31:15  \`English\` is not a BCP 47 language tag such as \`en\` or \`pt-BR\`  (${E0}/translations/English)`,
      ],
    },
    {
      name: 'a wire pointer that is not a JSON Pointer',
      text: derive(swap('pointer: /error/code', 'pointer: error.code')),
      expected: ['acme.yaml:8:16  `error.code` is not a JSON Pointer such as `/error/code`  (/wire/body/code/pointer)'],
    },
    // --- formats and lengths --------------------------------------------------
    {
      name: 'a documentation URL without a scheme',
      text: derive(swap('documentation: https://acme.example/errors', 'documentation: acme.example/errors')),
      expected: ['acme.yaml:4:18  `acme.example/errors` is not a web address: use an https:// (or http://) URL  (/provider/documentation)'],
    },
    {
      name: 'an empty documented text',
      text: derive(swap('text: invalid key', 'text: ""')),
      expected: [`acme.yaml:27:19  \`text\` must not be empty  (${E0}/text)`],
    },
    {
      name: 'an empty provider name',
      text: derive(swap('name: Acme SMS', "name: ''")),
      expected: ['acme.yaml:3:9  `name` must not be empty  (/provider/name)'],
    },
    {
      name: 'a catalog with no section',
      text: derive(dropLines(36, 42), insertAfter(35, '    sections: []')),
      expected: ['acme.yaml:36:15  `sections` must list at least 1 item(s)  (/catalogs/1/sections)'],
    },
    // --- several schema problems in one file are all reported -----------------
    {
      name: 'every schema problem of a file at once, in line order',
      text: derive(
        swap('id: acme', 'id: Acme'),
        swap('category: authentication', 'category: auth'),
        swap('text: Tariff not found', 'text: ""'),
      ),
      expected: [
        `acme.yaml:2:7  unsafe provider id \`Acme\`: ${UNSAFE_ID_HINT}  (/provider/id)`,
        'acme.yaml:28:23  `category` `auth` is not allowed; use one of: success, in_progress, authentication, ' +
          'permission, account, insufficient_balance, quota_exceeded, rate_limit, invalid_phone_number, ' +
          'recipient_blocked, invalid_sender, invalid_message_content, invalid_parameters, scheduling, invalid_state, not_found, ' +
          `empty_result, duplicate, unsupported, unsupported_destination, delivery_failed, provider_internal_error, unspecified, unknown  (${E0}/category)`,
        'acme.yaml:41:19  `text` must not be empty  (/catalogs/1/sections/0/entries/0/text)',
      ],
    },
  ], ({ text, expected }) => {
    expect(problemsOfAcme(text)).toEqual(expected);
  });

  it('a white-label copy needs neither `wire` nor `catalogs`', () => {
    expect(problemsOf({ file: 'acme.yaml', text: BASE }, { file: 'white.yaml', text: WHITE })).toEqual([]);
  });
});

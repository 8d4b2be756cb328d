import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  BASE,
  derive,
  deriveFrom,
  dropLines,
  eachCase,
  insertAfter,
  problemsOf,
  problemsOfAcme,
  swap,
  WHITE,
  type InlineFile,
} from './helpers.ts';

/** Pointers of the base catalog's entries. */
const E0 = '/catalogs/0/sections/0/entries/0';
const E1 = '/catalogs/0/sections/0/entries/1';
const M0 = '/catalogs/1/sections/0/entries/0';
const M1 = '/catalogs/1/sections/0/entries/1';

/** A second entry in the `error-message` catalog (lines 43-45, or 43-46 with `retryable`), sharing `TARIFF_NOT_FOUND`'s text. */
function sameTextAs(category: string, ...more: string[]) {
  return insertAfter(42, '          - key: TARIFF_MISSING', '            text: Tariff not found', `            category: ${category}`, ...more);
}

/** A provider file that only extends another. */
function whiteLabel(id: string, parent: string): string {
  return deriveFrom(WHITE, swap('id: white', `id: ${id}`), swap('extends: acme', `extends: ${parent}`));
}

describe('semantic rules: one file', () => {
  eachCase<{ name: string; text: string; expected: string[] }>([
    // --- codes and keys -------------------------------------------------------
    {
      name: 'duplicate code names the first place',
      text: derive(swap('code: 2', 'code: 1')),
      expected: [
        `acme.yaml:30:19  duplicate code 1 in catalog \`api\` (\`NO_FUNDS\`): also at acme.yaml:26:19 (\`INVALID_KEY\`)  (${E1}/code)`,
      ],
    },
    {
      name: 'duplicate code in a file with CRLF line endings: same lines and columns',
      text: derive(swap('code: 2', 'code: 1')).replace(/\n/g, '\r\n'),
      expected: [
        `acme.yaml:30:19  duplicate code 1 in catalog \`api\` (\`NO_FUNDS\`): also at acme.yaml:26:19 (\`INVALID_KEY\`)  (${E1}/code)`,
      ],
    },
    {
      name: 'duplicate key names the first place',
      text: derive(swap('key: NO_FUNDS', 'key: INVALID_KEY')),
      expected: [`acme.yaml:29:18  duplicate key \`INVALID_KEY\` in catalog \`api\`: also at acme.yaml:25:18  (${E1}/key)`],
    },
    {
      name: 'code inside a reserved range',
      text: derive(swap('code: 2', 'code: 88')),
      expected: [`acme.yaml:30:19  code 88 of \`NO_FUNDS\` lies in the reserved range 88-89 (acme.yaml:21:13)  (${E1}/code)`],
    },
    {
      name: 'reserved range with `from` greater than `to`',
      text: derive(swap('to: 89', 'to: 87')),
      expected: [
        'acme.yaml:21:19  reserved range 88-87 is empty: `from` is greater than `to`  (/catalogs/0/sections/0/reserved/0/from)',
      ],
    },
    {
      name: 'code whose type differs from the catalog `codeType`',
      text: derive(swap('code: 1', 'code: "1"')),
      expected: [
        `acme.yaml:26:19  code "1" of \`INVALID_KEY\` is a string, but catalog \`api\` has integer codes  (${E0}/code)`,
      ],
    },
    {
      name: 'code on an entry of an `error-message` catalog points at the `code` field',
      text: derive(insertAfter(40, '            code: 7')),
      expected: [
        `acme.yaml:41:13  entry \`TARIFF_NOT_FOUND\` has a code, but catalog \`api-v2\` is \`error-message\` (entries are known by their text)  (${M0}/code)`,
      ],
    },
    {
      name: 'entry of an `error-code` catalog without a code',
      text: derive(dropLines(30)),
      expected: [`acme.yaml:29:13  entry \`NO_FUNDS\` has no \`code\`; every entry of an \`error-code\` catalog needs one  (${E1})`],
    },
    {
      name: 'codes of an `http-status` catalog must be HTTP statuses',
      text: derive(swap('kind: error-code', 'kind: http-status'), swap('code: 2', 'code: 600')),
      expected: [
        `acme.yaml:26:19  code 1 of \`INVALID_KEY\` is not an HTTP status (100-599)  (${E0}/code)`,
        `acme.yaml:30:19  code 600 of \`NO_FUNDS\` is not an HTTP status (100-599)  (${E1}/code)`,
      ],
    },
    // --- catalog structure ----------------------------------------------------
    {
      name: 'missing `codeType` is reported once, without a misleading reserved-range complaint',
      text: derive(dropLines(16)),
      expected: ['acme.yaml:13:5  missing required field `codeType` (an `error-code` catalog has codes)  (/catalogs/0)'],
    },
    {
      name: '`codeType` on an `error-message` catalog points at the field',
      text: derive(insertAfter(35, '    codeType: string')),
      expected: [
        'acme.yaml:36:5  `codeType` is meaningless in an `error-message` catalog: its entries have no code  (/catalogs/1/codeType)',
      ],
    },
    {
      name: 'duplicate catalog id',
      text: derive(swap('id: api-v2', 'id: api')),
      expected: ['acme.yaml:33:9  duplicate catalog id `api`: also at acme.yaml:13:9  (/catalogs/1/id)'],
    },
    {
      name: 'catalog ids whose generated names clash (`api` declares `AcmeApiKey`, the key type, that `api-key` would be)',
      text: derive(swap('id: api-v2', 'id: api-key')),
      expected: ['acme.yaml:33:9  catalog ids `api` and `api-key` would both declare `AcmeApiKey` in the generated package; rename one of them  (/catalogs/1/id)'],
    },
    {
      name: 'a catalog id that makes a name the package already has (`error-body` → the OpenAPI body schema `AcmeErrorBody`)',
      text: derive(swap('id: api-v2', 'id: error-body')),
      expected: ['acme.yaml:33:9  catalog id `error-body` would declare `AcmeErrorBody`, a name the generated package already uses; choose another id  (/catalogs/1/id)'],
    },
    {
      name: 'a catalog id that is one of the package\'s own module names (`index`, `parse`)',
      text: derive(swap('id: api-v2', 'id: index'), swap('id: api', 'id: parse')),
      expected: [
        "acme.yaml:13:9  catalog id `parse` is reserved by errcat (src/parse.ts is the package's own module); choose another, e.g. `parse-errors`  (/catalogs/0/id)",
        "acme.yaml:33:9  catalog id `index` is reserved by errcat (src/index.ts is the package's own module); choose another, e.g. `index-errors`  (/catalogs/1/id)",
      ],
    },
    // --- texts of an error-message catalog -------------------------------------
    {
      name: 'a shared text with another category',
      text: derive(sameTextAs('invalid_parameters')),
      expected: [
        'acme.yaml:45:23  `TARIFF_MISSING` shares its text with `TARIFF_NOT_FOUND` but not its meaning ' +
          `(invalid_parameters, retryable false vs not_found, retryable false); the wire cannot tell them apart  (${M1}/category)`,
      ],
    },
    {
      name: 'a shared text with the same category but another retryability points at `retryable`',
      text: derive(sameTextAs('not_found', '            retryable: true')),
      expected: [
        'acme.yaml:46:24  `TARIFF_MISSING` shares its text with `TARIFF_NOT_FOUND` but not its meaning ' +
          `(not_found, retryable true vs not_found, retryable false); the wire cannot tell them apart  (${M1}/retryable)`,
      ],
    },
    // --- deprecations -----------------------------------------------------------
    {
      name: '`replacedBy` naming no key',
      text: derive(insertAfter(32, '            deprecated:', '              replacedBy: NO_MONEY')),
      expected: [`acme.yaml:34:27  \`replacedBy: NO_MONEY\` names no entry of catalog \`api\`  (${E1}/deprecated/replacedBy)`],
    },
    {
      name: '`replacedBy` naming a key of another catalog',
      text: derive(insertAfter(32, '            deprecated:', '              replacedBy: TARIFF_NOT_FOUND')),
      expected: [
        `acme.yaml:34:27  \`replacedBy: TARIFF_NOT_FOUND\` names no entry of catalog \`api\`  (${E1}/deprecated/replacedBy)`,
      ],
    },
    {
      name: '`replacedBy` naming the entry itself',
      text: derive(insertAfter(32, '            deprecated:', '              replacedBy: NO_FUNDS')),
      expected: [`acme.yaml:34:27  \`NO_FUNDS\` cannot be replaced by itself  (${E1}/deprecated/replacedBy)`],
    },
    // --- previous keys ------------------------------------------------------------
    {
      name: 'a previous key that is a key in use in the same catalog',
      text: derive(insertAfter(32, '            previousKeys: [INVALID_KEY]')),
      expected: [
        `acme.yaml:33:28  previous key \`INVALID_KEY\` of \`NO_FUNDS\` is a key in use: acme.yaml:25:18  (${E1}/previousKeys/0)`,
      ],
    },
    // --- wire ---------------------------------------------------------------------
    {
      name: 'wire without the code field while the provider has an `error-code` catalog',
      text: derive(dropLines(7, 9)),
      expected: [
        'acme.yaml:7:5  the wire format has no `code` field, but an `error-code` catalog needs one to match entries  (/wire/body)',
      ],
    },
    {
      name: 'wire without the message field while the provider has an `error-message` catalog',
      text: derive(dropLines(10, 11)),
      expected: [
        'acme.yaml:7:5  the wire format has no `message` field, but an `error-message` catalog needs one to match entries  (/wire/body)',
      ],
    },
    // --- provider identity --------------------------------------------------------
    {
      name: '`extends` naming the provider itself',
      text: derive(insertAfter(3, '  extends: acme')),
      expected: ['acme.yaml:4:12  provider `acme` extends itself  (/provider/extends)'],
    },
  ], ({ text, expected }) => {
    expect(problemsOfAcme(text)).toEqual(expected);
  });

  eachCase<{ name: string; text: string }>([
    { name: 'the same key in two catalogs', text: derive(swap('key: TARIFF_NOT_FOUND', 'key: INVALID_KEY')) },
    { name: 'the same section id in two catalogs', text: derive(swap('id: sms', 'id: common')) },
    { name: 'a shared text with the same meaning', text: derive(sameTextAs('not_found')) },
    {
      name: 'a shared text whose retryability is the category default, written out',
      text: derive(sameTextAs('not_found', '            retryable: false')),
    },
    {
      name: 'a deprecation replaced by another entry',
      text: derive(insertAfter(32, '            deprecated:', '              replacedBy: INVALID_KEY')),
    },
    {
      name: 'a YAML anchor and alias used once',
      text: derive(swap('text: invalid key', 'text: &t invalid key'), swap('text: not enough funds', 'text: *t')),
    },
    { name: 'the code right after a reserved range', text: derive(swap('code: 2', 'code: 90')) },
    { name: 'a declared rename (a previous key no entry uses)', text: derive(insertAfter(32, '            previousKeys: [NOT_ENOUGH_FUNDS]')) },
  ], ({ text }) => {
    expect(problemsOfAcme(text)).toEqual([]);
  }, 'valid: ');
});

describe('semantic rules: provider identity and inheritance across files', () => {
  eachCase<{ name: string; files: InlineFile[]; expected: string[] }>([
    {
      name: 'provider id not matching the file name',
      files: [{ file: 'acme-sms.yaml', text: BASE }],
      expected: ['acme-sms.yaml:2:7  provider id `acme` does not match the file name; name the file `acme.yaml`  (/provider/id)'],
    },
    {
      name: 'reserved id `core`',
      files: [{ file: 'core.yaml', text: derive(swap('id: acme', 'id: core')) }],
      expected: ['core.yaml:2:7  provider id `core` is reserved by errcat (generated/core is its own)  (/provider/id)'],
    },
    {
      name: 'reserved id `node-modules`',
      files: [{ file: 'node-modules.yaml', text: derive(swap('id: acme', 'id: node-modules')) }],
      expected: [
        'node-modules.yaml:2:7  provider id `node-modules` is reserved by errcat (generated/node-modules is its own)  (/provider/id)',
      ],
    },
    {
      name: 'the same provider in a .json and a .yaml file',
      files: [
        { file: 'acme.json', text: JSON.stringify(parse(BASE), null, 2) },
        { file: 'acme.yaml', text: BASE },
      ],
      expected: ['acme.yaml:2:7  duplicate provider id `acme`: also at acme.json:3:11  (/provider/id)'],
    },
    {
      name: 'a white-label catalog whose names clash with an inherited one (`v1` and the inherited `v-1` both make `WhiteV1`)',
      files: [
        { file: 'acme.yaml', text: derive(swap('id: api-v2', 'id: v-1')) },
        { file: 'white.yaml', text: `${WHITE}catalogs:\n  - id: v1\n    name: V1\n    kind: error-message\n    sections:\n      - { id: s, title: S, entries: [] }\n` },
      ],
      expected: ['white.yaml:6:9  catalog ids `v-1` and `v1` would both declare `WhiteV1` in the generated package; rename one of them  (/catalogs/0/id)'],
    },
    {
      name: '`extends` naming a missing provider',
      files: [
        { file: 'acme.yaml', text: BASE },
        { file: 'white.yaml', text: whiteLabel('white', 'acmee') },
      ],
      expected: ['white.yaml:4:12  `extends: acmee` names no provider; known providers: acme, white  (/provider/extends)'],
    },
    {
      name: '`extends` cycle is reported in each file of the cycle',
      files: [
        { file: 'alpha.yaml', text: whiteLabel('alpha', 'beta') },
        { file: 'beta.yaml', text: whiteLabel('beta', 'alpha') },
      ],
      expected: [
        'alpha.yaml:4:12  `extends` forms a cycle: alpha → beta → alpha  (/provider/extends)',
        'beta.yaml:4:12  `extends` forms a cycle: beta → alpha → beta  (/provider/extends)',
      ],
    },
    {
      name: 'a white-label copy redefining an inherited catalog',
      files: [
        { file: 'acme.yaml', text: BASE },
        {
          file: 'white.yaml',
          text: deriveFrom(
            WHITE,
            insertAfter(
              4,
              'catalogs:',
              '  - id: api',
              '    name: API errors',
              '    kind: error-code',
              '    codeType: integer',
              '    sections:',
              '      - id: common',
              '        title: Common errors',
              '        entries: []',
            ),
          ),
        },
      ],
      expected: [
        'white.yaml:6:9  catalog `api` is inherited from `acme`; a provider that extends another adds catalogs, it does not redefine them  (/catalogs/0/id)',
      ],
    },
    {
      name: 'a white-label copy of a provider whose file fails the schema is not told the parent does not exist',
      files: [
        { file: 'acme.yaml', text: derive(swap('category: authentication', 'category: authentification')) },
        { file: 'white.yaml', text: WHITE },
      ],
      expected: [
        `acme.yaml:28:23  \`category\` \`authentification\` is not allowed — did you mean \`authentication\`?  (${E0}/category)`,
      ],
    },
  ], ({ files, expected }) => {
    expect(problemsOf(...files)).toEqual(expected);
  });
});

describe('semantic rules: wire shapes and match', () => {
  /** Further shapes after the main body (lines 12 on), and the message catalog's `match` after its `kind` line. */
  const shapes = (...lines: string[]) => insertAfter(11, '  shapes:', ...lines);
  const example = (value: string) => [`      examples:`, `        - summary: one`, `          value: ${value}`];
  eachCase<{ name: string; text: string; expected: string[] }>([
    {
      name: 'a shape that takes the main shape\'s id, and one used twice',
      text: derive(
        shapes(
          ...['body', 'list', 'list'].flatMap((id) => [`    - id: ${id}`, '      summary: s', '      format: json', '      message: { pointer: /m }', ...example('{}')]),
        ),
      ),
      expected: [
        "acme.yaml:13:11  shape id `body` is the main shape's (`wire.body`); give each shape its own id  (/wire/shapes/0/id)",
        'acme.yaml:27:11  shape id `list` is used twice; give each shape its own id  (/wire/shapes/2/id)',
      ],
    },
    {
      name: 'a json shape without fields, with a pattern; a text shape without a pattern, with pointers, and a JSON example',
      text: derive(shapes('    - id: a', '      summary: s', '      format: json', "      pattern: '^(?<code>\\d+)$'", ...example('{}'), '    - id: b', '      summary: s', '      format: text', '      items: /x', ...example('{ "error": 1 }'))),
      expected: [
        'acme.yaml:13:7  a `json` shape must name a `code` or a `message` field, or nothing could be read with it  (/wire/shapes/0)',
        'acme.yaml:16:16  a `json` shape is read with pointers; `pattern` is for `text` shapes  (/wire/shapes/0/pattern)',
        'acme.yaml:20:7  a `text` shape needs a `pattern` with a `(?<code>...)` or `(?<message>...)` group  (/wire/shapes/1)',
        'acme.yaml:23:14  a `text` shape is read with its pattern; `items` is for `json` shapes  (/wire/shapes/1/items)',
        'acme.yaml:26:18  an example of a `text` shape is the body as a string  (/wire/shapes/1/examples/0/value)',
      ],
    },
    {
      name: 'text patterns that do not compile, name no group, use a back-reference or nest quantifiers',
      text: derive(
        shapes(
          ...['(?<code>', 'ERROR:(\\d+)', '^(?<code>a)\\1$', '^(?<code>(a+)+)$'].flatMap((pattern, i) => [`    - id: t${i}`, '      summary: s', '      format: text', `      pattern: '${pattern}'`, ...example('"x"')]),
        ),
      ),
      expected: [
        'acme.yaml:16:16  the pattern does not compile as a JavaScript regular expression (flag u): Invalid regular expression: /(?<code>/u: Unterminated group  (/wire/shapes/0/pattern)',
        'acme.yaml:23:16  the pattern needs a named group `(?<code>...)` or `(?<message>...)`: it is what the parser reads  (/wire/shapes/1/pattern)',
        'acme.yaml:30:16  the pattern must not use back-references: a parser runs it on bodies from the network  (/wire/shapes/2/pattern)',
        'acme.yaml:37:16  the pattern has a quantified group holding a quantifier (like `(a+)+`), which can take exponential time on a hostile body; write it without nesting  (/wire/shapes/3/pattern)',
      ],
    },
    {
      name: '`match` naming a shape the wire lacks, a pointer into a text shape, and a shape without the field',
      text: derive(
        shapes('    - id: plain', '      summary: s', '      format: text', "      pattern: '^ERROR:(?<code>\\d+)$'", ...example('"ERROR:1"')),
        swap('    kind: error-message', '    kind: error-message\n    match:\n      - shape: nowhere\n      - shape: plain\n        pointer: /x\n      - shape: plain'),
      ),
      expected: [
        'acme.yaml:45:16  no wire shape `nowhere`; the wire has `body`, `plain`  (/catalogs/1/match/0/shape)',
        "acme.yaml:47:18  shape `plain` is plain text: it is read through its pattern's `message` group, not a pointer  (/catalogs/1/match/1/pointer)",
        'acme.yaml:48:9  the pattern of shape `plain` has no `(?<message>...)` group to match on  (/catalogs/1/match/2)',
      ],
    },
  ], ({ text, expected }) => {
    expect(problemsOfAcme(text)).toEqual(expected);
  });
});

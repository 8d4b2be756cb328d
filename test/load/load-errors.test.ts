import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../generator/vocabulary/limits.ts';
import { readCatalogFile } from '../../generator/load/read-catalog-files.ts';
import { formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../generator/validate/validate-catalogs.ts';
import { BASE, derive, eachCase, insertAfter, problemsOf, problemsOfAcme, swap } from '../validate/helpers.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'errcat-validate-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes bytes to a temp file, reads it with `readCatalogFile` (shown as `file`) and validates it: every problem, formatted. */
async function problemsOfBytes(file: string, bytes: Uint8Array): Promise<string[]> {
  const absolute = path.join(tmp, file);
  writeFileSync(absolute, bytes);
  const loaded = await readCatalogFile(absolute, file);
  if (!loaded.ok) return loaded.diagnostics.map(formatDiagnostic);
  return validateCatalogs([loaded.catalog]).diagnostics.map(formatDiagnostic);
}

/** The text with `@@` replaced by raw bytes (that need not be UTF-8). */
function withBytes(text: string, bytes: number[]): Uint8Array {
  const [before, after, ...rest] = text.split('@@');
  if (after === undefined || rest.length > 0) throw new Error('withBytes: the text must hold `@@` once');
  return Buffer.concat([Buffer.from(before ?? '', 'utf8'), Buffer.from(bytes), Buffer.from(after, 'utf8')]);
}

/** A flow sequence nested `depth` times, e.g. `[[[]]]` for 3. */
function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/**
 * With `  notes: [[[...` on line 5, the root map is at depth 0, `provider` at 1 and
 * the first `[` (column 10) at 2: the first node nested deeper than the limit
 * (depth 64, the 65th level) is the 63rd `[`, at column 72, reached by 62 indexes.
 */
const TOO_DEEP = `acme.yaml:5:72  document is nested deeper than ${LIMITS.maxDepth} levels  (/provider/notes${'/0'.repeat(62)})`;

/** A billion-laughs document: nine levels of nine aliases each (9^9 strings once expanded). */
const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(
    ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map(
      (name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`,
    ),
  )
  .join('\n');

describe('malformed YAML and documents that are not a map are refused with the line and column', () => {
  eachCase<{ name: string; text: string; expected: string[] }>([
    {
      name: 'an empty file',
      text: '',
      expected: ['acme.yaml:1:1  the document must be an object, not null'],
    },
    {
      // Found by the invalid-catalogs property: js-yaml reads the text with a newline added and marked line 2.
      name: 'a block scalar indicator at the very end of a file without a final newline',
      text: '|',
      expected: ['acme.yaml:1:2  invalid YAML: missing indentation for block scalar'],
    },
    {
      name: 'a file of comments only',
      text: '# yaml-language-server: $schema=../catalog.schema.json\n',
      expected: ['acme.yaml:1:1  the document must be an object, not null'],
    },
    {
      name: 'a file holding a string, not a map',
      text: 'Acme SMS errors\n',
      expected: ['acme.yaml:1:1  the document must be an object, not a string'],
    },
    {
      name: 'a tab used as indentation is reported once, without parser-recovery noise on the valid lines after it',
      text: derive(swap('  id: acme', '\tid: acme')),
      expected: ['acme.yaml:2:1  invalid YAML: Tabs are not allowed as indentation'],
    },
    {
      name: 'an unquoted text holding `: `',
      text: derive(swap('text: invalid key', 'text: Error: invalid key')),
      expected: ['acme.yaml:27:19  invalid YAML: Nested mappings are not allowed in compact mappings'],
    },
    {
      name: 'an unclosed quote points at the opening quote, not at the end of the file',
      text: derive(swap('text: invalid key', 'text: "invalid key')),
      expected: ['acme.yaml:27:19  invalid YAML: Missing closing "quote'],
    },
    {
      name: 'a second YAML document, in words meant for a catalog author (no YAML library API advice)',
      text: derive(insertAfter(42, '---', 'provider: {id: other, name: Other}')),
      expected: ['acme.yaml:43:1  invalid YAML: Source contains multiple documents'],
    },
    {
      name: 'a duplicate YAML key in a catalog',
      text: derive(insertAfter(14, '    name: API errors, again')),
      expected: ['acme.yaml:15:5  duplicate key: map keys must be unique'],
    },
    {
      name: 'a duplicate YAML key in an entry (YAML would silently keep the last)',
      text: derive(insertAfter(27, '            text: invalid API key')),
      expected: ['acme.yaml:28:13  duplicate key: map keys must be unique'],
    },
    {
      name: 'a control character alone is located on itself, not past the end of the file',
      text: '\u0001',
      expected: ['acme.yaml:1:1  invalid YAML: a control or non-printable character (U+0001) in the text; write it as an escape in a double-quoted string, e.g. "\\u0001"'],
    },
    {
      name: 'a control character inside a quoted text is located on itself',
      text: 'provider:\n  id: acme\n  name: "Ac\u0007me"\n',
      expected: ['acme.yaml:3:12  invalid YAML: a control or non-printable character (U+0007) in the text; write it as an escape in a double-quoted string, e.g. "\\u0007"'],
    },
    {
      name: 'a control character in a plain text that goes on to the next line is located on itself, not on the next line',
      text: 'provider:\n  id: acme\n  name: Ac\u0001me\n    SMS\n',
      expected: ['acme.yaml:3:11  invalid YAML: a control or non-printable character (U+0001) in the text; write it as an escape in a double-quoted string, e.g. "\\u0001"'],
    },
    {
      name: 'a null byte is located on itself',
      text: 'provider:\n  id: acme\n  name: "Ac\u0000me"\n',
      expected: ['acme.yaml:3:12  invalid YAML: a control or non-printable character (U+0000) in the text; write it as an escape in a double-quoted string, e.g. "\\u0000"'],
    },
    {
      name: 'a lone low surrogate is located on itself',
      text: 'provider:\n  id: acme\n  name: x\udc00\n',
      expected: ['acme.yaml:3:10  invalid YAML: a control or non-printable character (U+DC00) in the text; write it as an escape in a double-quoted string, e.g. "\\uDC00"'],
    },
  ], ({ text, expected }) => {
    expect(problemsOfAcme(text)).toEqual(expected);
  });
});

describe('hostile input is refused quickly', () => {
  it('a YAML alias bomb, in well under 2 s', () => {
    const started = performance.now();
    const problems = problemsOf({ file: 'bomb.yaml', text: ALIAS_BOMB });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problems).toEqual([
      'bomb.yaml:1:1  aliases expand the document to 4.9e+8 values from 10 objects (refused as an alias bomb)',
    ]);
  });

  it(`nesting one level past the limit (${LIMITS.maxDepth + 1} levels) points at the first node too deep`, () => {
    // Levels: the root map, `provider`, then 63 brackets.
    expect(problemsOfAcme(derive(insertAfter(4, `  notes: ${nested(63)}`)))).toEqual([TOO_DEEP]);
  });

  it('nesting 10,000 levels deep is refused the same way, quickly, not with a stack overflow', () => {
    const started = performance.now();
    const problems = problemsOfAcme(derive(insertAfter(4, `  notes: ${nested(10_000)}`)));
    expect(performance.now() - started).toBeLessThan(2000);
    // The parsers overflow before any depth check; it cannot be located, but it is refused the same way every time.
    expect(problems).toEqual([`acme.yaml:1:1  document is nested too deeply to read (over ${LIMITS.maxDepth} levels)`]);
  });

  it('a number JSON cannot hold (.inf, -.inf, .nan) is refused where it stands, the first in the file first', () => {
    // catalog.json would write it as null, and the next run, reading that back, would see a change that never happened.
    const NOT_JSON = '`.inf`, `-.inf` and `.nan` are numbers JSON cannot hold, and catalog.json, the OpenAPI fragment and the wire are JSON: write a finite number, or the text as a string';
    expect(problemsOfAcme(derive(insertAfter(4, '  notes: [1, -.inf, .nan]')))).toEqual([`acme.yaml:5:14  ${NOT_JSON}  (/provider/notes/1)`]);
    expect(problemsOfAcme(derive(insertAfter(4, '  notes: [[2, .NaN], .inf]')))).toEqual([`acme.yaml:5:15  ${NOT_JSON}  (/provider/notes/0/1)`]);
    expect(problemsOfAcme(derive(insertAfter(4, '  notes: { a: .Inf }')))).toEqual([`acme.yaml:5:15  ${NOT_JSON}  (/provider/notes/a)`]);
    // Large finite numbers are JSON numbers: the schema judges them.
    expect(problemsOfAcme(derive(insertAfter(4, '  notes: 1e300')))).toEqual(['acme.yaml:5:10  `notes` must be a string, not an integer  (/provider/notes)']);
  });

  it(`nesting of exactly ${LIMITS.maxDepth} levels passes the limit (and fails only the schema)`, () => {
    // Levels: the root map, `provider`, then 62 brackets.
    expect(problemsOfAcme(derive(insertAfter(4, `  notes: ${nested(62)}`)))).toEqual([
      'acme.yaml:5:10  `notes` must be a string, not an array  (/provider/notes)',
    ]);
  });
});

describe('files are refused before parsing when their bytes are wrong', () => {
  it('invalid UTF-8 points at the first invalid byte (a Windows-1250 `ą` after `zł`)', async () => {
    const bytes = withBytes(derive(swap('text: invalid key', 'text: zł@@d key')), [0xb9]);
    expect(await problemsOfBytes('bad.yaml', bytes)).toEqual(['bad.yaml:27:21  file is not valid UTF-8']);
  });

  it('a file over the size limit, without reading it', async () => {
    const absolute = path.join(tmp, 'big.yaml');
    writeFileSync(absolute, '');
    truncateSync(absolute, LIMITS.maxFileBytes + 1); // sparse: instant, and no disk used
    const started = performance.now();
    const loaded = await readCatalogFile(absolute, 'big.yaml');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(loaded.ok ? [] : loaded.diagnostics.map(formatDiagnostic)).toEqual([
      `big.yaml:1:1  file is ${LIMITS.maxFileBytes + 1} bytes, over the ${LIMITS.maxFileBytes}-byte limit for a catalog`,
    ]);
  });

  it('a UTF-8 byte-order mark is accepted and does not shift columns', async () => {
    const bom = [0xef, 0xbb, 0xbf];
    expect(await problemsOfBytes('acme.yaml', withBytes('@@' + BASE, bom))).toEqual([]);
    expect(await problemsOfBytes('acme.yaml', withBytes('@@' + derive(swap('code: 2', 'code: 1')), bom))).toEqual([
      'acme.yaml:30:19  duplicate code 1 in catalog `api` (`NO_FUNDS`): also at acme.yaml:26:19 (`INVALID_KEY`)  ' +
        '(/catalogs/0/sections/0/entries/1/code)',
    ]);
  });
});

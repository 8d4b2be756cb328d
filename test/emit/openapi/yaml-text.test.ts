import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlBytes } from '../../../generator/emit/openapi/yaml-text.ts';

/** The writer's bytes as text. */
const yamlText = (value: unknown) => Buffer.concat(yamlBytes(value)).toString('utf8');

describe('yamlBytes', () => {
  it('writes YAML that reads back as the same JSON value, for any JSON value (property)', () => {
    const runs = Number(process.env.ERRCAT_PROPERTY_RUNS ?? 300);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        // JSON has no -0; YAML keeps it, JSON.stringify does not.
        const json = JSON.parse(JSON.stringify(value)) as unknown;
        expect(parse(yamlText(json))).toEqual(json);
      }),
      { numRuns: runs },
    );
  });

  it('keeps strings YAML would read as something else quoted', () => {
    const table: [string, string][] = [
      ['yes', 'k: "yes"\n'],
      ['1.0', 'k: "1.0"\n'],
      ['a: b', 'k: "a: b"\n'],
      ['#/components/schemas/X', 'k: "#/components/schemas/X"\n'],
      ['', 'k: ""\n'],
      ['plain text', 'k: plain text\n'],
      ['line\u2028sep \u202Eevil', 'k: "line\\u2028sep \\u202eevil"\n'],
    ];
    for (const [given, want] of table) expect(yamlText({ k: given })).toBe(want);
  });

  it('writes nested lists and maps in block style with list items on the dash line', () => {
    expect(yamlText({ a: [{ b: 1, c: [2, 3] }, [], {}], d: {} })).toBe('a:\n  - b: 1\n    c:\n      - 2\n      - 3\n  - []\n  - {}\nd: {}\n');
  });
});

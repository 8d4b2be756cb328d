import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatalogText, parseRecordText, type ParseResult } from '../../generator/load/parse-catalog-text.ts';
import { formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { LIMITS } from '../../generator/vocabulary/limits.ts';

const GENERATED = path.resolve(import.meta.dirname, '../../generated');

/** What a parse gave, comparable: the value, or the problems as printed. */
function outcome(result: ParseResult): unknown {
  return result.ok ? { value: result.catalog.value } : { problems: result.diagnostics.map(formatDiagnostic) };
}

/** The records errcat wrote for the shipped catalogs (generated/<provider>/catalog.json). */
const records = readdirSync(GENERATED, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'core')
  .map((entry) => ({ id: entry.name, text: readFileSync(path.join(GENERATED, entry.name, 'catalog.json'), 'utf8') }));

describe('parseRecordText: a catalog.json read as the JSON errcat writes', () => {
  it('reads every record errcat wrote as the catalog parser reads it', () => {
    expect(records.length).toBeGreaterThanOrEqual(5);
    for (const { id, text } of records) {
      const record = parseRecordText(`generated/${id}/catalog.json`, id, text);
      expect(record.ok).toBe(true);
      expect(outcome(record)).toEqual(outcome(parseCatalogText(`generated/${id}/catalog.json`, id, text)));
    }
  });

  it('locates what is wrong in a record that is not JSON as the catalog parser does (it reads it)', () => {
    const texts = [
      'provider: {id: acme, name: Acme}\nwire: [1, 2\n', // YAML, with a syntax error
      '{"provider": {"id": "acme"}, "catalogs": [ ]] }', // JSON with a syntax error
      'provider:\n  id: acme\n  id: acme\n', // YAML with a key written twice
      '{"provider": {"id": "acme", "notes": .nan}}', // not JSON: YAML's `.nan`, which the YAML parser reads
    ];
    for (const text of texts) {
      const record = parseRecordText('acme/catalog.json', 'acme', text);
      expect(record.ok).toBe(false);
      expect(outcome(record)).toEqual(outcome(parseCatalogText('acme/catalog.json', 'acme', text)));
    }
  });

  it('bounds what JSON reads as any catalog is bounded: nesting and key length, located in the text', () => {
    const deep = `{"provider": {"id": "acme", "notes": ${'['.repeat(LIMITS.maxDepth + 5)}${']'.repeat(LIMITS.maxDepth + 5)}}}`;
    const longKey = `{"provider": {"id": "acme"},\n "${'k'.repeat(LIMITS.maxKeyLength + 1)}": 1}`;
    for (const text of [deep, longKey]) {
      const record = parseRecordText('acme/catalog.json', 'acme', text);
      expect(record.ok).toBe(false);
      expect(outcome(record)).toEqual(outcome(parseCatalogText('acme/catalog.json', 'acme', text)));
    }
    expect(outcome(parseRecordText('acme/catalog.json', 'acme', longKey))).toEqual({
      problems: [`acme/catalog.json:2:2  a map key of ${LIMITS.maxKeyLength + 1} characters, over the limit of ${LIMITS.maxKeyLength} for a key`],
    });
  });

  it('counts the values of a record against its objects as the catalog parser does, though JSON shares none', () => {
    const values = LIMITS.maxExpandedNodes(3) + 1;
    const text = `{"provider": {"id": "acme"}, "notes": [${'0,'.repeat(values - 1)}0]}`;
    const record = parseRecordText('acme/catalog.json', 'acme', text);
    expect(record.ok).toBe(false);
    expect(outcome(record)).toEqual(outcome(parseCatalogText('acme/catalog.json', 'acme', text)));
    const fewer = `{"provider": {"id": "acme"}, "notes": [${'0,'.repeat(values - 10)}0]}`;
    expect(outcome(parseRecordText('acme/catalog.json', 'acme', fewer))).toEqual(outcome(parseCatalogText('acme/catalog.json', 'acme', fewer)));
    expect(parseRecordText('acme/catalog.json', 'acme', fewer).ok).toBe(true);
  });

  it('refuses a number JSON.parse reads as infinite, located, as the catalog parser does', () => {
    const text = '{"provider": {"id": "acme"},\n "wire": {"body": {"examples": [{"summary": "s", "value": 1e400}]}}}';
    const record = parseRecordText('acme/catalog.json', 'acme', text);
    expect(record.ok).toBe(false);
    expect(outcome(record)).toEqual(outcome(parseCatalogText('acme/catalog.json', 'acme', text)));
    expect(outcome(record)).toEqual({ problems: [expect.stringMatching(/^acme\/catalog\.json:2:59 .*JSON cannot hold.*\(\/wire\/body\/examples\/0\/value\)$/)] });
  });

  it('takes JSON’s reading where JSON and YAML read a text apart: a key written twice holds its last value, and is found there', () => {
    const text = '{"provider": {"id": "acme", "name": "First", "name": "Last"}}';
    expect(parseCatalogText('acme/catalog.json', 'acme', text).ok).toBe(false);
    expect(outcome(parseRecordText('acme/catalog.json', 'acme', text))).toEqual({ value: { provider: { id: 'acme', name: 'Last' } } });
    // A problem inside the value that counts is placed on it, not on the earlier one JSON dropped.
    const twice = `{"provider": {"id": "acme"},\n "notes": {"a": 1},\n "notes": {"${'k'.repeat(LIMITS.maxKeyLength + 1)}": 1}}`;
    expect(outcome(parseRecordText('acme/catalog.json', 'acme', twice))).toEqual({
      problems: [`acme/catalog.json:3:12  a map key of ${LIMITS.maxKeyLength + 1} characters, over the limit of ${LIMITS.maxKeyLength} for a key  (/notes)`],
    });
  });
});

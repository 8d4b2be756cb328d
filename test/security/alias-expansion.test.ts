import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../generator/vocabulary/limits.ts';
import { ACME_YAML } from '../catalogs/test-catalogs.ts';
import { expectRefused, hostileProject, withProviderLine, type HostileProject } from './helpers/hostile-project.ts';

/**
 * Finding: the alias-bomb check counted values, not characters, so 10,000
 * aliases of one 1 MB string passed it; ajv then measured every copy
 * (`ucs2length`, 38 s), and the same string used as a map key took 92 s and
 * 2.5 GB before an unhandled RangeError. The expanded size now counts every
 * string's and key's full length at each use, and map keys are bounded before
 * ajv sees them.
 */

/** A 1 MB string (one ASCII character repeated), anchored as `&s` in `provider.notes` on line 4. */
const ANCHORED = withProviderLine(ACME_YAML, `  notes: &s "${'x'.repeat(1 << 20)}"`);

/** `count` aliases of the anchored string, comma-separated. */
const aliases = (count: number, alias = '*s') => Array(count).fill(alias).join(', ');

let project: HostileProject;
beforeEach(() => {
  project = hostileProject();
});
afterEach(() => project.remove());

describe('aliases that multiply a long string are refused as an alias bomb, located where they expand', () => {
  it('10,000 aliases of a 1 MB string as the causes of an entry (10 GB expanded)', async () => {
    // Line 30 (after the added notes line): `causes:` of the first entry, whose `[` is at column 21.
    const text = ANCHORED.replace('            category: authentication\n', `            category: authentication\n            causes: [${aliases(10_000)}]\n`);
    project.write('acme.yaml', text);
    expectRefused(await project.run('validate'), [
      `errcat/catalogs/acme.yaml:30:21  aliases expand this value to 1.0e+10 characters, over the limit of ${LIMITS.maxExpandedChars(text.length)} ` +
        `for a text of ${text.length} characters (refused as an alias bomb)  (/catalogs/0/sections/0/entries/0/causes)`,
    ]);
  });

  it('the same string as the translation tag of 10,000 entries (each a schema error quoting the key)', async () => {
    const line = (i: number) => `          - { key: E${i}, code: ${100 + i}, text: t, category: unknown, translations: { *s : x } }\n`;
    const entries = Array.from({ length: 10_000 }, (_, i) => line(i)).join('');
    project.write('acme.yaml', ANCHORED.replace('        entries:\n', `        entries:\n${entries}`));
    // The first key over the length limit, in file order, is refused before anything else looks at it: line 26,
    // located at its map (an alias key has no place of its own in the text).
    const column = line(0).indexOf('{ *s') + 1;
    expectRefused(await project.run('validate'), [
      `errcat/catalogs/acme.yaml:26:${column}  a map key of ${1 << 20} characters, over the limit of ${LIMITS.maxKeyLength} for a key  (/catalogs/0/sections/0/entries/0/translations)`,
    ]);
  });

  it('a short text repeated through aliases within the limit is still fine', async () => {
    const text = withProviderLine(ACME_YAML, '  notes: &s "shared note"').replace('            category: authentication\n', `            category: authentication\n            causes: [${aliases(100)}]\n`);
    project.write('acme.yaml', text);
    const result = await project.run('validate');
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('map keys are bounded in length before the schema sees them', () => {
  it('a 200,000-character translation tag, not aliased', async () => {
    // Line 29: `translations:` of the first entry; its key at column 15.
    project.write('acme.yaml', ACME_YAML.replace('            category: authentication\n', `            category: authentication\n            translations: { ${'p'.repeat(200_000)}: x }\n`));
    expectRefused(await project.run('validate'), [
      `errcat/catalogs/acme.yaml:29:29  a map key of 200000 characters, over the limit of ${LIMITS.maxKeyLength} for a key  (/catalogs/0/sections/0/entries/0/translations)`,
    ]);
  });
});

import { toString } from 'mdast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compileModule } from '../../generator/emit/typescript/compile-module.ts';
import type { CatalogFile, Entry } from '../../generator/types/catalog.ts';
import { catalogSetArbitrary } from '../e2e/property/helpers/catalog-set.ts';
import { contentOf, generate, generateFromTexts, SCOPE, type Generated } from '../e2e/property/helpers/generate.ts';
import { installPackages, type InstalledPackages } from '../e2e/property/helpers/installed-packages.ts';
import { propertyTest } from '../e2e/property/helpers/property-runs.ts';

/**
 * Trojan Source (CVE-2021-42574): a catalog text holding a bidirectional
 * control, a zero-width or other format character, a line separator or a
 * C0/C1 control must reach no generated file raw — a reviewer of the
 * `generated/` diff would see the text reordered or hidden — yet every lookup
 * of the generated packages must still return exactly the documented string.
 *
 * One catalog carries each such character in every text field (entry texts,
 * summaries, translations, notes, causes, solutions, section titles, reserved
 * ranges, catalog and provider names, wire descriptions and examples, string
 * codes, messages and a wire pointer). The test's own list of characters is
 * written here, independently of the generator's definition.
 */

const code = (c: string) => c.codePointAt(0)!;
const label = (c: string) => `U+${code(c).toString(16).toUpperCase().padStart(4, '0')}`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

/** Every character a reviewer cannot see, or that reorders what they see. */
const CHARACTERS: readonly string[] = [
  // Bidirectional embeddings, overrides, isolates and marks.
  ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), '\u200e', '\u200f', '\u061c',
  // Zero-width and other invisible format characters.
  ...range(0x200b, 0x200d), ...range(0x2060, 0x2064), '\ufeff', '\u00ad', '\u180e',
  // Other format characters (\p{Cf}), in and beyond the BMP.
  '\u0600', '\u06dd', '\u070f', '\u08e2', '\ufff9', '\u{110bd}', '\u{1bca0}', '\u{1d173}', '\u{e0001}', '\u{e0041}',
  // Line and paragraph separators.
  '\u2028', '\u2029',
  // C0 controls, DEL and C1 controls.
  ...range(0x00, 0x1f), '\u007f', ...range(0x80, 0x9f),
];

/** What the scan looks for: the list above, by category (line feeds excepted: every text file has them). */
const RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Line breaks and tabs, which Markdown shows as `<br>` and a space rather than by code point. */
const LAID_OUT = /[\t\n\r\u2028\u2029]/;

const key = (c: string) => `CHAR_${code(c).toString(16).toUpperCase()}`;
const around = (prefix: string, c: string) => `${prefix}<${c}>`;

/** The catalog: one entry per character in each catalog, each text field holding it. */
function trojanCatalog(): CatalogFile {
  const entry = (c: string, i: number): Entry => ({
    key: key(c),
    code: i + 1,
    text: around('text', c),
    summary: around('summary', c),
    type: `Type${i}`,
    category: 'unknown',
    translations: { pl: around('pl', c) },
    notes: around('notes', c),
    causes: [around('cause', c)],
    solutions: [around('solution', c)],
    deprecated: { reason: around('reason', c) },
  });
  return {
    provider: {
      id: 'trojan',
      name: `Trojan ${'\u202e\u2066\u200b\u0000'} SMS`,
      documentation: 'https://trojan.example/errors',
      description: CHARACTERS.join(''),
      notes: CHARACTERS.join(''),
    },
    wire: {
      httpStatuses: [{ status: 400, description: `Bad ${CHARACTERS.join('')} request` }],
      body: {
        code: { pointer: '/error/code', encoding: 'string-or-integer', description: CHARACTERS.join('') },
        message: { pointer: '/error/mess\u202eage', description: CHARACTERS.join('') },
        type: { pointer: '/error/type', description: CHARACTERS.join('') },
        details: { pointer: '/details', description: CHARACTERS.join('') },
        examples: [{ summary: CHARACTERS.join(''), value: { error: { code: 1, ['mess\u202eage']: CHARACTERS.join('') } } }],
      },
      notes: CHARACTERS.join(''),
    },
    catalogs: [
      {
        id: 'codes',
        name: `Codes \u202e\u200b`,
        description: CHARACTERS.join(''),
        kind: 'error-code',
        codeType: 'integer',
        sections: [
          {
            id: 'all',
            title: `All ${CHARACTERS.join('')}`,
            reserved: [{ from: 1000, to: 1001, text: CHARACTERS.join('') }],
            entries: CHARACTERS.map(entry),
          },
        ],
      },
      {
        id: 'statuses',
        name: 'Statuses',
        kind: 'delivery-status',
        codeType: 'string',
        sections: [{ id: 'all', title: 'All', entries: CHARACTERS.map((c) => ({ key: key(c), code: around('s', c), text: around('status', c), category: 'unknown' })) }],
      },
      {
        id: 'messages',
        name: 'Messages',
        kind: 'error-message',
        sections: [{ id: 'all', title: 'All', entries: CHARACTERS.map((c) => ({ key: key(c), text: around('message', c), category: 'unknown' })) }],
      },
    ],
  };
}

/** JSON text with every character beyond printable ASCII escaped, so the catalog file itself holds none raw. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[^\n\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `path: U+XXXX ×n` for each invisible character a text holds raw (line feeds excepted). */
function rawCharacters(path: string, text: string): string[] {
  const counts = new Map<string, number>();
  for (const [c] of text.matchAll(RAW)) if (c !== '\n') counts.set(label(c), (counts.get(label(c)) ?? 0) + 1);
  return [...counts].map(([l, n]) => `${path}: ${l} ×${n}`);
}

const input = trojanCatalog();
let generated: Generated;
let installed: InstalledPackages;
let trojan: Record<string, unknown>;

beforeAll(async () => {
  generated = generateFromTexts([{ path: 'catalogs/trojan.json', stem: 'trojan', text: asciiJson(input), value: input }]);
  installed = await installPackages(generated.files, SCOPE);
  trojan = await installed.load('trojan');
});

afterAll(async () => {
  await installed?.remove();
});

describe('invisible and bidirectional characters', () => {
  it('appear raw in no generated file (every byte of every file scanned)', () => {
    expect(generated.files.length).toBeGreaterThan(20);
    expect(generated.files.flatMap((f) => rawCharacters(f.path, f.content))).toEqual([]);
  });

  it('stay escaped when TypeScript compiles each module whole (the printer does not turn them back into characters)', () => {
    const modules = generated.files.filter((f) => f.path.endsWith('.ts') && f.path.includes('/src/'));
    expect(modules.length).toBeGreaterThan(4);
    for (const module of modules) {
      const { js, dts } = compileModule(module.path, module.content);
      expect([...rawCharacters(`${module.path} → js`, js), ...rawCharacters(`${module.path} → d.ts`, dts)]).toEqual([]);
    }
    // The compiled JavaScript writes them as escapes.
    expect(contentOf(generated, 'trojan/dist/codes.js')).toMatch(/text<\\u202e>/i);
  });

  it('come back exactly from every lookup of the generated package (plain Node imports dist/)', () => {
    const byCode = trojan.lookupTrojanCodes as (code: unknown) => Record<string, unknown> | undefined;
    const byStatus = trojan.lookupTrojanStatuses as (code: unknown) => Record<string, unknown> | undefined;
    const byMessage = trojan.lookupTrojanMessagesByMessage as (message: unknown) => Record<string, unknown> | undefined;
    const statuses = trojan.TrojanStatuses as Record<string, string>;
    CHARACTERS.forEach((c, i) => {
      const where = label(c);
      const entry = byCode(i + 1);
      expect(
        {
          text: entry?.text,
          summary: entry?.summary,
          translations: entry?.translations,
          notes: entry?.notes,
          causes: entry?.causes,
          solutions: entry?.solutions,
          section: entry?.section,
        },
        where,
      ).toEqual({
        text: around('text', c),
        summary: around('summary', c),
        translations: { pl: around('pl', c) },
        notes: around('notes', c),
        causes: [around('cause', c)],
        solutions: [around('solution', c)],
        section: `All ${CHARACTERS.join('')}`,
      });
      expect(statuses[key(c)], where).toBe(around('s', c));
      expect(byStatus(around('s', c))?.text, where).toBe(around('status', c));
      expect(byMessage(around('message', c))?.key, where).toBe(key(c));
    });
    expect((trojan.trojanCodesReserved as { text: string }[])[0]!.text).toBe(CHARACTERS.join(''));
    expect((trojan.trojanProvider as { name: string }).name).toBe(input.provider.name);
  });

  it('are read from the wire through a pointer that holds one', () => {
    const parse = trojan.parseTrojanError as (raw: unknown) => Record<string, unknown>;
    const c = '\u202e';
    const result = parse({ error: { ['mess\u202eage']: around('message', c) } });
    expect({ known: result.known, key: result.key, message: result.message }).toEqual({ known: true, key: key(c), message: around('message', c) });
  });

  it('parse back from catalog.json, package.json and openapi.yaml as the same strings', () => {
    const catalog = JSON.parse(contentOf(generated, 'trojan/catalog.json')) as CatalogFile;
    expect(catalog.provider.name).toBe(input.provider.name);
    expect(catalog.wire).toMatchObject(input.wire!);
    // Entries by catalog and key (the model sorts them by code, which for string codes is not the input's order).
    const byKey = (file: CatalogFile) =>
      Object.fromEntries(file.catalogs!.map((c) => [c.id, Object.fromEntries(c.sections.flatMap((s) => s.entries).map((e) => [e.key, [e.code, e.text, e.summary]]))]));
    expect(byKey(catalog)).toEqual(byKey(input));
    const pkg = JSON.parse(contentOf(generated, 'trojan/package.json')) as { description: string };
    expect(pkg.description).toContain(input.provider.name);
    const openapi = parseYaml(contentOf(generated, 'trojan/openapi.yaml')) as { components: { schemas: Record<string, Record<string, unknown>> } };
    expect(openapi.components.schemas.TrojanCodes!['x-enum-descriptions']).toEqual(CHARACTERS.map((c) => around('text', c)));
    expect([...(openapi.components.schemas.TrojanStatuses!.enum as string[])].sort()).toEqual(CHARACTERS.map((c) => around('s', c)).sort());
    expect(openapi.components.schemas.TrojanErrorBody!.examples).toEqual(input.wire!.body.examples!.map((e) => e.value));
  });

  it('show in the README by code point, as `<U+202E>`', () => {
    const readme = contentOf(generated, 'trojan/README.md');
    const shown = toString(fromMarkdown(readme, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] }));
    for (const c of CHARACTERS.filter((c) => !LAID_OUT.test(c))) {
      expect(shown, label(c)).toContain(`text<<${label(c)}>>`);
      expect(shown, label(c)).toContain(`summary<<${label(c)}>>`);
    }
  });

  // Random valid catalog sets put hostile texts (bidirectional controls, zero-width characters, controls, emoji) in every field.
  propertyTest('appear raw in no generated file, for any valid catalog set', { defaultRuns: 40, perCaseMs: 1_500 }, catalogSetArbitrary, (set) => {
    const { files } = generate(set);
    expect(files.flatMap((f) => rawCharacters(f.path, f.content))).toEqual([]);
  });
});

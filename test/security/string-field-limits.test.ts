import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogSchema } from '../../generator/vocabulary/catalog-schema.ts';
import { configSchema } from '../../generator/vocabulary/config-schema.ts';
import { LIMITS } from '../../generator/vocabulary/limits.ts';
import { expectRefused, hostileProject, type HostileProject } from './helpers/hostile-project.ts';

/**
 * Finding: most text fields had no length limit, so a 200 KB section title in
 * a catalog of 5,000 entries passed validation and `generate` died at 2.1 GB
 * with `Invalid string length` (the title is repeated into every entry's
 * output). Every string of the schema now has a `maxLength`, from the limits
 * in `generator/vocabulary/limits.ts`.
 */

/** Every subschema of a schema that accepts strings, with its JSON Pointer in the schema. */
function stringSchemas(schema: unknown, at = ''): { at: string; schema: Record<string, unknown> }[] {
  if (schema === null || typeof schema !== 'object') return [];
  const node = schema as Record<string, unknown>;
  const types = Array.isArray(node.type) ? node.type : [node.type];
  const own = types.includes('string') ? [{ at, schema: node }] : [];
  const children = Object.entries(node).flatMap(([key, child]) => stringSchemas(child, `${at}/${key}`));
  return [...own, ...children];
}

describe('every string of the schemas is bounded', () => {
  it.each([
    ['catalog', catalogSchema],
    ['config', configSchema],
  ])('the %s schema: each string has a maxLength (or a closed enum)', (_, schema) => {
    const strings = stringSchemas(schema);
    expect(strings.length).toBeGreaterThan(3);
    const unbounded = strings.filter((s) => s.schema.maxLength === undefined && s.schema.enum === undefined).map((s) => s.at);
    expect(unbounded).toEqual([]);
  });

  it('the catalog schema takes its limits from limits.ts: long texts, documented texts, URLs, or a short text at most', () => {
    const known = new Set<number>([LIMITS.maxLongText, LIMITS.maxDocumentedText, LIMITS.maxUrl]);
    const odd = stringSchemas(catalogSchema)
      .filter((s) => typeof s.schema.maxLength === 'number')
      .filter((s) => !known.has(s.schema.maxLength as number) && (s.schema.maxLength as number) > LIMITS.maxShortText)
      .map((s) => `${s.at}: ${String(s.schema.maxLength)}`);
    expect(odd).toEqual([]);
  });
});

describe('an over-long text is refused by the schema, located on it', () => {
  let project: HostileProject;
  beforeEach(() => {
    project = hostileProject();
  });
  afterEach(() => project.remove());

  it('a 200 KB section title in a catalog of 5,000 entries: generate stops at the title, writing nothing', async () => {
    const entries = Array.from({ length: 5000 }, (_, i) => `          - { key: E${i}, code: ${i}, text: t, category: unknown }\n`).join('');
    project.write(
      'acme.yaml',
      [
        'provider:',
        '  id: acme',
        '  name: Acme SMS',
        'wire:',
        '  body:',
        '    code:',
        '      pointer: /error/code',
        '      encoding: integer',
        'catalogs:',
        '  - id: api',
        '    name: API',
        '    kind: error-code',
        '    codeType: integer',
        '    sections:',
        '      - id: s',
        `        title: "${'T'.repeat(200_000)}"`,
        '        entries:',
        entries,
      ].join('\n'),
    );
    const result = await project.run('generate');
    expectRefused(result, [
      `errcat/catalogs/acme.yaml:16:16  \`title\` is 200000 characters long, over the limit of ${LIMITS.maxShortText}  (/catalogs/0/sections/0/title)`,
      'errcat: 1 problem; nothing was written',
    ]);
  });
});

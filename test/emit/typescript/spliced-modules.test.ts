import { describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../../generator/load/parse-catalog-text.ts';
import { buildModel } from '../../../generator/model/build-model.ts';
import { ENUM_STYLES, type Model } from '../../../generator/model/model.ts';
import { compileModule } from '../../../generator/emit/typescript/compile-module.ts';
import { catalogModuleFiles } from '../../../generator/emit/typescript/provider-catalog-module.ts';
import { indexModuleSource } from '../../../generator/emit/typescript/provider-parse-module.ts';
import { loadModel } from '../../../generator/model/load-model.ts';
import { validateCatalogs } from '../../../generator/validate/validate-catalogs.ts';

/** A model from inline YAML, failing the test on any diagnostic. */
function inlineModel(yaml: string): Model {
  const parsed = parseCatalogText('inline/edge.yaml', 'edge', yaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  const validated = validateCatalogs([parsed.catalog]);
  expect(validated.diagnostics).toEqual([]);
  return buildModel(validated.catalogs, { scope: '@errcat' });
}

const EDGE_CASES = `
provider: { id: edge, name: Edge }
wire:
  body: { code: { pointer: /code, encoding: integer }, message: { pointer: /message } }
catalogs:
  - id: empty
    name: Empty
    kind: error-code
    codeType: integer
    sections: [{ id: none, title: None, entries: [] }]
  - id: negative
    name: Negative codes
    kind: error-code
    codeType: integer
    sections:
      - id: all
        title: All
        entries:
          - { key: MINUS_ONE, previousKeys: [NEGATIVE_ONE, LESS_THAN_ZERO], code: -1, text: "minus */ one \${x} \`tick\` \\\\ \\" '", category: unknown }
          - { key: BIG, code: 9007199254740991, text: "line\\nbreak\\u2028sep\\u0000nul \\u202Eevil", category: unknown, deprecated: true }
  - id: strings
    name: String codes
    kind: delivery-status
    codeType: string
    sections:
      - id: all
        title: All
        entries:
          - { key: ONE, previousKeys: [FIRST], code: "E\\"1", text: "one", category: success, summary: "@param x */" }
  - id: messages
    name: Messages
    kind: error-message
    sections:
      - id: all
        title: All
        entries:
          - { key: ONLY, previousKeys: [SOLE], text: "Only </script> <!-- -->", category: not_found }
`;

/** The whole module compiled by TypeScript, for comparison with the spliced fast path. */
function fullyCompiled(path: string, ts: string) {
  return compileModule(path, ts);
}

describe('index modules: their compiled output is their source', () => {
  it('for every provider', async () => {
    const model = (await loadModel({ kind: 'folder', dir: 'schema/catalogs', root: '.' }, { scope: '@errcat' })).model;
    for (const provider of model.providers) {
      const source = indexModuleSource(provider, '// header\n');
      const compiled = compileModule(`${provider.id}/src/index.ts`, source);
      // JavaScript keeps the notice (only JSDoc is left out); declaration emit drops it, and the emitter puts it back.
      expect(compiled.js).toBe(source);
      expect('// header\n' + compiled.dts).toBe(source);
    }
  });
});

describe.each(ENUM_STYLES)('catalog modules (enumStyle %s): the spliced fast path is exactly what TypeScript emits', (style) => {
  it('for the real catalogs', async () => {
    const model = (await loadModel({ kind: 'folder', dir: 'schema/catalogs', root: '.' }, { scope: '@errcat' })).model;
    let modules = 0;
    for (const provider of model.providers) {
      for (const catalog of provider.catalogs) {
        const files = catalogModuleFiles(provider, catalog, '@errcat/core', '// header\n', style);
        const full = fullyCompiled(`${provider.id}/src/${catalog.id}.ts`, files.ts);
        expect(files.js, `${provider.id}/${catalog.id}.js`).toBe(full.js);
        expect(files.dts, `${provider.id}/${catalog.id}.d.ts`).toBe(full.dts);
        modules++;
      }
    }
    expect(modules).toBe(10);
  });

  it('for an empty catalog, negative and huge codes, string codes, messages, deprecated aliases and hostile texts', () => {
    const model = inlineModel(EDGE_CASES);
    const provider = model.providers[0]!;
    expect(provider.catalogs.map((c) => c.id)).toEqual(['empty', 'messages', 'negative', 'strings']);
    for (const catalog of provider.catalogs) {
      const files = catalogModuleFiles(provider, catalog, '@errcat/core', '// header\n', style);
      const full = fullyCompiled(`edge/src/${catalog.id}.ts`, files.ts);
      expect(files.js, `${catalog.id}.js`).toBe(full.js);
      expect(files.dts, `${catalog.id}.d.ts`).toBe(full.dts);
    }
  });

  it('keeps hostile texts inert: comments cannot be closed and the runtime value is exact', async () => {
    const model = inlineModel(EDGE_CASES);
    const provider = model.providers[0]!;
    const negative = provider.catalogs.find((c) => c.id === 'negative')!;
    const files = catalogModuleFiles(provider, negative, '@errcat/core', '', style);
    // Every comment opened in the file closes where errcat closes it: no text ends one early.
    const withoutStrings = files.js.replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
    for (const comment of withoutStrings.match(/\/\*[\s\S]*?\*\//g) ?? []) {
      expect(comment).toMatch(/^\/\*\*?\n(\s+\*( .*)?\n)*\s+\*\/$|^\/\* eslint-disable \*\/$|^\/\* @__PURE__ \*\/$/);
    }
    // Evaluate the entries array in isolation and compare the texts with the catalog.
    const arrayText = /Entries = (\[[\s\S]*?\n\]);/.exec(files.js)![1]!;
    // Literals only: the array names nothing (no enum, no Category), so it evaluates with nothing in scope.
    const entries = new Function(`return ${arrayText};`)() as { text: string; code: number; category: string }[];
    expect(entries.map((e) => [e.code, e.category])).toEqual(negative.entries.map((e) => [e.code, e.category]));
    expect(entries.map((e) => e.text)).toEqual(negative.entries.map((e) => e.text));
    expect(entries[1]!.text).toBe('line\nbreak\u2028sep\u0000nul \u202Eevil');
  });
});

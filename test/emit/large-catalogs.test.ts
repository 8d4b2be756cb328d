// Large catalogs are written a block of entries at a time (encoded-lines.ts):
// the TypeScript module, catalog.json, the README and the OpenAPI fragment.
// Each must be exactly the file made whole — compiled, stringified or
// rendered at once — or read back as the document it was written from. The shipped
// catalogs and the golden fixtures are too small to span several blocks, so
// this compares a synthetic catalog of 2,500 entries (several blocks of 512,
// past the README's threshold of 2,000) in both enum styles.
import { describe, expect, it } from 'vitest';
import { syntheticCatalogYaml } from '../../bench/synthetic-catalog.ts';
import { emitCatalogJson } from '../../generator/emit/catalog-json-emitter.ts';
import { htmlCommentHeader } from '../../generator/emit/file-header.ts';
import { emitMarkdown } from '../../generator/emit/markdown/markdown-emitter.ts';
import { emitOpenApi } from '../../generator/emit/openapi/openapi-emitter.ts';
import { providerOpenApi } from '../../generator/emit/openapi/provider-openapi.ts';
import { parse } from 'yaml';
import { providerReadmeView } from '../../generator/emit/markdown/provider-readme-view.ts';
import { renderTemplate } from '../../generator/emit/markdown/templates.ts';
import { compileModule } from '../../generator/emit/typescript/compile-module.ts';
import { catalogModuleFiles } from '../../generator/emit/typescript/provider-catalog-module.ts';
import { ENUM_STYLES } from '../../generator/model/model.ts';
import { resolvedCatalog } from '../../generator/model/resolved-catalog.ts';
import { modelOfTexts } from '../catalogs/test-catalogs.ts';

const ENTRIES = 2_500;
const model = modelOfTexts([['synthetic.yaml', syntheticCatalogYaml('synthetic', ENTRIES)]]);
const provider = model.providers[0]!;

describe(`a catalog of ${ENTRIES.toLocaleString('en')} entries, written a block at a time`, () => {
  it('spans several blocks', () => {
    expect(provider.catalogs.reduce((n, c) => n + c.entries.length, 0)).toBe(ENTRIES);
    expect(Math.max(...provider.catalogs.map((c) => c.entries.length))).toBeGreaterThan(2 * 512);
  });

  it.each(ENUM_STYLES)('has the TypeScript modules the compiler makes of the whole source (%s)', (style) => {
    for (const catalog of provider.catalogs) {
      const files = catalogModuleFiles(provider, catalog, '@errcat/core', '// header\n', style);
      expect(files.ts.split('\n').filter((line) => line.includes('{ provider: "synthetic"'))).toHaveLength(catalog.entries.length);
      const whole = compileModule(`synthetic/src/${catalog.id}.ts`, files.ts);
      expect(files.js, `${catalog.id}.js`).toBe(whole.js);
      expect(files.dts, `${catalog.id}.d.ts`).toBe(whole.dts);
    }
  });

  it('has the catalog.json of the whole catalog stringified at once', () => {
    const [file] = [...emitCatalogJson(model)];
    const { $schema, $comment, release, ...catalog } = JSON.parse(file!.content) as Record<string, unknown>;
    expect(catalog).toEqual(resolvedCatalog(provider));
    expect(file!.content).toBe(JSON.stringify({ $schema, $comment, release, ...catalog }, null, 2) + '\n');
  });

  it('has the OpenAPI fragment that reads back as the document it was written from', () => {
    const file = [...emitOpenApi(model)].find((f) => f.path === 'synthetic/openapi.yaml')!;
    expect(file.content.length).toBeGreaterThan(4096 * 20); // many chunks of pieces
    expect(parse(file.content)).toEqual(providerOpenApi(provider));
  });

  it('has the README the template renders whole', () => {
    const file = [...emitMarkdown(model)].find((f) => f.path === 'synthetic/README.md')!;
    expect(file.bytes).toBeDefined(); // written a block at a time, not rendered whole
    expect(file.content).toBe(htmlCommentHeader(provider.sources) + renderTemplate('provider-readme.md.hbs', providerReadmeView(provider, model.corePackageName)));
    expect(file.content.match(/^\| <a id="/gm)).toHaveLength(ENTRIES);
  });
});

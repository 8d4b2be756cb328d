// catalog.json is written an entry at a time (catalog-json-emitter.ts): its
// bytes must be exactly the whole catalog stringified at once, whatever the
// catalog's own texts hold, the emitter's stand-ins included.
import { describe, expect, it } from 'vitest';
import { emitCatalogJson } from '../../generator/emit/catalog-json-emitter.ts';
import { loadModel } from '../../generator/model/load-model.ts';
import { resolvedCatalog } from '../../generator/model/resolved-catalog.ts';
import type { Model } from '../../generator/model/model.ts';
import { ACME_YAML, modelOfTexts } from '../catalogs/test-catalogs.ts';

/** Every catalog.json of a model, with the value it must be the JSON text of (the resolved catalog, behind the file's own fields). */
function catalogJsons(model: Model): { path: string; text: string; value: unknown }[] {
  return [...emitCatalogJson(model)].map((file, i) => {
    const { $schema, $comment, release, ...catalog } = JSON.parse(file.content) as Record<string, unknown>;
    expect(catalog, file.path).toEqual(resolvedCatalog(model.providers[i]!));
    return { path: file.path, text: file.content, value: { $schema, $comment, release, ...catalog } };
  });
}

/** `JSON.stringify(value, null, 2)` with a line feed: what the file is when written whole (no text here holds an invisible character). */
const whole = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

describe('catalog.json written an entry at a time', () => {
  it('is the whole catalog stringified at once, for the shipped catalogs', async () => {
    const model = (await loadModel({ kind: 'folder', dir: 'schema/catalogs', root: '.' }, { scope: '@errcat' })).model;
    const files = catalogJsons(model);
    expect(files.length).toBe(5);
    for (const file of files) expect(file.text, file.path).toBe(whole(file.value));
  });

  it.each([
    ['a section title', (yaml: string) => yaml.replace(/title: [^\n]+/, 'title: "errcat$entries0"')],
    // An example body is any JSON: it can hold the stand-in in the very form the entries take in the text.
    ['an example body', (yaml: string) => yaml.replace('      pointer: /error/message\n', '      pointer: /error/message\n    examples:\n      - summary: hostile\n        value: { error: ["errcat$entries0"] }\n')],
  ])('is still exact when %s holds the stand-in for the entries', (_where, edit) => {
    const hostile = edit(ACME_YAML);
    expect(hostile).not.toBe(ACME_YAML);
    const [file] = catalogJsons(modelOfTexts([['acme.yaml', hostile]]));
    expect(file!.text).toContain('"errcat$entries0"');
    expect(file!.text).toBe(whole(file!.value));
    expect(JSON.stringify(file!.value)).toContain('"entries":[{');
  });
});

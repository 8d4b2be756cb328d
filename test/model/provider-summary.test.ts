// A provider's summary (generator/model/provider-summary.ts) is what the
// index README says of it and what a run needs to keep its package without
// reading its catalogs. The manifest records it; read back, it is hostile
// input: exactly what errcat writes, or nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../generator/model/load-model.ts';
import type { ProviderSummary } from '../../generator/model/model.ts';
import { parseProviderSummary } from '../../generator/model/provider-summary.ts';
import { manifestContent, parseManifest } from '../../generator/write/manifest.ts';

const shipped = () => loadModel({ kind: 'folder', dir: 'schema/catalogs', root: '.' }, { scope: '@errcat' });

describe('provider summaries', () => {
  it('count what the model holds, and read back from a manifest as written', async () => {
    const { model } = await shipped();
    expect(model.summaries.map((p) => p.id)).toEqual(model.providers.map((p) => p.id));
    for (const [i, provider] of model.providers.entries()) {
      const summary = model.summaries[i]!;
      expect(summary.sources).toEqual(provider.sources);
      expect(summary.entries).toBe(provider.entryCount);
      expect(Object.values(summary.categories).reduce((n, c) => n + c, 0)).toBe(provider.entryCount);
      expect(summary.categories['invalid_parameters']).toBe(provider.catalogs.flatMap((c) => c.entries).filter((e) => e.category === 'invalid_parameters').length);
      expect(summary.chars).toBeGreaterThan(0);
    }
    const cache = { inputs: 'a'.repeat(64), units: new Map([['bsg', 'b'.repeat(64)]]), providers: model.summaries };
    const text = manifestContent(new Map(), cache);
    expect(parseManifest(text).cache).toEqual(cache);
    // The same bytes again from what was read: a run that keeps them all rewrites the manifest unchanged.
    expect(manifestContent(new Map(), parseManifest(text).cache)).toBe(text);
  });

  it('read back as written for any name and file name a catalog may have', async () => {
    // What the schema takes: up to 100 code points of anything (emoji are two UTF-16 units each, tabs, C1 controls, lone surrogates).
    const written = (await shipped()).model.summaries.find((p) => p.extends !== undefined)!;
    const roundTrip = (summary: ProviderSummary) => parseManifest(manifestContent(new Map(), { inputs: 'a'.repeat(64), units: new Map(), providers: [summary] })).cache?.providers;
    for (const name of ['😀'.repeat(100), 'Acme\tSMS', 'Acme\u0085SMS', 'Acme\u009bSMS', 'Acme\ud800SMS', '\u202Eevil', 'a|b *c* [d](e) <img> -->']) {
      expect(roundTrip({ ...written, name }), JSON.stringify(name)).toEqual([{ ...written, name }]);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 100 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }), (name, folder) => {
        const sources = written.sources.map((source) => source.replace(/^[^/]*/, folder.replaceAll('/', '_')));
        expect(roundTrip({ ...written, name, sources })).toEqual([{ ...written, name, sources }]);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('are refused whole when any field is not as errcat writes it', async () => {
    const written = JSON.parse(JSON.stringify((await shipped()).model.summaries.find((p) => p.extends !== undefined)));
    expect(parseProviderSummary(written)).toEqual(written);
    const cases: { given: (s: Record<string, unknown>) => void; why: string }[] = [
      { given: (s) => (s['id'] = 'Bsg'), why: 'an id the schema refuses' },
      { given: (s) => (s['id'] = 'a'.repeat(51)), why: 'an id longer than the schema allows' },
      { given: (s) => (s['name'] = ''), why: 'an empty name' },
      { given: (s) => (s['name'] = 'n'.repeat(101)), why: 'a name longer than the schema allows' },
      { given: (s) => (s['extends'] = '../x'), why: 'a parent that is no id' },
      { given: (s) => (s['sources'] = []), why: 'no source' },
      { given: (s) => (s['sources'] = Array(10).fill('a.yaml')), why: 'more sources than an extends chain has' },
      { given: (s) => (s['sources'] = ['a'.repeat(16 * 1024) + '.yaml']), why: 'a source longer than any path' },
      { given: (s) => (s['entries'] = -1), why: 'a negative count' },
      { given: (s) => (s['catalogs'] = 1.5), why: 'a count that is no integer' },
      { given: (s) => (s['chars'] = '9'), why: 'a size that is no number' },
      { given: (s) => (s['categories'] = { nope: 1 }), why: 'a category not in the taxonomy' },
      { given: (s) => (s['categories'] = { success: 0 }), why: 'a category with no entry' },
      { given: (s) => (s['categories'] = []), why: 'categories that are no object' },
      { given: (s) => (s['categories'] = { ...(s['categories'] as object), success: 1000 }), why: 'counts by category that do not add up to the entries' },
      { given: (s) => ((s['entries'] = 2 ** 40), (s['categories'] = { success: 2 ** 40 })), why: 'a count far beyond any catalog' },
      { given: (s) => (s['id'] = 'core'), why: 'an id errcat keeps for itself' },
      { given: (s) => (s['name'] = '😀'.repeat(101)), why: 'a name of more code points than the schema allows' },
      { given: (s) => (s['extends'] = s['id']), why: 'a provider that extends itself' },
      { given: (s) => (s['extends'] = 'smsapi'), why: 'a parent that is not its second source' },
      { given: (s) => delete s['extends'], why: 'sources of a parent, but no parent' },
      { given: (s) => (s['sources'] = [(s['sources'] as string[])[0]]), why: 'a parent, but no source of it' },
      { given: (s) => (s['sources'] = ['errcat/schema/catalogs/other.yaml', ...(s['sources'] as string[]).slice(1)]), why: 'an own file not named for the provider' },
    ];
    for (const { given, why } of cases) {
      const forged = structuredClone(written);
      given(forged);
      expect(parseProviderSummary(forged), why).toBeUndefined();
    }
    // One summary refused drops them all: the run then reads every catalog.
    const cache = { inputs: 'a'.repeat(64), units: new Map(), providers: [written, { ...written, id: 'other', name: '' }] };
    expect(parseManifest(manifestContent(new Map(), cache)).cache?.providers).toBeUndefined();
    // Under another provider's id.
    const misfiled = manifestContent(new Map(), { ...cache, providers: [written] }).replace(`"${written.id}": {`, '"other": {');
    expect(parseManifest(misfiled).cache?.providers).toBeUndefined();
  });
});

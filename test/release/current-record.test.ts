import { describe, expect, it } from 'vitest';
import { catalogJsonChunks } from '../../generator/emit/catalog-json-emitter.ts';
import type { Model } from '../../generator/model/model.ts';
import { loadModel } from '../../generator/model/load-model.ts';
import { withPackageVersions, type PreviousPackage } from '../../generator/release/package-versions.ts';
import type { CatalogFile } from '../../generator/types/catalog.ts';

/**
 * A record that is, byte for byte, the current catalogs' own output is not
 * parsed (`read-previous-output.ts`): the release takes its version, and
 * the aliases the model declares, as the parsed record would give them.
 * The const-style fixture renames keys, so aliases are at stake.
 */
const { model } = await loadModel({ kind: 'folder', dir: 'test/fixtures/const-style/catalogs', root: '.' }, { scope: '@errcat' });
const VERSION = '2.3.4';
const bytes = (id: string) => Buffer.concat([...catalogJsonChunks({ ...model.providers.find((p) => p.id === id)!, version: VERSION })]);
const asRecord = new Map<string, PreviousPackage>(model.providers.map((p) => [p.id, { version: VERSION, current: bytes(p.id) }]));
// The same records, parsed as the release step reads any other record.
const asParsed = new Map<string, PreviousPackage>(model.providers.map((p) => [p.id, { version: VERSION, catalog: JSON.parse(bytes(p.id).toString('utf8')) as CatalogFile }]));

/** The model without the bytes a current record hands to the emitter. */
function withoutRecords(released: Model): Model {
  return { ...released, providers: released.providers.map(({ catalogJson: _, ...provider }) => provider) };
}

describe('a record of the current catalogs versions the packages as the parsed record does', () => {
  it('declares aliases, so the test is about them', () => {
    expect(model.providers.flatMap((p) => p.catalogs.flatMap((c) => c.entries.flatMap((e) => e.aliases)))).toEqual(['NO_FUNDS', 'MISSING_PARAMS', 'DONE']);
  });

  for (const coreBump of [undefined, 'patch', 'minor', 'major'] as const) {
    it(`gives the same versions, bumps and aliases with ${coreBump ?? 'no'} core bump`, () => {
      const fromRecord = withPackageVersions(model, asRecord, coreBump);
      const fromParsed = withPackageVersions(model, asParsed, coreBump);
      expect(fromRecord.bumps).toEqual(fromParsed.bumps);
      expect(withoutRecords(fromRecord.model)).toEqual(fromParsed.model);
      expect(fromParsed.model.providers.every((p) => p.catalogJson === undefined)).toBe(true);
    });
  }

  it('hands the record to the emitter as catalog.json only while the version stays', () => {
    expect(withPackageVersions(model, asRecord).model.providers.map((p) => [p.version, p.catalogJson])).toEqual(model.providers.map((p) => [VERSION, bytes(p.id)]));
    expect(withPackageVersions(model, asRecord, 'minor').model.providers.map((p) => [p.version, p.catalogJson])).toEqual(model.providers.map(() => ['2.3.5', undefined]));
  });
});

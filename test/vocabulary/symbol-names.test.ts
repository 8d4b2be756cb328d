import { describe, expect, it } from 'vitest';
import { nameClashes, type NameClash } from '../../generator/vocabulary/symbol-names.ts';

describe('nameClashes finds every name two catalogs of a package, or a catalog and the package, would both declare', () => {
  it.each<{ name: string; provider: string; ids: string[]; want: NameClash[] }>([
    { name: 'distinct ids clash with nothing', provider: 'Acme', ids: ['api', 'delivery', 'api-v1', 'api-v2'], want: [] },
    { name: 'ids that spell the same PascalCase (`v-1`, `v1`)', provider: 'Acme', ids: ['v1', 'v-1'], want: [{ name: 'AcmeV1', catalogId: 'v1', otherCatalogId: 'v-1' }] },
    // AcmeApi declares AcmeApiKey (its key type) and AcmeApiEntry (its entry type).
    { name: '`api-key` beside `api`', provider: 'Acme', ids: ['api', 'api-key'], want: [{ name: 'AcmeApiKey', catalogId: 'api-key', otherCatalogId: 'api' }] },
    { name: '`api-entry` beside `api`', provider: 'Acme', ids: ['api-entry', 'api'], want: [{ name: 'AcmeApiEntry', catalogId: 'api-entry', otherCatalogId: 'api' }] },
    // `error`'s map by key is acmeErrorCodeByKey, which is also `error-code`'s.
    { name: '`error-code` beside `error`', provider: 'Acme', ids: ['error', 'error-code'], want: [{ name: 'acmeErrorCodeByKey', catalogId: 'error-code', otherCatalogId: 'error' }] },
    { name: '`error-body`, whose enum would replace the OpenAPI body schema', provider: 'Acme', ids: ['error-body'], want: [{ name: 'AcmeErrorBody', catalogId: 'error-body' }] },
    { name: 'provider `error` with catalog `entry` would shadow the imported ErrorEntry', provider: 'Error', ids: ['entry'], want: [{ name: 'ErrorEntry', catalogId: 'entry' }] },
    { name: 'provider `readonly` with catalog `map` would shadow the built-in ReadonlyMap', provider: 'Readonly', ids: ['map'], want: [{ name: 'ReadonlyMap', catalogId: 'map' }] },
  ])('$name', ({ provider, ids, want }) => {
    expect(nameClashes(provider, ids)).toEqual(want);
  });
});

import { describe, expect, it } from 'vitest';
import { pascalCase } from '../../generator/model/names.ts';
import { catalogEnumNames, catalogSymbolNames } from '../../generator/model/symbol-names.ts';

/** Every name the catalogs of one provider declare, with how often. */
function declared(enumNames: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of enumNames) for (const name of Object.values(catalogSymbolNames(e))) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

describe('catalogEnumNames gives every catalog names that meet no other name of its package', () => {
  it.each([
    { name: 'distinct ids keep their plain names', provider: 'Acme', ids: ['api', 'delivery'], want: ['AcmeApi', 'AcmeDelivery'] },
    { name: 'ids that spell the same PascalCase (`v-1`, `v1`)', provider: 'Acme', ids: ['v-1', 'v1'], want: ['AcmeV1', 'AcmeV12'] },
    // AcmeApi declares AcmeApiKey (its key type) and AcmeApiEntry (its entry type).
    { name: '`api-key` beside `api`', provider: 'Acme', ids: ['api', 'api-key'], want: ['AcmeApi', 'AcmeApiKey2'] },
    { name: '`api-entry` beside `api`', provider: 'Acme', ids: ['api', 'api-entry'], want: ['AcmeApi', 'AcmeApiEntry2'] },
    // lookupAcmeApiByMessage is the message lookup of `api`.
    { name: '`api-by-message` beside a message catalog `api`', provider: 'Acme', ids: ['api', 'api-by-message'], want: ['AcmeApi', 'AcmeApiByMessage2'] },
    { name: '`error-body`, whose enum would replace the OpenAPI body schema', provider: 'Acme', ids: ['error-body'], want: ['AcmeErrorBody2'] },
    { name: 'provider `error` with catalog `entry`, which would shadow the imported ErrorEntry', provider: 'Error', ids: ['entry'], want: ['ErrorEntry2'] },
    { name: 'provider `provider` with catalog `error`, which would shadow the imported ProviderError', provider: 'Provider', ids: ['error'], want: ['ProviderError2'] },
  ])('$name', ({ provider, ids, want }) => {
    const names = catalogEnumNames(provider, ids, pascalCase);
    expect(names).toEqual(want);
    expect([...declared(names)].filter(([, n]) => n > 1)).toEqual([]);
  });
});

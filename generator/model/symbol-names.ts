import { camelCase } from './names.ts';

/**
 * The names a catalog gives its package: every export of its module and its
 * OpenAPI schema, all derived from its enum name. Derived in one place so that
 * the model can make them unique before any emitter uses them.
 */
export function catalogSymbolNames(enumName: string) {
  const s = camelCase(enumName);
  return {
    enumName,
    keyType: `${enumName}Key`,
    entryType: `${enumName}Entry`,
    entries: `${s}Entries`,
    byCode: `${s}ByCode`,
    byKey: `${s}ByKey`,
    codeByKey: `${s}CodeByKey`,
    byMessage: `${s}ByMessage`,
    reserved: `${s}Reserved`,
    guard: `is${enumName}`,
    lookup: `lookup${enumName}`,
    lookupMessage: `lookup${enumName}ByMessage`,
  };
}

/** Names of a provider's parser, its `normalize()` handle and its OpenAPI body schema. */
export function providerSymbolNames(typeName: string) {
  return {
    parse: `parse${typeName}Error`,
    handle: `${camelCase(typeName)}Provider`,
    bodySchema: `${typeName}ErrorBody`,
  };
}

/** What provider modules import from the core package: a catalog's own names must not shadow them. */
const CORE_IMPORTS = ['Category', 'ErrorEntry', 'integerCodeOf', 'stringCodeOf', 'bodyOf', 'codeAt', 'knownError', 'stringAt', 'stringsAt', 'unknownError', 'ParseOptions', 'ProviderError', 'ProviderErrors', 'WireFields'];

/**
 * An enum name for each catalog (`typeName` + the PascalCase id, in the
 * order given, which is sorted) such that no name derived from it meets a name
 * derived from another catalog, the provider's own names or a core import:
 * `api-key` beside `api` would declare `AcmeApiKey` twice, `error-body` would
 * replace the OpenAPI body schema, provider `error` with catalog `entry` would
 * shadow `ErrorEntry`. A clash takes the first free numeric suffix.
 */
export function catalogEnumNames(typeName: string, catalogIds: readonly string[], pascal: (id: string) => string): string[] {
  const taken = new Set<string>([...CORE_IMPORTS, ...Object.values(providerSymbolNames(typeName))]);
  return catalogIds.map((id) => {
    const wanted = typeName + pascal(id);
    let candidate = wanted;
    for (let n = 2; Object.values(catalogSymbolNames(candidate)).some((name) => taken.has(name)); n++) candidate = `${wanted}${n}`;
    for (const name of Object.values(catalogSymbolNames(candidate))) taken.add(name);
    return candidate;
  });
}

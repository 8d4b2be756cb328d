import { camelCase, pascalCase } from './names.ts';

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

/** Names of a provider's parsers, its wire description, its result types, its `normalize()` handle and its OpenAPI body schema. */
export function providerSymbolNames(typeName: string) {
  return {
    parse: `parse${typeName}Error`,
    parseAll: `parseAll${typeName}Errors`,
    wire: `${camelCase(typeName)}Wire`,
    error: `${typeName}ProviderError`,
    entry: `${typeName}ProviderErrorEntry`,
    handle: `${camelCase(typeName)}Provider`,
    bodySchema: `${typeName}ErrorBody`,
  };
}

/**
 * Names a catalog's own must not take: what provider modules import from the
 * core package, and the built-in types they use (provider `readonly` with
 * catalog `map` would declare an enum `ReadonlyMap`).
 */
const TAKEN_NAMES = [
  'Category', 'ErrorEntry', 'integerCodeOf', 'stringCodeOf', 'parseError', 'parseErrors',
  'ParseOptions', 'ParserSpec', 'ProviderError', 'ProviderErrors', 'Map', 'ReadonlyMap', 'Array', 'ReadonlyArray', 'Object', 'String', 'Number',
];

/** Every name a catalog declares in its package. */
export type CatalogSymbolNames = ReturnType<typeof catalogSymbolNames>;

/** The names a provider declares in its package. */
export type ProviderSymbolNames = ReturnType<typeof providerSymbolNames>;

/** A catalog's enum name: the provider's type name and the catalog id in PascalCase (`notificore` + `api-v1` → `NotificoreApiV1`). */
export function catalogEnumName(typeName: string, catalogId: string): string {
  return typeName + pascalCase(catalogId);
}

/** Where two catalogs of one package, or a catalog and the package's own names, would declare the same name (the first such name). */
export interface NameClash {
  name: string;
  /** The catalog that would declare it again. */
  catalogId: string;
  /** The catalog that declares it first, or undefined when the package or a core import already has it. */
  otherCatalogId?: string;
}

/**
 * Every clash among the names the catalogs of one package declare (`api-key`
 * beside `api` would declare `AcmeApiKey` twice; `v-1` and `v1` both make
 * `AcmeV1`; `error-body` would replace the OpenAPI body schema). Names are not
 * suffixed to make them unique: adding a catalog would then rename another
 * catalog's exports under its consumers. Validation refuses the clashes instead.
 */
export function nameClashes(typeName: string, catalogIds: readonly string[]): NameClash[] {
  const reserved = new Set<string>([...TAKEN_NAMES, ...Object.values(providerSymbolNames(typeName))]);
  const declaredBy = new Map<string, string>();
  const clashes: NameClash[] = [];
  for (const catalogId of [...catalogIds].sort()) {
    // The first name a catalog shares with each other party is enough to say what to rename.
    const told = new Set<string | undefined>();
    for (const name of new Set(Object.values(catalogSymbolNames(catalogEnumName(typeName, catalogId))))) {
      const other = reserved.has(name) ? undefined : declaredBy.get(name);
      if (!reserved.has(name) && other === undefined) declaredBy.set(name, catalogId);
      else if (!told.has(other)) {
        told.add(other);
        clashes.push({ name, catalogId, ...(other !== undefined ? { otherCatalogId: other } : {}) });
      }
    }
  }
  return clashes;
}

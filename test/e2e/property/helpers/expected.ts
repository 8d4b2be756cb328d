import type { Catalog, CatalogFile, Entry, Wire } from '../../../../generator/types/catalog.ts';
import type { CatalogSet } from './catalog-set.ts';

/**
 * What a provider's generated package must hold, worked out from the input
 * files alone (never from the generator's model): the provider's own catalogs
 * plus those it inherits, its effective wire format, and each entry with the
 * title of its section.
 */

/** An input entry with where it sits. */
export interface PlacedEntry {
  entry: Entry;
  catalog: Catalog;
  sectionTitle: string;
}

/** The input file of a provider. */
export function fileOf(set: CatalogSet, id: string): CatalogFile {
  const input = set.providers.find((p) => p.id === id);
  if (!input) throw new Error(`no provider ${id} in the set`);
  return input.file;
}

/** The provider's file, then its parent's, and so on. */
export function chainOf(set: CatalogSet, id: string): CatalogFile[] {
  const chain: CatalogFile[] = [];
  for (let file: CatalogFile | undefined = fileOf(set, id); file; file = file.provider.extends ? fileOf(set, file.provider.extends) : undefined) {
    chain.push(file);
  }
  return chain;
}

/** Code-unit order, the same on every machine. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every catalog of a provider, inherited ones included, sorted by id (the order the parser tries them in). */
export function catalogsOf(set: CatalogSet, id: string): Catalog[] {
  return chainOf(set, id)
    .flatMap((f) => f.catalogs ?? [])
    .sort((a, b) => byText(a.id, b.id));
}

/** The wire format in force: the provider's own, else the nearest ancestor's. */
export function wireOf(set: CatalogSet, id: string): Wire {
  const wire = chainOf(set, id).find((f) => f.wire !== undefined)?.wire;
  if (!wire) throw new Error(`provider ${id} has no wire format`);
  return wire;
}

/** The language in force: the provider's own, else the nearest ancestor's, else `en`. */
export function languageOf(set: CatalogSet, id: string): string {
  return chainOf(set, id).find((f) => f.provider.language !== undefined)?.provider.language ?? 'en';
}

/** Every entry of a catalog, section by section, in input order. */
export function entriesOf(catalog: Catalog): PlacedEntry[] {
  return catalog.sections.flatMap((s) => s.entries.map((entry) => ({ entry, catalog, sectionTitle: s.title })));
}

/** Whether a catalog's lookup takes a wire value to this code: integers also as their decimal text, strings also from a number's text. */
export function codeMatches(catalog: Catalog, code: number | string, wire: unknown): boolean {
  if (catalog.codeType === 'integer') {
    if (typeof wire === 'number') return wire === code;
    return typeof wire === 'string' && /^\s*-?\d+\s*$/.test(wire) && Number(wire) === code;
  }
  if (typeof wire === 'number') return Number.isFinite(wire) && String(wire) === code;
  return wire === code;
}

/** The entry of the first catalog (in the given order) whose lookup takes this wire value, if any. */
export function firstByCode(catalogs: readonly Catalog[], wire: unknown): PlacedEntry | undefined {
  for (const catalog of catalogs) {
    const found = entriesOf(catalog).find((p) => p.entry.code !== undefined && codeMatches(catalog, p.entry.code, wire));
    if (found) return found;
  }
  return undefined;
}

/**
 * For a message: the first message catalog (in the given order) that documents
 * it, and every entry of it with that text (they share one meaning).
 */
export function firstByMessage(catalogs: readonly Catalog[], message: string): PlacedEntry[] {
  for (const catalog of catalogs) {
    const found = entriesOf(catalog).filter((p) => p.entry.text === message);
    if (found.length > 0) return found;
  }
  return [];
}

import { compareCodes, compareText } from '../vocabulary/compare.ts';
import type { Catalog, CatalogFile, Provider } from '../types/catalog.ts';
import { changeOf, sides, type Change } from './change.ts';
import { addedEntryChange, entryPairChanges, removedEntryChange, type EntryContext } from './entry-changes.ts';
import { matchEntries, type PlacedEntry } from './entry-matching.ts';
import { sameValue } from './same-value.ts';
import { reservedChanges, sectionChanges } from './section-changes.ts';
import { wireChanges } from './wire-changes.ts';

/** Provider fields that are texts for people: a change is `PROVIDER_DOCS_CHANGED`. */
const PROVIDER_DOCS_FIELDS = ['name', 'documentation', 'language', 'description', 'notes'] as const satisfies readonly (keyof Provider)[];

/**
 * Compares two sets of resolved catalogs (inheritance applied, defaults filled
 * in, as `resolvedCatalog` gives them) and returns every change, classified.
 *
 * The order is fixed, so reports are stable: providers by id; within one, the
 * provider, its wire format, then its catalogs by id; within a catalog, the
 * catalog itself, its sections, its reserved ranges, then its entries in code
 * order (key order where there are no codes).
 */
export function catalogChanges(oldFiles: readonly CatalogFile[], newFiles: readonly CatalogFile[]): Change[] {
  const olds = new Map(oldFiles.map((f) => [f.provider.id, f]));
  const news = new Map(newFiles.map((f) => [f.provider.id, f]));
  const ids = [...new Set([...olds.keys(), ...news.keys()])].sort(compareText);
  return ids.flatMap((id) => {
    const o = olds.get(id);
    const n = news.get(id);
    if (!o) return [changeOf('PROVIDER_ADDED', { provider: id, new: n!.provider.name })];
    // A removed package is one change: listing each of its entries would say nothing more.
    if (!n) return [changeOf('PROVIDER_REMOVED', { provider: id, old: o.provider.name })];
    return providerChanges(o, n);
  });
}

function providerChanges(o: CatalogFile, n: CatalogFile): Change[] {
  const provider = n.provider.id;
  const changes: Change[] = [];
  for (const name of PROVIDER_DOCS_FIELDS) {
    if (!sameValue(o.provider[name], n.provider[name])) {
      changes.push(changeOf('PROVIDER_DOCS_CHANGED', { provider, field: `provider.${name}`, ...sides(o.provider[name], n.provider[name]) }));
    }
  }
  changes.push(...wireChanges(provider, o.wire, n.wire));

  const oldCatalogs = new Map((o.catalogs ?? []).map((c) => [c.id, c]));
  const newCatalogs = new Map((n.catalogs ?? []).map((c) => [c.id, c]));
  const ids = [...new Set([...oldCatalogs.keys(), ...newCatalogs.keys()])].sort(compareText);
  for (const id of ids) {
    const before = oldCatalogs.get(id);
    const after = newCatalogs.get(id);
    if (!before) changes.push(changeOf('CATALOG_ADDED', { provider, catalog: id, new: after!.name }));
    else if (!after) changes.push(changeOf('CATALOG_REMOVED', { provider, catalog: id, old: before.name }));
    else {
      const languages = { old: o.provider.language, new: n.provider.language };
      changes.push(...catalogPairChanges(provider, before, after, languages));
    }
  }
  return changes;
}

function catalogPairChanges(provider: string, o: Catalog, n: Catalog, providerLanguage: EntryContext['providerLanguage']): Change[] {
  const at = { provider, catalog: n.id };
  const changes: Change[] = [];
  const field = (rule: 'CATALOG_KIND_CHANGED' | 'CATALOG_CODE_TYPE_CHANGED' | 'CATALOG_MATCH_CHANGED' | 'CATALOG_DOCS_CHANGED', name: keyof Catalog) => {
    if (!sameValue(o[name], n[name])) changes.push(changeOf(rule, { ...at, field: name, ...sides(o[name], n[name]) }));
  };
  field('CATALOG_KIND_CHANGED', 'kind');
  field('CATALOG_CODE_TYPE_CHANGED', 'codeType');
  field('CATALOG_MATCH_CHANGED', 'match');
  field('CATALOG_DOCS_CHANGED', 'name');
  field('CATALOG_DOCS_CHANGED', 'description');
  changes.push(...sectionChanges(provider, o, n), ...reservedChanges(provider, o, n));

  const context: EntryContext = { provider, catalog: n.id, messageOnly: o.kind === 'error-message' || n.kind === 'error-message', providerLanguage };
  const matching = matchEntries(placedEntries(o), placedEntries(n));
  // Each entry's changes stay together, anchored where the entry is (new side first), in code order.
  const groups: { anchor: PlacedEntry; changes: Change[] }[] = [
    // Pairs without changes are left out before the sort: in a large catalog, nearly all of them.
    ...matching.pairs.map((pair) => ({ anchor: pair.new, changes: entryPairChanges(pair, context) })).filter((group) => group.changes.length > 0),
    ...matching.removed.map((removed) => ({ anchor: removed, changes: [removedEntryChange(removed, context)] })),
    ...matching.added.map((added) => ({ anchor: added, changes: [addedEntryChange(added, context)] })),
  ];
  groups.sort((a, b) => compareCodes(a.anchor.entry.code, b.anchor.entry.code) || compareText(a.anchor.entry.key, b.anchor.entry.key));
  for (const group of groups) changes.push(...group.changes);
  return changes;
}

function placedEntries(catalog: Catalog): PlacedEntry[] {
  return catalog.sections.flatMap((s) => {
    const section = { id: s.id, title: s.title };
    return s.entries.map((entry) => ({ entry, section }));
  });
}

import type { Catalog, ReservedRange } from '../types/catalog.ts';
import { changeOf, sides, type Change } from './change.ts';
import { sameValue } from './same-value.ts';

/** A reserved range with the section it is documented in. */
interface PlacedRange {
  range: ReservedRange;
  section: string;
}

/**
 * Changes of a catalog's sections: added, removed, retitled and reordered.
 * Sections only group entries (the entries' own moves are entry changes), so
 * all of these are documentation changes.
 */
export function sectionChanges(provider: string, o: Catalog, n: Catalog): Change[] {
  const changes: Change[] = [];
  const oldById = new Map(o.sections.map((s) => [s.id, s]));
  const newById = new Map(n.sections.map((s) => [s.id, s]));
  for (const before of o.sections) {
    const after = newById.get(before.id);
    const at = { provider, catalog: n.id, section: before.id };
    if (!after) {
      changes.push(changeOf('SECTION_REMOVED', { ...at, old: before.title }));
      continue;
    }
    for (const name of ['title', 'description'] as const) {
      if (!sameValue(before[name], after[name])) changes.push(changeOf('SECTION_CHANGED', { ...at, field: name, ...sides(before[name], after[name]) }));
    }
  }
  for (const after of n.sections) {
    if (!oldById.has(after.id)) changes.push(changeOf('SECTION_ADDED', { provider, catalog: n.id, section: after.id, new: after.title }));
  }
  // Only the sections both sides have can be out of order; additions and removals are reported above.
  const oldOrder = o.sections.map((s) => s.id).filter((id) => newById.has(id));
  const newOrder = n.sections.map((s) => s.id).filter((id) => oldById.has(id));
  if (!sameValue(oldOrder, newOrder)) {
    changes.push(changeOf('SECTIONS_REORDERED', { provider, catalog: n.id, field: 'sections', old: o.sections.map((s) => s.id), new: n.sections.map((s) => s.id) }));
  }
  return changes;
}

/**
 * Changes of a catalog's reserved ranges. Ranges have no identity but their
 * bounds: the same bounds are the same range; a new range that overlaps an
 * old one is that range resized, not one removed and another added.
 */
export function reservedChanges(provider: string, o: Catalog, n: Catalog): Change[] {
  const olds = placedRanges(o);
  const news = placedRanges(n);
  const pairs: [PlacedRange, PlacedRange][] = [];
  const oldLeft = new Set(olds);
  const newLeft = new Set(news);
  const pair = (a: PlacedRange, b: PlacedRange) => {
    pairs.push([a, b]);
    oldLeft.delete(a);
    newLeft.delete(b);
  };
  for (const b of news) {
    const a = [...oldLeft].find((r) => r.range.from === b.range.from && r.range.to === b.range.to);
    if (a) pair(a, b);
  }
  for (const b of [...newLeft]) {
    const a = [...oldLeft].find((r) => r.range.from <= b.range.to && b.range.from <= r.range.to);
    if (a) pair(a, b);
  }

  // Each change is anchored at its range's first code, so they read in code order.
  const anchored: [number, Change][] = [];
  for (const [a, b] of pairs) {
    // The range stands where an entry's code would: it is the codes the change is about.
    const at = { provider, catalog: n.id, section: b.section, code: { old: rangeText(a), new: rangeText(b) } };
    const from = Math.min(a.range.from, b.range.from);
    if (!sameValue(bounds(a), bounds(b))) anchored.push([from, changeOf('RESERVED_RANGE_CHANGED', { ...at, field: 'range', old: bounds(a), new: bounds(b) })]);
    if (a.range.text !== b.range.text) anchored.push([from, changeOf('RESERVED_DOCS_CHANGED', { ...at, field: 'text', old: a.range.text, new: b.range.text })]);
    if (a.section !== b.section) anchored.push([from, changeOf('RESERVED_DOCS_CHANGED', { ...at, field: 'section', old: a.section, new: b.section })]);
  }
  for (const a of oldLeft) {
    anchored.push([a.range.from, changeOf('RESERVED_RANGE_REMOVED', { provider, catalog: n.id, section: a.section, code: { old: rangeText(a) }, field: 'range', old: bounds(a) })]);
  }
  for (const b of newLeft) {
    anchored.push([b.range.from, changeOf('RESERVED_RANGE_ADDED', { provider, catalog: n.id, section: b.section, code: { new: rangeText(b) }, field: 'range', new: bounds(b) })]);
  }
  return anchored.sort((x, y) => x[0] - y[0]).map(([, change]) => change);
}

/** Every reserved range of a catalog, sorted by its first code. */
function placedRanges(catalog: Catalog): PlacedRange[] {
  return catalog.sections
    .flatMap((s) => (s.reserved ?? []).map((range) => ({ range, section: s.id })))
    .sort((a, b) => a.range.from - b.range.from || a.range.to - b.range.to);
}

/** `88-89`, as the catalog's documents write a range. */
function rangeText(placed: PlacedRange): string {
  return `${placed.range.from}-${placed.range.to}`;
}

function bounds(placed: PlacedRange): { from: number; to: number } {
  return { from: placed.range.from, to: placed.range.to };
}

import type { ProviderModel, ProviderSummary } from './model.ts';
import { catalogStem } from '../load/catalog-files.ts';
import { catalogSchema } from '../vocabulary/catalog-schema.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import { RESERVED_IDS } from '../vocabulary/output-units.ts';
import { TAXONOMY } from '../vocabulary/taxonomy.ts';

/** The summary of a provider of the model, with its estimated output. */
export function providerSummary(provider: ProviderModel, chars: number): ProviderSummary {
  // Counted in one pass over the entries: a pass a category cost a 100,000-entry catalog some 70 ms.
  const counts = new Map<string, number>();
  for (const c of provider.catalogs) for (const e of c.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return {
    id: provider.id,
    name: provider.name,
    ...(provider.extends !== undefined ? { extends: provider.extends } : {}),
    sources: provider.sources,
    catalogs: provider.catalogs.length,
    entries: provider.entryCount,
    // In taxonomy order, so the same provider is recorded with the same bytes.
    categories: Object.fromEntries(TAXONOMY.filter((m) => counts.has(m.id)).map((m) => [m.id, counts.get(m.id)!])),
    chars,
  };
}

/** The schema's bounds of what a summary repeats from a catalog: its provider id and display name (`$defs/ProviderId`, `$defs/Provider`). */
const SCHEMA = (() => {
  const defs = catalogSchema.$defs as Record<string, { pattern?: string; maxLength?: number; properties?: Record<string, { maxLength?: number }> }>;
  return { id: new RegExp(defs.ProviderId!.pattern!), idLength: defs.ProviderId!.maxLength!, nameLength: defs.Provider!.properties!.name!.maxLength! };
})();

/** The longest name a summary may give for a catalog file: a path, as output names it (a relative path, so longer than the 4,096 bytes of an absolute one only by its `..` steps). */
const MAX_SOURCE_CHARS = 16 * 1024;

/** The most entries a summary may count: far above what the input limits allow, and small enough that any sum of them is exact. */
const MAX_COUNT = 2 ** 31;

/**
 * A recorded summary, read back as untrusted input (the manifest arrives
 * through pull requests): exactly the shape `providerSummary` gives, for
 * any catalog the schema takes (so `--check` never finds errcat's own
 * record stale), and consistent with itself (a parent exactly when
 * there is more than one source, the second one the parent's; counts by
 * category that add up to the entries), or `undefined`. A writing run uses
 * a summary only for a provider whose package files still have the hashes
 * the manifest lists, and `--check` holds the summaries to what the catalogs
 * give (see `generate-command.ts`).
 */
export function parseProviderSummary(value: unknown): ProviderSummary | undefined {
  if (!isObject(value)) return undefined;
  const { id, name, sources, categories, catalogs, entries, chars } = value;
  const parent = value['extends'];
  if (!isId(id) || RESERVED_IDS.has(id)) return undefined;
  // Any name the schema takes (it counts code points); the README escapes what it shows.
  if (typeof name !== 'string' || name.length === 0 || name.length > 2 * SCHEMA.nameLength || [...name].length > SCHEMA.nameLength) return undefined;
  // Any file name: a run keeps a provider only when every source is a catalog file it hashed (see `providersAside`).
  if (!Array.isArray(sources) || sources.length === 0 || sources.length > LIMITS.maxExtendsDepth + 1) return undefined;
  if (!sources.every((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= MAX_SOURCE_CHARS)) return undefined;
  if (parent === undefined ? sources.length !== 1 : !isId(parent) || parent === id || sources.length < 2 || catalogStem(sources[1]!) !== parent) return undefined;
  if (catalogStem(sources[0]!) !== id) return undefined;
  if (!isCount(catalogs) || !isCount(entries) || !isCount(chars) || !isObject(categories)) return undefined;
  const known = new Set<string>(TAXONOMY.map((m) => m.id));
  const counts = Object.entries(categories);
  if (!counts.every(([category, n]) => known.has(category) && isCount(n) && n > 0)) return undefined;
  if (counts.reduce((n, [, c]) => n + (c as number), 0) !== entries) return undefined;
  return {
    id,
    name,
    ...(parent !== undefined ? { extends: parent as string } : {}),
    sources,
    catalogs,
    entries,
    categories: Object.fromEntries(TAXONOMY.filter((m) => Object.hasOwn(categories, m.id)).map((m) => [m.id, categories[m.id] as number])),
    chars,
  };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= SCHEMA.idLength && SCHEMA.id.test(value);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_COUNT;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

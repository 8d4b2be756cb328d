import type { ProviderModel, ProviderSummary } from './model.ts';
import { TAXONOMY } from '../vocabulary/taxonomy.ts';
import { LIMITS } from '../vocabulary/limits.ts';

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

/** The schema's provider id: lower-case letters, digits and single hyphens (`ProviderId`). */
const PROVIDER_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The longest catalog name a summary may give for a source; longer ones are not names errcat writes. */
const MAX_SOURCE_CHARS = 1024;

/**
 * A recorded summary, read back as untrusted input (the manifest arrives
 * through pull requests): every field of the shape `providerSummary` gives,
 * within the schema's bounds, or `undefined`. A summary read so is only used
 * by a writing run, for a provider whose package files still have the hashes
 * the manifest lists; `--check` never reads one.
 */
export function parseProviderSummary(value: unknown): ProviderSummary | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as Record<string, unknown>;
  const { id, name, sources, categories } = v;
  if (typeof id !== 'string' || id.length > 50 || !PROVIDER_ID.test(id)) return undefined;
  if (typeof name !== 'string' || name.length === 0 || name.length > 100) return undefined;
  if (v['extends'] !== undefined && (typeof v['extends'] !== 'string' || v['extends'].length > 50 || !PROVIDER_ID.test(v['extends']))) return undefined;
  if (!Array.isArray(sources) || sources.length === 0 || sources.length > LIMITS.maxExtendsDepth + 1) return undefined;
  if (!sources.every((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= MAX_SOURCE_CHARS && !/[\0-\x1f\x7f]/.test(s))) return undefined;
  if (!isCount(v['catalogs']) || !isCount(v['entries']) || !isCount(v['chars'])) return undefined;
  if (typeof categories !== 'object' || categories === null || Array.isArray(categories)) return undefined;
  const known = new Set<string>(TAXONOMY.map((m) => m.id));
  if (!Object.entries(categories).every(([category, n]) => known.has(category) && isCount(n) && n > 0)) return undefined;
  const summary: ProviderSummary = {
    id,
    name,
    ...(typeof v['extends'] === 'string' ? { extends: v['extends'] } : {}),
    sources,
    catalogs: v['catalogs'] as number,
    entries: v['entries'] as number,
    categories: Object.fromEntries(TAXONOMY.filter((m) => m.id in categories).map((m) => [m.id, (categories as Record<string, number>)[m.id]!])),
    chars: v['chars'] as number,
  };
  return summary;
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

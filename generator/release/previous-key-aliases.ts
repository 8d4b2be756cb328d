import type { CatalogFile } from '../types/catalog.ts';
import type { ProviderModel } from '../model/model.ts';

/**
 * Which previous keys a provider's package still declares as deprecated
 * aliases: each lasts until the package's next major version.
 *
 * - A major release drops them all (it may break, and the aliases were only
 *   kept so that a rename would not).
 * - Otherwise a previous key stays an alias if the last release declared it:
 *   as an entry's key (the rename is new) or as an alias it kept. Its
 *   `catalog.json` lists as `previousKeys` only the aliases it kept, so an
 *   alias dropped at a major stays dropped.
 *
 * With no usable record of the last release (a first generation, or a
 * damaged catalog.json) this is not called, and every previous key is an
 * alias (the model's default): nothing says the old name was never published.
 * A record that is the current catalogs' own output (`before` undefined, as
 * `PreviousPackage.current` says) was made with that default, so it declared
 * every previous key: all stay, unless the release is major.
 */
export function withKeptAliases(provider: ProviderModel, before: CatalogFile | undefined, bump: 'major' | 'minor' | 'patch' | undefined): ProviderModel {
  // No previous key anywhere: every entry keeps no alias whatever the record says (copying 100,000 entries to say so cost 80 ms).
  if (provider.catalogs.every((c) => c.entries.every((e) => e.previousKeys.length === 0))) return provider;
  const released = before && new Map((before.catalogs ?? []).map((c) => [c.id, new Set(c.sections.flatMap((s) => s.entries.flatMap((e) => [e.key, ...(e.previousKeys ?? [])])))]));
  const catalogs = provider.catalogs.map((catalog) => {
    const names = released?.get(catalog.id) ?? new Set<string>();
    const kept = (previousKeys: readonly string[]) => (bump === 'major' ? [] : released === undefined ? previousKeys : previousKeys.filter((k) => names.has(k)));
    const entry = <E extends { previousKeys: readonly string[]; aliases: readonly string[] }>(e: E): E => ({ ...e, aliases: kept(e.previousKeys) });
    const entries = catalog.entries.map(entry);
    // Sections hold the same entries in documented order: the same objects, so that emitters see one entry, not two copies.
    const byKey = new Map(entries.map((e) => [e.key, e]));
    const sections = catalog.sections.map((s) => ({ ...s, entries: s.entries.map((e) => byKey.get(e.key) ?? e) }));
    return { ...catalog, entries, sections };
  });
  return { ...provider, catalogs };
}

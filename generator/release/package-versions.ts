import { catalogChanges } from '../changes/catalog-changes.ts';
import { bumpVersion, packageBumps } from '../changes/semver-bump.ts';
import type { CatalogFile } from '../types/catalog.ts';
import type { Model } from '../model/model.ts';
import { resolvedCatalog } from '../model/resolved-catalog.ts';
import { withKeptAliases } from './previous-key-aliases.ts';

/**
 * What the previous run generated for a provider: its package version and
 * resolved catalog; without a catalog (its catalog.json was damaged), the
 * version is kept as it is, since what changed since cannot be known.
 */
export interface PreviousPackage {
  version: string;
  catalog?: CatalogFile;
}

/** One version change, for the generate summary. */
export interface VersionBump {
  packageName: string;
  from: string;
  to: string;
  bump: 'major' | 'minor' | 'patch';
  /** Why, when it is not a catalog change that `errcat diff` reports. */
  reason?: string;
}

/**
 * Sets each provider package's version from what changed since it was last
 * generated, so consumers get semver-correct versions without anyone
 * remembering: the `errcat diff` rules classify the changes between the
 * previous `catalog.json` and the new resolved catalog, and the largest
 * classification picks the bump. A provider with no previous output starts at
 * the initial version; one whose previous catalog.json was damaged keeps the
 * version its package.json recorded (`read-previous-output.ts`).
 */
export function withPackageVersions(model: Model, previous: ReadonlyMap<string, PreviousPackage>): { model: Model; bumps: VersionBump[] } {
  const bumps: VersionBump[] = [];
  const providers = model.providers.map((provider) => {
    const before = previous.get(provider.id);
    if (!before) return provider;
    if (!before.catalog) return { ...provider, version: before.version };
    const bump = packageBumps(catalogChanges([before.catalog], [resolvedCatalog(provider)])).get(provider.id);
    // The bump also decides which renamed keys the package keeps as deprecated aliases.
    const kept = withKeptAliases(provider, before.catalog, bump);
    if (!bump) return { ...kept, version: before.version };
    const to = bumpVersion(before.version, bump);
    bumps.push({ packageName: provider.packageName, from: before.version, to, bump });
    return { ...kept, version: to };
  });
  return { model: { ...model, providers }, bumps };
}

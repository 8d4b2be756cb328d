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
  /** The catalog it records, read and validated; none when the record is `current`, or damaged (the version is then kept as it is). */
  catalog?: CatalogFile;
  /**
   * The record's bytes, when they are what errcat writes for the current
   * catalogs at `version` (`read-previous-output.ts`): nothing changed, so no
   * change rule need run, the aliases it declares are the model's, and while
   * the version stays the bytes are catalog.json again.
   */
  current?: Uint8Array;
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
 *
 * Every provider package depends on core and hands out its types, so a new
 * core version moves them too: a major one (core's results changed
 * incompatibly) is a major version of each, any other at least a patch
 * (their dependency range moved).
 */
export function withPackageVersions(model: Model, previous: ReadonlyMap<string, PreviousPackage>, coreBump?: VersionBump['bump']): { model: Model; bumps: VersionBump[] } {
  const bumps: VersionBump[] = [];
  const floor = coreBump === undefined ? undefined : coreBump === 'major' ? 'major' : 'patch';
  const providers = model.providers.map((provider) => {
    const before = previous.get(provider.id);
    if (!before) return provider;
    if (!before.catalog && !before.current) return { ...provider, version: before.version };
    // A record of the current catalogs has no changes to classify (at 100,000 entries the rules took 0.26 s to find none).
    const byCatalog = before.catalog && packageBumps(catalogChanges([before.catalog], [resolvedCatalog(provider)])).get(provider.id);
    const bump = larger(byCatalog, floor);
    // Made from these very catalogs at this version, the record is the file the emitter would make again (at 100,000 entries, 0.3 s).
    if (!bump && before.current) return { ...provider, version: before.version, catalogJson: before.current };
    // The bump also decides which renamed keys the package keeps as deprecated aliases.
    const kept = withKeptAliases(provider, before.catalog, bump);
    if (!bump) return { ...kept, version: before.version };
    const to = bumpVersion(before.version, bump);
    const reason = bump === byCatalog ? undefined : `${model.corePackageName} ${coreBump === 'major' ? 'changed incompatibly' : 'changed'}`;
    bumps.push({ packageName: provider.packageName, from: before.version, to, bump, ...(reason ? { reason } : {}) });
    return { ...kept, version: to };
  });
  return { model: { ...model, providers }, bumps };
}

const ORDER = ['patch', 'minor', 'major'] as const;

/** The larger of two bumps; undefined when neither is given. */
function larger(a: VersionBump['bump'] | undefined, b: VersionBump['bump'] | undefined): VersionBump['bump'] | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

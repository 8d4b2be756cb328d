import { bumpVersion } from '../changes/semver-bump.ts';
import { taxonomyBump, taxonomyChanges } from '../changes/taxonomy-changes.ts';
import type { Model } from '../model/model.ts';
import type { VersionBump } from './package-versions.ts';
import type { PreviousCore } from './read-previous-taxonomy.ts';

/**
 * Sets the core package's version from how the taxonomy changed since the
 * last run recorded it (`core/taxonomy.json`): the taxonomy is what core's
 * enum, table and defaults are made from, so a category added or handled
 * otherwise moves its version like a catalog change moves a provider's.
 */
export function withCoreVersion(model: Model, previous: PreviousCore | undefined): { model: Model; bump?: VersionBump } {
  if (!previous) return { model };
  const bump = taxonomyBump(taxonomyChanges(previous.categories, model.taxonomy));
  if (!bump) return { model: { ...model, coreVersion: previous.version } };
  const to = bumpVersion(previous.version, bump);
  return { model: { ...model, coreVersion: to }, bump: { packageName: model.corePackageName, from: previous.version, to, bump, reason: 'the taxonomy changed' } };
}

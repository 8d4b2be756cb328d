import { bumpVersion } from '../changes/semver-bump.ts';
import { taxonomyBump, taxonomyChanges } from '../changes/taxonomy-changes.ts';
import type { Model, RuntimeRelease } from '../model/model.ts';
import type { VersionBump } from './package-versions.ts';
import type { PreviousCore } from './read-previous-taxonomy.ts';

type Bump = VersionBump['bump'];

const ORDER: readonly Bump[] = ['patch', 'minor', 'major'];

/**
 * Sets the core package's version from what changed since the last run
 * recorded it (`core/taxonomy.json`): the taxonomy its enum, table and
 * defaults are made from (a category added or handled otherwise), and the
 * runtime copied into it (a higher compatibility level is a major version,
 * other source changes a minor one). Provider packages follow with `^` ranges.
 */
export function withCoreVersion(model: Model, previous: PreviousCore | undefined): { model: Model; bump?: VersionBump } {
  if (!previous) return { model };
  const reasons: { bump: Bump; reason: string }[] = [];
  const byTaxonomy = taxonomyBump(taxonomyChanges(previous.categories, model.taxonomy));
  if (byTaxonomy) reasons.push({ bump: byTaxonomy, reason: 'the taxonomy changed' });
  const byRuntime = runtimeBump(previous.runtime, model.runtime);
  if (byRuntime) reasons.push(byRuntime);
  if (reasons.length === 0) return { model: { ...model, coreVersion: previous.version } };
  const bump = reasons.map((r) => r.bump).reduce((a, b) => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b));
  const to = bumpVersion(previous.version, bump);
  const reason = reasons.map((r) => r.reason).join(' and ');
  return { model: { ...model, coreVersion: to }, bump: { packageName: model.corePackageName, from: previous.version, to, bump, reason } };
}

/** How the runtime changed: incompatibly (major), in its source (minor), or not at all. A record without a runtime predates versioning it: compatibility level 1. */
function runtimeBump(previous: RuntimeRelease | undefined, current: RuntimeRelease): { bump: Bump; reason: string } | undefined {
  if ((previous?.compatibility ?? 1) < current.compatibility) return { bump: 'major', reason: 'the runtime changed incompatibly' };
  if (previous?.digest !== current.digest) return { bump: 'minor', reason: 'the runtime changed' };
  return undefined;
}

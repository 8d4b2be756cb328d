import { compareText } from '../vocabulary/compare.ts';
import type { Model } from '../model/model.ts';
import type { Change } from '../changes/change.ts';
import { diffModels } from './diff-models.ts';
import { CLASSIFICATIONS, type Classification } from '../changes/rules.ts';
import { packageBumps, type Bump } from '../changes/semver-bump.ts';

/** What one side of a comparison is, for people: a git ref and its commit, a path, or the working tree. */
export interface SideLabel {
  /** A git ref, a catalog file or folder, or the catalog folder of the working tree. */
  kind: 'ref' | 'path' | 'working-tree';
  /** As the user named it, e.g. `origin/main`, `old/acme.yaml`, or the catalog folder. */
  label: string;
  /** The full commit id the ref pointed to, when the side is a git ref. */
  commit?: string;
}

/** One side of a comparison: its label and the model built from its catalogs. */
export interface DiffSide extends SideLabel {
  model: Model;
}

/** Counts of changes by classification. */
export type ClassificationCounts = Record<Classification, number>;

/** A generated package that changed, with the version bump its changes call for. */
export interface PackageReport {
  provider: string;
  /** The provider's display name (the newer side's, where both have it). */
  name: string;
  /** npm package name, e.g. `@errcat/notificore`. */
  packageName: string;
  /** `added` and `removed` packages come and go whole; `changed` ones need a new version. */
  status: 'added' | 'removed' | 'changed';
  /** The suggested bump; absent for an added package, which starts at the initial version. */
  bump?: Bump;
  counts: ClassificationCounts;
}

/** Everything a renderer needs: both sides, every change, and what it means for each package. */
export interface DiffReport {
  old: SideLabel;
  new: SideLabel;
  /** How many providers were compared (those of either side). */
  providers: number;
  counts: ClassificationCounts;
  /** Providers with at least one change, by id. */
  packages: PackageReport[];
  /** Every change, in the fixed order of `catalogChanges`. */
  changes: Change[];
}

/** Compares two sides and sums up what their changes mean for each package. */
export function diffReport(oldSide: DiffSide, newSide: DiffSide): DiffReport {
  const changes = diffModels(oldSide.model, newSide.model);
  const bumps = packageBumps(changes);
  const olds = new Map(oldSide.model.providers.map((p) => [p.id, p]));
  const news = new Map(newSide.model.providers.map((p) => [p.id, p]));
  const changed = [...new Set(changes.map((c) => c.provider))].sort(compareText);
  const packages = changed.map((id): PackageReport => {
    const provider = (news.get(id) ?? olds.get(id))!;
    const bump = bumps.get(id);
    return {
      provider: id,
      name: provider.name,
      packageName: provider.packageName,
      status: !olds.has(id) ? 'added' : !news.has(id) ? 'removed' : 'changed',
      ...(bump !== undefined ? { bump } : {}),
      counts: countsOf(changes.filter((c) => c.provider === id)),
    };
  });
  return {
    old: labelOf(oldSide),
    new: labelOf(newSide),
    providers: new Set([...olds.keys(), ...news.keys()]).size,
    counts: countsOf(changes),
    packages,
    changes,
  };
}

/** Counts changes by classification. */
export function countsOf(changes: readonly Change[]): ClassificationCounts {
  const counts: ClassificationCounts = { breaking: 0, behavioural: 0, compatible: 0 };
  for (const change of changes) counts[change.classification] += 1;
  return counts;
}

/**
 * Whether a report holds a change at `level` or more severe: `--fail-on
 * behavioural` also fails on a breaking change, since it is the worse of the two.
 */
export function hasChangesAtOrAbove(report: DiffReport, level: Classification): boolean {
  const worst = CLASSIFICATIONS.slice(0, CLASSIFICATIONS.indexOf(level) + 1);
  return worst.some((c) => report.counts[c] > 0);
}

function labelOf(side: DiffSide): SideLabel {
  return { kind: side.kind, label: side.label, ...(side.commit !== undefined ? { commit: side.commit } : {}) };
}

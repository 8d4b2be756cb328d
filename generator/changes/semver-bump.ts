// Only the two functions errcat calls: the package's index loads all of its 50 modules (some 10 ms of every run).
import inc from 'semver/functions/inc.js';
import parse from 'semver/functions/parse.js';
import type { Change } from './change.ts';
import { RULES, type RuleId } from './rules.ts';

/** A semantic-versioning bump of a generated package. */
export type Bump = 'major' | 'minor' | 'patch';

const ORDER: readonly Bump[] = ['patch', 'minor', 'major'];

/**
 * The bump one kind of change calls for:
 * - breaking → major: consumers' code stops compiling or a code means something else;
 * - behavioural → **minor**: every name stays, so no consumer has to change code,
 *   and such a change is almost always a correction of the data (the provider's
 *   documentation says the error is retryable, or the category was wrong). Making
 *   each correction a major version would make majors routine, teach consumers
 *   to pin, and keep corrections from them, which defeats a shared taxonomy.
 *   Minor still tells them more than a patch would (behaviour changed, read the
 *   changelog), and `errcat diff --fail-on behavioural` gates such changes in
 *   review, where they are listed apart from breaking ones;
 * - compatible → minor when it adds something (a member, a catalog, a
 *   deprecation notice), patch when it only fixes texts.
 */
export function bumpOf(rule: RuleId): Bump {
  const r = RULES[rule];
  if (r.classification === 'breaking') return 'major';
  if (r.classification === 'behavioural') return 'minor';
  return r.adds ? 'minor' : 'patch';
}

/** The larger of two bumps (major > minor > patch). */
export function largerBump(a: Bump, b: Bump): Bump {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/**
 * The bump each changed provider's package needs: the largest its changes
 * call for. Pure, for `npm run generate` to apply to the versions it writes.
 * A provider that was added is left out: its package is new and starts at the
 * initial version. Providers without changes are absent; the map iterates in
 * provider-id order.
 */
export function packageBumps(changes: readonly Change[]): Map<string, Bump> {
  const added = new Set(changes.filter((c) => c.rule === 'PROVIDER_ADDED').map((c) => c.provider));
  const bumps = new Map<string, Bump>();
  for (const change of [...changes].sort((a, b) => (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0))) {
    if (added.has(change.provider)) continue;
    const bump = bumpOf(change.rule);
    const before = bumps.get(change.provider);
    bumps.set(change.provider, before === undefined ? bump : largerBump(before, bump));
  }
  return bumps;
}

/**
 * Whether errcat can version a package from this version: a semantic version
 * (semver.org 2.0.0: `MAJOR.MINOR.PATCH`, an optional pre-release and build
 * metadata) written exactly, as the `semver` package parses it, with no `v`,
 * `=` or spaces around it, and every number below `Number.MAX_SAFE_INTEGER`,
 * so that a bump stays exact (`99999999999999999999.0.0` would bump to
 * nonsense). The previous output is read from files a pull request can edit.
 */
export function isBumpableVersion(version: unknown): version is string {
  if (typeof version !== 'string') return false;
  const parsed = parse(version);
  if (parsed === null || [parsed.major, parsed.minor, parsed.patch].some((n) => n >= Number.MAX_SAFE_INTEGER)) return false;
  // `semver` reads `v1.0.0` and ` 1.0.0` too; errcat writes versions exactly and reads them back so.
  return [parsed.version, ...(parsed.build.length > 0 ? [parsed.build.join('.')] : [])].join('+') === version;
}

/**
 * The version after a bump, by the `semver` package (as `npm version`
 * computes it): `1.4.2` + minor → `1.5.0`. A pre-release is released by the
 * bump it is already the pre-release of (`2.0.0-rc.1` + major or patch →
 * `2.0.0`), else bumped past; build metadata is dropped. `0.x` versions get
 * no special treatment: a breaking change of `0.3.1` gives `1.0.0`.
 *
 * @throws RangeError when `version` is not one errcat bumps (`isBumpableVersion`).
 */
export function bumpVersion(version: string, bump: Bump): string {
  if (!isBumpableVersion(version)) throw new RangeError(`\`${version}\` is not a semantic version such as 1.0.0`);
  return inc(version, bump)!;
}

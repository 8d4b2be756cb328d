import { createHash } from 'node:crypto';
import { readOutputFile } from '../load/output/output-file.ts';
import type { Model } from '../model/model.ts';
import { aFewAtATime } from '../vocabulary/a-few-at-a-time.ts';
import { TOP_UNIT, unitOf } from '../vocabulary/output-units.ts';
import type { Manifest } from '../write/manifest.ts';
import type { RunInputs } from './run-inputs.ts';

/**
 * The key of each output unit (see `vocabulary/output-units.ts`): the sha256
 * of what the unit is made from, so that a unit whose key is the one its
 * files were made with need not be generated again.
 * - a provider's package: errcat's own inputs and the options (`common`),
 *   its catalog files (its own and those it extends), its version and core's;
 * - core: `common` and core's version (core is made from the taxonomy, which
 *   is errcat's, and the options);
 * - the top of the folder (the index README): every catalog and every version.
 * `undefined` when a provider names a catalog the inputs did not hash (never
 * expected): nothing is then kept.
 */
export function unitKeys(inputs: RunInputs, model: Model): Map<string, string> | undefined {
  const keys = new Map<string, string>();
  const key = (...parts: string[]) => createHash('sha256').update(JSON.stringify([inputs.common, ...parts])).digest('hex');
  keys.set('core', key('core', model.coreVersion, ...model.coreSources));
  for (const provider of model.providers) {
    const sources = provider.sources.map((source) => [source, inputs.catalogs.get(source)]);
    if (sources.some(([, hash]) => hash === undefined)) return undefined;
    keys.set(provider.id, key('provider', provider.id, provider.version, model.coreVersion, ...sources.flat().map(String)));
  }
  const versions = model.providers.map((p) => `${p.id}@${p.version}`);
  keys.set(TOP_UNIT, key('top', inputs.key, model.coreVersion, ...versions));
  return keys;
}

/** The files a manifest lists for each unit, each with its one hash; a unit with a file listed with two hashes (a run under way) has none. */
export function filesByUnit(manifest: Manifest): Map<string, Map<string, string>> {
  const units = new Map<string, Map<string, string> | null>();
  for (const [file, hashes] of manifest.hashes) {
    const unit = unitOf(file);
    const files = units.get(unit);
    if (files === null) continue;
    if (hashes.length !== 1) units.set(unit, null);
    else if (files === undefined) units.set(unit, new Map([[file, hashes[0]!]]));
    else files.set(file, hashes[0]!);
  }
  return new Map([...units].filter((entry): entry is [string, Map<string, string>] => entry[1] !== null));
}

/**
 * The units a run need not generate again: the manifest records the key they
 * were made with, it is `keys`' key for them, and every file of theirs the
 * manifest lists still has the bytes it lists (read and hashed here: the
 * cache is never trusted over the files). Returns their files, with hashes.
 */
export async function keptUnits(
  root: string | undefined,
  manifest: Manifest,
  keys: ReadonlyMap<string, string>,
): Promise<{ units: Set<string>; files: Map<string, string> }> {
  const kept = { units: new Set<string>(), files: new Map<string, string>() };
  if (root === undefined || manifest.cache === undefined) return kept;
  for (const [unit, files] of filesByUnit(manifest)) {
    const key = keys.get(unit);
    if (key === undefined || manifest.cache.units.get(unit) !== key) continue;
    if (!(await allHashesMatch(root, files))) continue;
    kept.units.add(unit);
    for (const [file, sha256] of files) kept.files.set(file, sha256);
  }
  return kept;
}

/** Whether every file has the hash given, read and hashed a few at a time. */
async function allHashesMatch(root: string, files: ReadonlyMap<string, string>): Promise<boolean> {
  let intact = true;
  await aFewAtATime(
    files,
    async ([file, sha256]) => {
      const found = await readOutputFile(root, file, { keepBytes: 0 });
      if (found.kind !== 'file' || found.sha256 !== sha256) intact = false;
    },
    () => !intact,
  );
  return intact;
}

import { createHash } from 'node:crypto';
import { readOutputFile } from '../load/output/output-file.ts';
import type { Model, ProviderModel } from '../model/model.ts';
import { recordedVersion, RECORD_HEAD_BYTES } from '../release/read-previous-output.ts';
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
  keys.set('core', unitKey(inputs, 'core', model.coreVersion, ...model.coreSources));
  for (const provider of model.providers) {
    const key = providerKey(inputs, provider, provider.version, model.coreVersion);
    if (key === undefined) return undefined;
    keys.set(provider.id, key);
  }
  const versions = model.providers.map((p) => `${p.id}@${p.version}`);
  keys.set(TOP_UNIT, unitKey(inputs, 'top', inputs.key, model.coreVersion, ...versions));
  return keys;
}

function unitKey(inputs: RunInputs, ...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify([inputs.common, ...parts])).digest('hex');
}

/** A provider package's key (see `unitKeys`) at a version; `undefined` when it names a catalog the inputs did not hash. */
function providerKey(inputs: RunInputs, provider: ProviderModel, version: string, coreVersion: string): string | undefined {
  const sources = provider.sources.map((source) => [source, inputs.catalogs.get(source)]);
  if (sources.some(([, hash]) => hash === undefined)) return undefined;
  return unitKey(inputs, 'provider', provider.id, version, coreVersion, ...sources.flat().map(String));
}

/**
 * The provider packages a run keeps as they are, found before their records
 * are read: each at the version its catalog.json names (`recordedVersion`),
 * when the manifest records for its unit the key of these inputs at that
 * version and core's (`model.coreVersion`), and every file of the unit the
 * manifest lists still has the bytes it lists (catalog.json's read once, for
 * both). Such a record need not be compared with the catalogs to be known
 * for theirs (at 100,000 entries, making catalog.json again to compare cost
 * 0.35 s of a run that changed another provider): the key says the package
 * was made from these very inputs at that version, the evidence that keeps
 * its files. Returns each kept package's version and files, with hashes.
 */
export async function keptProviders(root: string, manifest: Manifest, inputs: RunInputs, model: Model): Promise<Map<string, { version: string; files: Map<string, string> }>> {
  const kept = new Map<string, { version: string; files: Map<string, string> }>();
  if (manifest.cache === undefined) return kept;
  const units = filesByUnit(manifest);
  for (const provider of model.providers) {
    const files = units.get(provider.id);
    const recorded = manifest.cache.units.get(provider.id);
    const record = `${provider.id}/catalog.json`;
    if (files === undefined || recorded === undefined || !files.has(record)) continue;
    const read = await readOutputFile(root, record, { keepBytes: RECORD_HEAD_BYTES });
    if (read.kind !== 'file' || read.sha256 !== files.get(record)) continue;
    const version = recordedVersion(read.head);
    if (version === undefined || providerKey(inputs, provider, version, model.coreVersion) !== recorded) continue;
    if (!(await allHashesMatch(root, new Map([...files].filter(([file]) => file !== record))))) continue;
    kept.set(provider.id, { version, files });
  }
  return kept;
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
 * cache is never trusted over the files), unless `verified` names them.
 * Returns their files, with hashes.
 */
export async function keptUnits(
  root: string | undefined,
  manifest: Manifest,
  keys: ReadonlyMap<string, string>,
  verified: ReadonlySet<string> = new Set(),
): Promise<{ units: Set<string>; files: Map<string, string> }> {
  const kept = { units: new Set<string>(), files: new Map<string, string>() };
  if (root === undefined || manifest.cache === undefined) return kept;
  for (const [unit, files] of filesByUnit(manifest)) {
    const key = keys.get(unit);
    if (key === undefined || manifest.cache.units.get(unit) !== key) continue;
    // `verified`: units whose files were just read and hashed (`keptProviders`).
    if (!verified.has(unit) && !(await allHashesMatch(root, files))) continue;
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

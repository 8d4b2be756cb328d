import { createHash } from 'node:crypto';
import { sameValue } from '../changes/same-value.ts';
import { catalogStem } from '../load/catalog-files.ts';
import { readOutputFile } from '../load/output/output-file.ts';
import type { RememberedHashes } from '../load/remembered-hashes.ts';
import type { Model, ProviderModel, ProviderSummary } from '../model/model.ts';
import { readPreviousTaxonomy } from '../release/read-previous-taxonomy.ts';
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
 * A provider set aside (`aside`, not in the model's providers) keeps the key
 * it was found with. `undefined` when a provider names a catalog the inputs
 * did not hash (never expected): nothing is then kept.
 */
export function unitKeys(inputs: RunInputs, model: Model, aside: ReadonlyMap<string, AsideProvider> = new Map()): Map<string, string> | undefined {
  const keys = new Map<string, string>();
  keys.set('core', unitKey(inputs, 'core', model.coreVersion, ...model.coreSources));
  const versions = new Map<string, string>();
  for (const provider of model.providers) {
    const key = providerKey(inputs, provider, provider.version, model.coreVersion);
    if (key === undefined) return undefined;
    keys.set(provider.id, key);
    versions.set(provider.id, provider.version);
  }
  for (const [id, kept] of aside) {
    keys.set(id, kept.key);
    versions.set(id, kept.version);
  }
  keys.set(TOP_UNIT, unitKey(inputs, 'top', inputs.key, model.coreVersion, ...model.summaries.map((p) => `${p.id}@${versions.get(p.id)}`)));
  return keys;
}

function unitKey(inputs: RunInputs, ...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify([inputs.common, ...parts])).digest('hex');
}

/** A provider package's key (see `unitKeys`) at a version; `undefined` when it names a catalog the inputs did not hash. */
function providerKey(inputs: RunInputs, provider: Pick<ProviderModel, 'id' | 'sources'>, version: string, coreVersion: string): string | undefined {
  const sources = provider.sources.map((source) => [source, inputs.catalogs.get(source)]);
  if (sources.some(([, hash]) => hash === undefined)) return undefined;
  return unitKey(inputs, 'provider', provider.id, version, coreVersion, ...sources.flat().map(String));
}

/** A provider package a run keeps as it is: its version, its files with their hashes, and the key it was made with. */
export interface KeptProvider {
  version: string;
  files: ReadonlyMap<string, string>;
  key: string;
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
 * `verified`: providers found so earlier in the run (`providersAside`),
 * from the same sources: not read and hashed again. `hashes`: those a
 * watching process remembers (files unchanged since are not read again).
 */
export async function keptProviders(
  root: string,
  manifest: Manifest,
  inputs: RunInputs,
  model: Model,
  verified: ReadonlyMap<string, AsideProvider> = new Map(),
  hashes?: RememberedHashes,
): Promise<Map<string, KeptProvider>> {
  const kept = new Map<string, KeptProvider>();
  const units = filesByUnit(manifest);
  for (const provider of model.providers) {
    const known = verified.get(provider.id);
    const found = known && sameValue(known.summary.sources, provider.sources) ? known : await keptAtRecordedVersion(root, manifest, units, inputs, provider, model.coreVersion, hashes);
    if (found) kept.set(provider.id, found);
  }
  return kept;
}

/** A provider kept without its own catalog file being read (see `providersAside`): as kept, with the summary the manifest records. */
export interface AsideProvider extends KeptProvider {
  summary: ProviderSummary;
}

/**
 * The providers a run can keep without reading their catalogs, from the
 * summaries the manifest records (`CacheRecord.providers`): kept by the
 * evidence of `keptProviders` (their key at the version their record names,
 * from the catalog files their summary lists, and every file's hash), at
 * the core version the output records. Not set aside:
 * - a provider whose files' names (stems) another catalog file also has:
 *   which file an id names is then for the loader to say;
 * - a parent of a provider that is loaded: its catalogs are part of the child's.
 * The summaries are hostile input like the rest of the manifest; used only
 * by a writing run, never by `--check`. The loader reports what a summary
 * cannot say (a changed catalog that now extends a provider set aside names
 * no provider there): the caller then loads every catalog. Returns those set
 * aside, and every provider found kept (`verified`: parents that are read
 * among them), so the release step need not hash their files again.
 * `hashes`: as for `keptProviders`.
 */
export async function providersAside(
  root: string,
  manifest: Manifest,
  inputs: RunInputs,
  hashes?: RememberedHashes,
): Promise<{ aside: Map<string, AsideProvider>; verified: Map<string, AsideProvider> }> {
  const verified = new Map<string, AsideProvider>();
  const aside = new Map<string, AsideProvider>();
  const recorded = manifest.cache?.providers;
  const core = recorded?.length ? await readPreviousTaxonomy(root) : undefined;
  if (recorded === undefined || core === undefined) return { aside, verified };
  const stems = new Map<string, number>();
  for (const label of inputs.catalogs.keys()) stems.set(catalogStem(label), (stems.get(catalogStem(label)) ?? 0) + 1);
  const units = filesByUnit(manifest);
  for (const summary of recorded) {
    if (!summary.sources.every((source) => stems.get(catalogStem(source)) === 1)) continue;
    const kept = await keptAtRecordedVersion(root, manifest, units, inputs, summary, core.version, hashes);
    if (kept) verified.set(summary.id, { ...kept, summary });
  }
  const loadedNeed = new Set(recorded.filter((s) => !verified.has(s.id)).flatMap((s) => s.sources));
  for (const [id, provider] of verified) if (!loadedNeed.has(provider.summary.sources[0]!)) aside.set(id, provider);
  return { aside, verified };
}

/**
 * A provider's package as the manifest and its record say it was made, when
 * its key from these inputs at the version its catalog.json names is the one
 * recorded, and every file of its unit has the hash listed.
 */
async function keptAtRecordedVersion(
  root: string,
  manifest: Manifest,
  units: ReadonlyMap<string, ReadonlyMap<string, string>>,
  inputs: RunInputs,
  provider: Pick<ProviderModel, 'id' | 'sources'>,
  coreVersion: string,
  hashes: RememberedHashes | undefined,
): Promise<KeptProvider | undefined> {
  const files = units.get(provider.id);
  const recorded = manifest.cache?.units.get(provider.id);
  const record = `${provider.id}/catalog.json`;
  if (files === undefined || recorded === undefined || !files.has(record)) return undefined;
  const read = await readOutputFile(root, record, { keepBytes: RECORD_HEAD_BYTES, hashes });
  if (read.kind !== 'file' || read.sha256 !== files.get(record)) return undefined;
  const version = recordedVersion(read.head);
  if (version === undefined || providerKey(inputs, provider, version, coreVersion) !== recorded) return undefined;
  if (!(await allHashesMatch(root, new Map([...files].filter(([file]) => file !== record)), hashes))) return undefined;
  return { version, files, key: recorded };
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
 * record is never trusted over the files; a watching process's `hashes`,
 * as for `keptProviders`, stand for files unchanged since it hashed them),
 * unless `verified` names them. Returns their files, with hashes.
 */
export async function keptUnits(
  root: string | undefined,
  manifest: Manifest,
  keys: ReadonlyMap<string, string>,
  verified: ReadonlySet<string> = new Set(),
  hashes?: RememberedHashes,
): Promise<{ units: Set<string>; files: Map<string, string> }> {
  const kept = { units: new Set<string>(), files: new Map<string, string>() };
  if (root === undefined || manifest.cache === undefined) return kept;
  for (const [unit, files] of filesByUnit(manifest)) {
    const key = keys.get(unit);
    if (key === undefined || manifest.cache.units.get(unit) !== key) continue;
    // `verified`: units whose files were just read and hashed (`keptProviders`).
    if (!verified.has(unit) && !(await allHashesMatch(root, files, hashes))) continue;
    kept.units.add(unit);
    for (const [file, sha256] of files) kept.files.set(file, sha256);
  }
  return kept;
}

/** Whether every file has the hash given, read and hashed a few at a time. */
async function allHashesMatch(root: string, files: ReadonlyMap<string, string>, hashes: RememberedHashes | undefined): Promise<boolean> {
  let intact = true;
  await aFewAtATime(
    files,
    async ([file, sha256]) => {
      const found = await readOutputFile(root, file, { keepBytes: 0, hashes });
      if (found.kind !== 'file' || found.sha256 !== sha256) intact = false;
    },
    () => !intact,
  );
  return intact;
}

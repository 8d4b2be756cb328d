import { isContentHash } from '../vocabulary/content-hash.ts';
import { readOutputFile, type OutputFile } from '../load/output/output-file.ts';
import { isSafeRelative } from './output-path.ts';
import type { ProviderSummary } from '../model/model.ts';
import { parseProviderSummary } from '../model/provider-summary.ts';

/** Name of the manifest in the output folder: the files errcat wrote there, with the sha256 of each. */
export const MANIFEST_NAME = '.errcat-manifest.json';

/** The most of a manifest errcat reads: 100,000 files take about 10 MB; a larger one is not errcat's, and nothing in it is trusted. */
const MAX_MANIFEST_BYTES = 64 * 2 ** 20;

/** What a manifest on disk says errcat wrote. */
export interface Manifest {
  /**
   * For each file errcat wrote, the sha256 of the bytes it wrote; two while a
   * run is under way (the old and the new content, see `transition` in the plan).
   */
  hashes: ReadonlyMap<string, readonly string[]>;
  /** Paths listed by the manifest format before hashes (a list of paths): listed, but never errcat's to overwrite or remove. */
  unhashed: ReadonlySet<string>;
  /** What produced the files listed, if the run that wrote them said (see `cache/`). */
  cache?: CacheRecord;
}

/**
 * What produced the files a manifest lists: the sha256 of every input of the
 * run (`inputs`), and of the inputs of each output unit (`units`, see
 * `vocabulary/output-units.ts`). Only ever a hint: a run trusts it only for
 * files whose bytes still have the hash the manifest lists.
 */
export interface CacheRecord {
  inputs: string;
  units: ReadonlyMap<string, string>;
  /** What the index README says of each provider, and what its package is made from: a run may then keep it without reading its catalogs. */
  providers?: readonly ProviderSummary[];
}

/** No manifest: a first run, or a manifest errcat cannot trust. */
export const NO_MANIFEST: Manifest = { hashes: new Map(), unhashed: new Set() };

/**
 * The manifest's content: paths sorted (by UTF-16 code units, as
 * `Array.prototype.sort` does), each with the hash of its bytes, or the sorted
 * hashes it may have; no timestamps, so the file is byte-identical across
 * runs and machines. Rendered line by line rather than through an object, so
 * that the order is the sorted one whatever the paths look like.
 */
export function manifestContent(hashes: ReadonlyMap<string, readonly string[]>, cache?: CacheRecord): string {
  const lines = [...hashes.keys()].sort().map((file) => {
    const list = [...new Set(hashes.get(file))].sort();
    return `    ${JSON.stringify(file)}: ${JSON.stringify(list.length === 1 ? list[0] : list)}`;
  });
  const comment = 'Files errcat wrote here, with the sha256 of the bytes it wrote: it overwrites or removes a listed file only while its bytes still have that hash.';
  return `{\n  "//": ${JSON.stringify(comment)},\n  "sha256": {${lines.length > 0 ? `\n${lines.join(',\n')}\n  ` : ''}}${cache ? `,\n${cacheContent(cache)}` : ''}\n}\n`;
}

/** The `cache` member of a manifest: units sorted like paths, one per line. */
function cacheContent(cache: CacheRecord): string {
  const comment =
    'What produced these files: the sha256 of every input (catalogs, templates, runtime sources, options, errcat\'s code), and of each unit\'s. A run whose inputs hash the same, and whose files still have the hashes above, has nothing to do.';
  const units = [...cache.units.keys()].sort().map((unit) => `      ${JSON.stringify(unit)}: ${JSON.stringify(cache.units.get(unit))}`);
  // Sorted as the model sorts them (by id); one line each, so a review sees which provider's changed.
  const providers = cache.providers?.map((p) => `      ${JSON.stringify(p.id)}: ${JSON.stringify(p)}`);
  const providersMember = providers === undefined ? '' : `,\n    "providers": {${providers.length > 0 ? `\n${providers.join(',\n')}\n    ` : ''}}`;
  return `  "cache": {\n    "//": ${JSON.stringify(comment)},\n    "inputs": ${JSON.stringify(cache.inputs)},\n    "units": {${units.length > 0 ? `\n${units.join(',\n')}\n    ` : ''}}${providersMember}\n  }`;
}

/**
 * Reads the manifest of an output folder, as untrusted input (it arrives
 * through pull requests): read without following a link and bounded; paths
 * that are not plain relative paths and values that are not sha256 hashes are
 * dropped. The old format (`files`: paths without hashes) is read into
 * `unhashed`: such files are reported, never removed or overwritten. Returns
 * the manifest file as read, too, for the plan to compare with the new one.
 */
export async function readManifest(root: string): Promise<{ manifest: Manifest; file: OutputFile }> {
  const file = await readOutputFile(root, MANIFEST_NAME, { keepBytes: MAX_MANIFEST_BYTES, hash: false });
  if (file.kind !== 'file' || file.size > MAX_MANIFEST_BYTES) return { manifest: NO_MANIFEST, file };
  return { manifest: parseManifest(file.head.toString('utf8')), file };
}

/** A manifest's text as a {@link Manifest}; anything unreadable is no manifest. */
export function parseManifest(text: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return NO_MANIFEST;
  }
  if (!isRecord(parsed)) return NO_MANIFEST;
  const hashes = new Map<string, string[]>();
  const unhashed = new Set<string>();
  const recorded = parsed['sha256'];
  if (isRecord(recorded)) {
    for (const [file, value] of Object.entries(recorded)) {
      const list = (Array.isArray(value) ? value : [value]).filter(isContentHash);
      if (isSafeRelative(file) && list.length > 0) hashes.set(file, list);
    }
  } else if (Array.isArray(parsed['files'])) {
    for (const file of parsed['files']) if (typeof file === 'string' && isSafeRelative(file)) unhashed.add(file);
  }
  const cache = parseCache(parsed['cache']);
  return cache ? { hashes, unhashed, cache } : { hashes, unhashed };
}

/** A manifest's cache record, if it has the shape errcat writes; anything else is no record. */
function parseCache(value: unknown): CacheRecord | undefined {
  if (!isRecord(value) || !isContentHash(value['inputs']) || !isRecord(value['units'])) return undefined;
  const units = new Map<string, string>();
  for (const [unit, key] of Object.entries(value['units'])) if (isContentHash(key)) units.set(unit, key);
  const providers = parseProviders(value['providers']);
  return { inputs: value['inputs'], units, ...(providers ? { providers } : {}) };
}

/** The recorded provider summaries, each under its own id; one that is not as errcat writes it drops them all (nothing is then kept unread). */
function parseProviders(value: unknown): ProviderSummary[] | undefined {
  if (!isRecord(value)) return undefined;
  const providers: ProviderSummary[] = [];
  for (const [id, recorded] of Object.entries(value)) {
    const summary = parseProviderSummary(recorded);
    if (summary === undefined || summary.id !== id) return undefined;
    providers.push(summary);
  }
  return providers;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

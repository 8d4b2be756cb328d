import path from 'node:path';
import { isBumpableVersion } from '../changes/semver-bump.ts';
import { displayPath } from '../load/catalog-files.ts';
import { decodeCatalogBytes } from '../load/decode-catalog-bytes.ts';
import { parseRecordText } from '../load/parse-catalog-text.ts';
import { readOutputRecord } from '../load/output/output-file.ts';
import type { RegularFile } from '../load/read-regular-file.ts';
import type { CatalogFile } from '../types/catalog.ts';
import { validateCatalogs } from '../validate/validate-catalogs.ts';
import { boundedText } from '../vocabulary/abbreviate.ts';
import type { Diagnostic } from '../vocabulary/diagnostic.ts';
import { INITIAL_VERSION } from '../vocabulary/initial-version.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import type { PreviousPackage } from './package-versions.ts';

/** What the last run left for the providers: what versions them, and a note for each record found damaged. */
export interface PreviousOutput {
  packages: Map<string, PreviousPackage>;
  /** One line a damaged record: `note: <file> is damaged (…); versioning <package> from …`. */
  notes: string[];
}

/**
 * What the last run wrote for each provider: its catalog.json, and the
 * package version recorded in it (`release.version`; the package.json version
 * for output written before catalog.json recorded it). Read as input: the
 * generated folder is both output and the record of the last release, and it
 * arrives with pull requests, so catalog.json is read like a catalog (no
 * link followed, bounded, UTF-8; parsed as the JSON errcat writes it,
 * `parseRecordText`) and validated like one, schema and rules, before the
 * change rules read it.
 *
 * A missing catalog.json means a first generation. A damaged one (unreadable,
 * invalid, or recording a version errcat cannot bump) is said in a note, and
 * the package is versioned from its package.json, unbumped, or from the
 * initial version when that is damaged too; the output is then regenerated.
 */
export async function readPreviousOutput(outDir: string, providers: readonly { id: string; packageName: string }[], recordBytes?: RecordBytes): Promise<PreviousOutput> {
  const packages = new Map<string, PreviousPackage>();
  const notes: string[] = [];
  for (const { id, packageName } of providers) {
    const file = path.join(outDir, id, 'catalog.json');
    const record = await readRecord(outDir, id, recordBytes);
    let why: string;
    if (record.kind === 'missing') continue;
    if (record.kind === 'current') {
      packages.set(id, { version: record.version, current: record.bytes });
      continue;
    }
    if (record.kind === 'damaged') why = record.why;
    else {
      const recorded = record.catalog.release?.version;
      // Output of an older errcat recorded no release: its package.json holds the version.
      const version = recorded ?? (await packageVersion(outDir, id));
      if (isBumpableVersion(version)) {
        packages.set(id, { version, catalog: record.catalog });
        continue;
      }
      if (recorded === undefined) continue; // neither records a version: a first generation, as before
      why = `release version \`${boundedText(recorded, 100)}\` is not a semantic version errcat can bump`;
    }
    const fallback = await packageVersion(outDir, id);
    const usable = isBumpableVersion(fallback);
    if (usable) packages.set(id, { version: fallback });
    notes.push(`note: ${displayPath(file)} is damaged (${why}); versioning ${packageName} from ${usable ? 'its package.json' : INITIAL_VERSION}`);
  }
  return { packages, notes };
}

/** A provider's catalog.json: none, the current catalogs' own output at a version, another valid catalog, or why it is damaged. */
type CatalogRecord =
  | { kind: 'missing' }
  | { kind: 'current'; version: string; bytes: Uint8Array }
  | { kind: 'catalog'; catalog: CatalogFile }
  | { kind: 'damaged'; why: string };

/**
 * The bytes errcat writes as a provider's catalog.json at a version, made
 * from the current, validated catalogs, a piece at a time (so a comparison
 * stops at the first difference, before the rest is made); undefined for a
 * provider it does not know. Given by the pipeline, which may use the
 * emitters (this stage may not).
 */
export type RecordBytes = (providerId: string, version: string) => Iterable<Uint8Array> | undefined;

async function readRecord(outDir: string, id: string, recordBytes: RecordBytes | undefined): Promise<CatalogRecord> {
  const file = path.join(outDir, id, 'catalog.json');
  const read = await readOutputRecord(outDir, `${id}/catalog.json`, LIMITS.maxFileBytes);
  if (read.kind === 'missing') return { kind: 'missing' };
  if (read.kind !== 'read') return { kind: 'damaged', why: unreadable(read) };
  const version = recordBytes && currentVersion(read.bytes, id, recordBytes);
  if (version !== undefined) return { kind: 'current', version, bytes: read.bytes };
  const shown = displayPath(file);
  const decoded = decodeCatalogBytes(read.bytes, shown);
  if (!decoded.ok) return { kind: 'damaged', why: `${decoded.diagnostic.message} at ${decoded.diagnostic.line}:${decoded.diagnostic.column}` };
  // Named by its provider id, as a catalog file is: the id it holds must be this provider's.
  const parsed = parseRecordText(shown, id, decoded.text);
  if (!parsed.ok) return damagedBy(parsed.diagnostics);
  const { diagnostics } = validateCatalogs([parsed.catalog]);
  if (diagnostics.length > 0) return damagedBy(diagnostics);
  return { kind: 'catalog', catalog: parsed.catalog.value as CatalogFile };
}

/** What precedes the version in a record errcat wrote (`catalog-json-emitter.ts`: `$schema`, `$comment`, then `release`). */
const RELEASE_VERSION = '\n  "release": {\n    "version": "';

/** How far into a record its version is looked for: past `$schema` and a `$comment` that names the catalog's sources. */
export const RECORD_HEAD_BYTES = 64 * 1024;

/**
 * The version a record errcat wrote names, read from its first bytes (at
 * least `RECORD_HEAD_BYTES` of them, where it has them) as errcat writes it:
 * only a version errcat can bump. Says nothing of the rest of the record.
 */
export function recordedVersion(head: Uint8Array): string | undefined {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, RECORD_HEAD_BYTES)).toString('utf8');
  const at = text.indexOf(RELEASE_VERSION);
  const end = at < 0 ? -1 : text.indexOf('"', at + RELEASE_VERSION.length);
  const version = end < 0 ? undefined : text.slice(at + RELEASE_VERSION.length, end);
  return isBumpableVersion(version) ? version : undefined;
}

/**
 * The version a record names when its bytes are exactly those errcat writes
 * for the current catalogs at that version: the common case (nothing changed
 * since the last run, as in every `--check` that passes), and the costly one
 * to read like a catalog (at 100,000 entries, parsing and validating the
 * record took some 0.9 s). Such a record need not be read at all: it says
 * what the current catalogs say, and declares the aliases their model does.
 * Anything else, a byte or a version apart, is read in full.
 */
function currentVersion(bytes: Buffer, id: string, recordBytes: RecordBytes): string | undefined {
  const version = recordedVersion(bytes);
  const expected = version === undefined ? undefined : recordBytes(id, version);
  return expected !== undefined && startsEachPiece(bytes, expected) ? version : undefined;
}

/** Whether `bytes` are the pieces, one after another, and nothing more; stops taking pieces at the first that differs. */
function startsEachPiece(bytes: Buffer, pieces: Iterable<Uint8Array>): boolean {
  let offset = 0;
  for (const piece of pieces) {
    const end = offset + piece.byteLength;
    if (end > bytes.length || !bytes.subarray(offset, end).equals(piece)) return false;
    offset = end;
  }
  return offset === bytes.length;
}

/** Why a record is damaged, in a few words: its first problem, located, and how many more. */
function damagedBy(diagnostics: readonly Diagnostic[]): CatalogRecord {
  const first = diagnostics[0]!;
  const more = diagnostics.length > 1 ? `, and ${diagnostics.length - 1} more problem${diagnostics.length === 2 ? '' : 's'}` : '';
  return { kind: 'damaged', why: `${boundedText(first.message, 300)} at ${first.line}:${first.column}${more}` };
}

function unreadable(read: Exclude<RegularFile, { kind: 'read' | 'missing' }>): string {
  switch (read.kind) {
    case 'link':
      return 'a symbolic link, not read';
    case 'not-regular':
      return `${read.what}, not a file`;
    case 'too-large':
      return `over the ${LIMITS.maxFileBytes}-byte limit`;
  }
}

/** The version in a provider's package.json, read like the catalog (bounded, no link); undefined when there is none. */
async function packageVersion(outDir: string, id: string): Promise<unknown> {
  const read = await readOutputRecord(outDir, `${id}/package.json`, LIMITS.maxFileBytes);
  if (read.kind !== 'read') return undefined;
  try {
    return (JSON.parse(read.bytes.toString('utf8')) as { version?: unknown } | null)?.version;
  } catch {
    return undefined;
  }
}

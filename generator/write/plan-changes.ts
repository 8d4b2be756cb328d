import path from 'node:path';
import { encodedSize, type EncodedText, type GeneratedFile } from '../emit/generated-file.ts';
import { extraMatcher } from './allow-extra.ts';
import { contentHash } from '../vocabulary/content-hash.ts';
import type { EntryKind } from '../load/output/entry-kind.ts';
import { manifestContent, MANIFEST_NAME, NO_MANIFEST, readManifest, type CacheRecord, type Manifest } from './manifest.ts';
import { conflictProblem } from './output-conflict-error.ts';
import { readOutputFile, type OutputFile } from '../load/output/output-file.ts';
import type { RememberedHashes } from '../load/remembered-hashes.ts';
import { isLockEntry } from './output-lock.ts';
import { outputPath } from './output-path.ts';
import { resolveOutputRoot } from './output-root.ts';
import { listOutput, type OutputEntry } from './output-walk.ts';
import { tempTargetOf } from './temp-name.ts';
import { aFewAtATime } from '../vocabulary/a-few-at-a-time.ts';

/** Where and how to plan. */
export interface PlanOptions {
  /** The project folder (absolute): the output folder must lie strictly inside it. */
  projectRoot: string;
  /**
   * Foreign entries the project keeps in the output folder on purpose:
   * picomatch patterns relative to it (see `allow-extra.ts`). Default none.
   */
  allowExtra?: readonly string[];
  /**
   * Files errcat wrote before and does not generate again this run (their
   * unit's inputs are unchanged, see `cache/`), each with the sha256 its
   * bytes must still have: such a file is unchanged if they do, and listed
   * in `unverified` if not. The new manifest lists them as well.
   */
  kept?: ReadonlyMap<string, string>;
  /** Whether the kept files' hashes were checked against their bytes just before (see `cache/output-cache.ts`): not read again. */
  keptVerified?: boolean;
  /** What produced the output, for the new manifest (see `CacheRecord`); without it the manifest records none. */
  cache?: CacheRecord;
  /** The hashes a watching process remembers: a file of the folder unchanged since it was hashed is not read again. */
  remembered?: RememberedHashes;
}

/** An entry in the output folder that errcat did not make (or no longer recognises as its own): left alone. */
export interface ForeignEntry {
  /** `/`-separated path relative to the output folder. */
  path: string;
  /** What it is; a folder is listed when empty or too deep to list. */
  kind: EntryKind;
  /** Why it is not errcat's, as a phrase: `not made by errcat`, `changed since errcat wrote it`… */
  reason: string;
}

/** Something errcat will not write over or through: the whole run is refused before anything is written. */
export interface PlannedConflict {
  /** `/`-separated path relative to the output folder (`''`: the folder itself). */
  path: string;
  /** Why, as a phrase (see `conflictProblem`). */
  problem: string;
}

/** What a run would change in the output folder. */
export interface ChangePlan {
  /** The output folder's absolute path, checked to lie inside the project. */
  root: string;
  /** The output folder relative to the project, for messages. */
  out: string;
  /** Files to create, with their new content. */
  added: GeneratedFile[];
  /**
   * Files whose bytes differ: the new file, what reads the start of the old
   * text (at most one byte longer than the new one: a huge file is never read
   * whole; read only for the `--check` report, since a writing run needs no
   * old text and a large catalog's changed files are hundreds of megabytes),
   * the old size, and whether errcat wrote the old bytes (if not, the run is
   * refused: see `conflicts`).
   */
  changed: { file: GeneratedFile; old: () => Promise<string>; oldSize: number; owned: boolean }[];
  /** Files identical on disk. */
  unchanged: string[];
  /** Files errcat wrote (the manifest's hash matches their bytes) and no longer makes. */
  removed: string[];
  /** Empty folders on the way to files errcat made before and no longer makes. */
  removedFolders: string[];
  /** Entries errcat did not make (beyond the allowed extras): left alone, reported; `--check` fails on them. */
  foreign: ForeignEntry[];
  /** Temporary files an interrupted run left behind. */
  stale: string[];
  /** Entries errcat refuses to write over or through; a writing run stops on any, before writing. */
  conflicts: PlannedConflict[];
  /** Kept files (see `PlanOptions.kept`) whose bytes no longer have the hash they were kept by: the plan is no good, generate them. */
  unverified: string[];
  /** The UTF-8 bytes of each file to write (added or changed, the manifest aside): encoded once, hashed here and written as they are. */
  bytes: Map<string, EncodedText>;
  /** The manifest to write last. */
  manifest: GeneratedFile;
  /** Whether the manifest on disk differs from `manifest` in its cache record only: the output is up to date, the record is not. */
  cacheOnly: boolean;
  /**
   * The manifest to put in place before the first rename: every hash the old
   * one listed plus every new one, so that at any moment of a run (killed
   * included) each file on disk is one the manifest on disk covers.
   */
  transition: GeneratedFile;
}

/**
 * Compares the generated files with the output folder, reading only, never
 * through a link and never more than a bounded number of bytes of a file
 * (see `output-file.ts`): the output folder arrives through pull requests,
 * so everything in it may be hostile. A file is errcat's only if the
 * manifest lists it with the sha256 of its current bytes.
 */
export async function planChanges(outDir: string, files: readonly GeneratedFile[], options: PlanOptions): Promise<ChangePlan> {
  const root = await resolveOutputRoot(options.projectRoot, outDir);
  const isAllowed = extraMatcher(options.allowExtra ?? []);
  for (const file of files) outputPath(root.path, file.path); // a generated path that leaves the folder is a bug: refuse it first
  const read = root.exists ? await readManifest(root.path) : { manifest: NO_MANIFEST, file: { kind: 'missing' } as OutputFile };
  const previous = read.manifest;

  const kept = options.kept ?? new Map<string, string>();
  const hashes = new Map<string, string[]>([...kept].map(([file, sha256]) => [file, [sha256]]));
  const bytes = new Map<string, EncodedText>();
  for (const file of files) {
    const encoded = file.bytes ?? [Buffer.from(file.content, 'utf8')];
    bytes.set(file.path, encoded);
    hashes.set(file.path, [contentHash(encoded)]);
  }
  const manifest: GeneratedFile = { path: MANIFEST_NAME, content: manifestContent(hashes, options.cache) };
  const plan: ChangePlan = {
    root: root.path,
    out: root.relative,
    added: [],
    changed: [],
    unchanged: [],
    removed: [],
    removedFolders: [],
    foreign: [],
    stale: [],
    conflicts: [],
    unverified: [],
    bytes,
    manifest,
    cacheOnly: false,
    transition: { path: MANIFEST_NAME, content: manifestContent(mergeHashes(previous.hashes, hashes)) },
  };
  const conflict = (at: string, problem: string) => {
    const relative = path.relative(root.path, at).split(path.sep).join('/');
    if (!plan.conflicts.some((c) => c.path === relative)) plan.conflicts.push({ path: relative, problem });
  };

  await aFewAtATime(kept, async ([file, sha256]) => {
    const found = !root.exists ? undefined : options.keptVerified ? ({ kind: 'file', sha256 } as const) : await readOutputFile(root.path, file, { keepBytes: 0, hashes: options.remembered });
    if (found?.kind === 'file' && found.sha256 === sha256) plan.unchanged.push(file);
    else plan.unverified.push(file);
  });
  plan.unchanged.sort();
  // Read a few at a time (each read waits on the disk, not on the others); sorted into the plan in the files' order.
  const found = new Map<string, OutputFile>();
  if (root.exists) await aFewAtATime(files, async (file) => void found.set(file.path, await readOutputFile(root.path, file.path, { keepBytes: 0, hashes: options.remembered })));
  for (const file of files) {
    // Compared by size and sha256 (encoded and hashed once, above): only a changed file's old text is kept, for the report.
    const want = { size: encodedSize(bytes.get(file.path)!), sha256: hashes.get(file.path)![0]! };
    const oldText = async () => {
      const again = await readOutputFile(root.path, file.path, { keepBytes: want.size + 1, hash: false });
      return again.kind === 'file' ? again.head.toString('utf8') : '';
    };
    // A record errcat wrote before is errcat's whatever it holds now: damage to it is repaired (the release stage has said so in a note).
    const recordOfOurs = file.record === true && (previous.hashes.has(file.path) || previous.unhashed.has(file.path));
    const owned = (sha256: string | undefined) => recordOfOurs || (sha256 !== undefined && (previous.hashes.get(file.path) ?? []).includes(sha256));
    await compare(plan, file, want, found.get(file.path) ?? { kind: 'missing' }, oldText, owned, conflict, previous.unhashed.has(file.path) ? UNHASHED : NOT_WRITTEN);
  }
  const toWrite = new Set([...plan.added, ...plan.changed.map((c) => c.file)].map((f) => f.path));
  for (const path of [...bytes.keys()]) if (!toWrite.has(path)) bytes.delete(path); // only what is written is kept
  // The manifest is errcat's by its name: rewritten whatever it holds, as long as it is a regular file.
  const manifestBytes = Buffer.from(manifest.content, 'utf8');
  // A manifest that differs only in what it says produced the files is up to date as output; a writing run still records the new cache.
  const onDisk = read.file.kind === 'file' ? read.file.head : undefined;
  // Only what produced the files (inputs, unit keys) may differ so: the providers' summaries are what the catalogs give, held to them like output.
  const recorded = previous.cache && options.cache?.providers ? { ...previous.cache, providers: options.cache.providers } : previous.cache;
  const asRecorded = previous.cache === options.cache ? undefined : Buffer.from(manifestContent(hashes, recorded), 'utf8');
  if (onDisk !== undefined && asRecorded?.equals(onDisk) && !onDisk.equals(manifestBytes)) {
    plan.unchanged.push(MANIFEST_NAME);
    plan.cacheOnly = true;
  } else {
    const want = { size: manifestBytes.length, sha256: contentHash(manifestBytes) };
    const oldText = async () => (read.file.kind === 'file' ? read.file.head.toString('utf8') : '');
    await compare(plan, manifest, want, read.file.kind === 'file' ? { ...read.file, sha256: contentHash(read.file.head) } : read.file, oldText, () => true, conflict, NOT_WRITTEN);
  }

  if (!root.exists) return plan;
  const wanted = new Set([...files.map((f) => f.path), ...kept.keys(), MANIFEST_NAME]);
  const wantedFolders = new Set([...wanted].flatMap(foldersOf));
  const madeFolders = new Set([...previous.hashes.keys()].flatMap(foldersOf));
  for (const entry of await listOutput(root.path, isLockEntry)) {
    // Entries on the way to a wanted file were judged above (a link there is a conflict, not a foreign entry).
    if (wanted.has(entry.path) || wantedFolders.has(entry.path)) continue;
    const own = await classify(root.path, entry, previous, wanted, madeFolders);
    if (own === 'stale') plan.stale.push(entry.path);
    else if (own === 'removed') plan.removed.push(entry.path);
    else if (own === 'removed folder') plan.removedFolders.push(entry.path);
    else if (!isAllowed(entry.path)) plan.foreign.push({ path: entry.path, kind: entry.kind, reason: own });
  }
  return plan;
}

/**
 * Whether applying the plan would leave the output folder exactly as errcat
 * makes it (what `--check` requires): nothing to write, remove or sweep, no
 * entry errcat refuses, and nothing foreign beyond the allowed extras.
 */
export function planIsClean(plan: ChangePlan): boolean {
  return (
    plan.added.length + plan.changed.length + plan.removed.length + plan.removedFolders.length + plan.stale.length + plan.foreign.length + plan.conflicts.length ===
    0
  );
}

/** Files a writing run would rename into place or remove: with none, only the manifest may change. */
export function planTouchesFiles(plan: ChangePlan): boolean {
  return plan.changed.some((c) => c.file.path !== MANIFEST_NAME) || plan.added.some((f) => f.path !== MANIFEST_NAME) || plan.removed.length > 0;
}

/** Why a changed file in the way is not errcat's to overwrite. */
const NOT_WRITTEN = 'a file errcat did not write (the manifest does not list it with its current content: edited, or made by someone else)';
const UNHASHED = "a file the manifest lists without a hash (an older errcat's manifest, or one written by hand), so not known to be errcat's";

/**
 * Sorts a wanted file (its size and sha256) into added, changed or
 * unchanged, or records why it cannot be written; `oldText` reads the start
 * of a changed file's text, when the `--check` report asks.
 */
async function compare(
  plan: ChangePlan,
  file: GeneratedFile,
  want: { size: number; sha256: string },
  found: OutputFile,
  oldText: () => Promise<string>,
  owned: (sha256: string | undefined) => boolean,
  conflict: (at: string, problem: string) => void,
  notOwned: string,
): Promise<void> {
  if (found.kind === 'missing') {
    plan.added.push(file);
  } else if (found.kind === 'blocked') {
    // A file where a folder must go: reported here; a writing run fails there and says so, leaving it alone.
    plan.added.push(file);
    const at = path.relative(plan.root, found.at).split(path.sep).join('/');
    if (!plan.foreign.some((f) => f.path === at)) plan.foreign.push({ path: at, kind: 'file', reason: 'a file where errcat makes a folder' });
  } else if (found.kind === 'refused') {
    const target = path.join(plan.root, file.path);
    conflict(found.at, conflictProblem(found.what, found.at === target ? 'file' : 'folder'));
  } else if (found.size === want.size && found.sha256 === want.sha256) {
    plan.unchanged.push(file.path);
  } else {
    const isOwned = owned(found.sha256);
    plan.changed.push({ file, old: oldText, oldSize: found.size, owned: isOwned });
    if (!isOwned) conflict(path.join(plan.root, file.path), `${notOwned}; errcat never overwrites a file it did not write: move it away or delete it, then run again`);
  }
}

/** What an entry that errcat does not make now is: its own leftovers (to sweep or remove), or foreign, with why. */
async function classify(
  root: string,
  entry: OutputEntry,
  previous: Manifest,
  wanted: ReadonlySet<string>,
  madeFolders: ReadonlySet<string>,
): Promise<'stale' | 'removed' | 'removed folder' | string> {
  if (entry.kind === 'folder') {
    if (entry.tooDeep) return 'nested too deep to list';
    return entry.empty && madeFolders.has(entry.path) ? 'removed folder' : 'not made by errcat';
  }
  if (entry.kind !== 'file') return 'not made by errcat';
  const target = tempTargetOf(entry.path);
  if (target !== undefined && (wanted.has(target) || previous.hashes.has(target))) return 'stale';
  const recorded = previous.hashes.get(entry.path);
  if (recorded !== undefined) {
    const found = await readOutputFile(root, entry.path, { keepBytes: 0 });
    if (found.kind === 'file' && found.sha256 !== undefined && recorded.includes(found.sha256)) return 'removed';
    return 'changed since errcat wrote it';
  }
  if (previous.unhashed.has(entry.path)) return 'listed by an older manifest without a hash, so not known to be errcat\'s';
  return 'not made by errcat';
}

/** Every hash either manifest lists for each path. */
function mergeHashes(a: ReadonlyMap<string, readonly string[]>, b: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const merged = new Map<string, string[]>();
  for (const map of [a, b]) for (const [file, list] of map) merged.set(file, [...(merged.get(file) ?? []), ...list]);
  return merged;
}

/** The folders on the way to a path: `a/b/c` → `a`, `a/b`. */
function foldersOf(file: string): string[] {
  const parts = file.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

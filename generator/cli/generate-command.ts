import path from 'node:path';
import { filesByUnit, keptProviders, keptUnits, providersAside, unitKeys, type AsideProvider, type KeptProvider } from '../cache/output-cache.ts';
import { readRunInputs, type RunInputs } from '../cache/run-inputs.ts';
import { encodedSize, type GeneratedFile } from '../emit/generated-file.ts';
import type { ParsedCatalogs } from '../load/parsed-catalogs.ts';
import type { RememberedHashes } from '../load/remembered-hashes.ts';
import type { Model } from '../model/model.ts';
import type { VersionBump } from '../release/package-versions.ts';
import { CatalogError } from '../vocabulary/diagnostic.ts';
import { TOP_UNIT, unitOf } from '../vocabulary/output-units.ts';
import { plural } from '../vocabulary/plural.ts';
import { formatTimings, StageTimings } from '../vocabulary/stage-timings.ts';
import { oneLineText, terminalText } from '../vocabulary/terminal-text.ts';
import { applyChanges } from '../write/apply-changes.ts';
import { shortDiff } from '../write/line-diff.ts';
import { NO_MANIFEST, readManifest, type CacheRecord, type Manifest } from '../write/manifest.ts';
import { OutputConflictError } from '../write/output-conflict-error.ts';
import { lockOutput } from '../write/output-lock.ts';
import { resolveOutputRoot } from '../write/output-root.ts';
import { planChanges, planIsClean, type ChangePlan } from '../write/plan-changes.ts';
import type { Project } from './project/project.ts';

/** Options of `errcat generate`: the project's settings and the command's own. */
export interface GenerateOptions extends Project {
  /** Write nothing; report what is stale or foreign and fail if anything is. */
  check: boolean;
  /** A watching process's remembered hashes, for a run that may use a cache (never `--check`, never `--no-cache`). */
  remembered?: RememberedHashes;
}

/** The command's own flags. */
export interface GenerateFlags {
  /** Write nothing; report what is stale or foreign and fail if anything is. */
  check: boolean;
  /** Use the record of what produced the output to skip work (default); `false` generates everything (the record is still written). */
  cache?: boolean;
  /** Print the time of each stage, and the bytes written, to stderr. */
  timings?: boolean;
}

/** What a watching process keeps from run to run: catalogs parsed and files hashed, each used again only for the same bytes. */
export interface WatchMemory {
  parsed: ParsedCatalogs;
  hashes: RememberedHashes;
}

/** What a run made, for its summary line. */
interface Made {
  /** Files generated this run (all of them, or those of the units whose inputs changed). */
  files: readonly GeneratedFile[];
  /** Files of units whose inputs did not change, kept as they are, with their hashes. */
  kept: ReadonlyMap<string, string>;
  /** Whether the kept files' hashes were just checked against their bytes (else the plan checks them). */
  keptVerified?: boolean;
  providers: number;
  /** Entries of every provider, when the model was built. */
  entries?: number;
  /** What produced the output, for the manifest. */
  cache?: CacheRecord;
  /** What the cache spared, for the summary. */
  note?: string;
}

/**
 * `errcat generate`: the whole pipeline, then the writer. Returns the exit
 * code: 0 when written (or, with `check`, when up to date), 1 when stale or
 * when the output folder holds what errcat does not make (with `check`).
 *
 * The manifest records what produced the output (see `cache/`): when the
 * inputs hash as recorded and every file still has the bytes the manifest
 * lists, nothing is loaded, validated or emitted; when some units' inputs
 * changed, only those units are emitted. `--check` never uses the record:
 * it regenerates every file and compares bytes, so no edit of the output
 * folder (a record and hashes included) can make it pass.
 */
export async function generateCommand(
  project: Project,
  flags: GenerateFlags,
  print: (line: string) => void,
  printTimings: (line: string) => void = (line) => process.stderr.write(terminalText(line) + '\n'),
  memory?: WatchMemory,
): Promise<number> {
  const started = performance.now();
  const timings = new StageTimings(flags.timings === true);
  try {
    // --check never uses the record: it is in the output folder, which arrives with pull requests, and a pull request
    // could change a generated file, its hash and keep the record. A check regenerates everything and compares bytes.
    const useCache = flags.cache !== false && !flags.check;
    // Remembered hashes are a cache too: a check, or a run told to use none, reads every byte.
    const remembered = useCache ? memory?.hashes : undefined;
    return await generate({ ...project, check: flags.check, ...(remembered ? { remembered } : {}) }, useCache, timings, started, print, memory?.parsed);
  } finally {
    if (timings.enabled) formatTimings(timings.stages, (performance.now() - started) / 1000).forEach(printTimings);
  }
}

async function generate(options: GenerateOptions, useCache: boolean, timings: StageTimings, started: number, print: (line: string) => void, parsed?: ParsedCatalogs): Promise<number> {
  const hashes = options.remembered;
  // Refused before anything is read from it: the previous output is read for versions.
  const root = await resolveOutputRoot(options.root, options.outDir);
  // A check neither uses nor writes the record of what produced the output, so it does not hash errcat's own files for one
  // (a manifest that differs from the check's only in that record is up to date either way: see `planChanges`).
  const [inputs, previous] = await timings.time('cache', () =>
    Promise.all([options.check ? undefined : readRunInputs(options, hashes), root.exists ? readManifest(root.path).then((read) => read.manifest) : NO_MANIFEST]),
  );
  if (useCache && inputs !== undefined && previous.cache?.inputs === inputs.key) {
    const code = await nothingToDo(options, previous, started, timings, print);
    if (code !== undefined) return code;
  }

  const { releasedModel, emitFiles, LARGE_MODEL_ENTRIES, AsideRefusedError } = await import('../pipeline.ts');
  const caching = useCache && inputs !== undefined && root.exists;
  // Providers kept without their catalogs being read at all: a run that changed one catalog loads only what it needs.
  const found = caching ? await timings.time('cache: set aside', () => providersAside(root.path, previous, inputs, hashes)) : { aside: new Map<string, AsideProvider>(), verified: new Map<string, AsideProvider>() };
  const pipelineOptions = { ...options, outDir: root.path, ...(parsed ? { parsed } : {}) };
  /** load → release with some providers set aside; the provider packages kept as they are take the version their record names, found before the record is read. */
  const released = async (aside: ReadonlyMap<string, AsideProvider>) => {
    let early = new Map<string, KeptProvider>();
    const keptVersions = caching
      ? async (model: Model) => {
          early = await keptProviders(root.path, previous, inputs, model, found.verified, hashes);
          return new Map([...early].map(([id, kept]) => [id, kept.version]));
        }
      : undefined;
    const run = await releasedModel({ ...pipelineOptions, aside: [...aside.values()].map((p) => p.summary) }, timings, keptVersions);
    return { ...run, early, aside };
  };
  const { model, bumps, notes, early, aside } = await released(found.aside).catch((error: unknown) => {
    // What the summaries cannot say (a problem in a catalog, which may lie in one not read): every catalog is read, and reported on.
    if (found.aside.size === 0 || !(error instanceof CatalogError || error instanceof AsideRefusedError)) throw error;
    return released(new Map());
  });
  notes.forEach((line) => print(line));
  const keys = inputs === undefined ? undefined : unitKeys(inputs, model, aside);
  const kept =
    caching && keys !== undefined
      ? await timings.time('cache: kept units', () => keptUnits(root.path, previous, keys, new Set([...early.keys(), ...aside.keys()]), hashes))
      : { units: new Set<string>(), files: new Map<string, string>() };
  // Versioned as kept, not released (its record was not read): such a package is never made again here, whatever the keys say.
  for (const [id, { files }] of [...early, ...aside]) {
    kept.units.add(id);
    for (const [file, sha256] of files) kept.files.set(file, sha256);
  }
  const units = kept.units.size === 0 ? undefined : new Set(outputUnits(model).filter((unit) => !kept.units.has(unit)));
  // Catalogs kept parsed for the next run are dropped before a large output: held beside it, they raised a watch run's
  // peak at 100,000 entries by some 50 MiB (on Node 24 over 512 MiB). Parsed again next time.
  if (model.providers.reduce((n, p) => n + (units === undefined || units.has(p.id) ? p.entryCount : 0), 0) > LARGE_MODEL_ENTRIES) parsed?.forget();
  const files = await emitFiles(model, { ...(units ? { units } : {}), timings });
  const made: Made = {
    files,
    kept: kept.files,
    keptVerified: true,
    providers: model.summaries.length,
    entries: model.summaries.reduce((n, p) => n + p.entries, 0),
    // A check carries the record it found (it changes nothing, and its report of a stale manifest then shows only the files that differ),
    // but with the summaries it made: a writing run may keep providers by them, so a check holds them to the catalogs.
    ...(inputs !== undefined && keys !== undefined
      ? { cache: { inputs: inputs.key, units: keys, providers: model.summaries } }
      : options.check && previous.cache
        ? { cache: previous.cache.providers ? { ...previous.cache, providers: model.summaries } : previous.cache }
        : {}),
    ...(kept.units.size > 0 ? { note: keptNote(files, kept.files, aside.size) } : {}),
  };
  return await writeOutput(options, made, bumps, started, timings, print);
}

/**
 * The run whose inputs hash as the manifest records: the manifest's files,
 * each verified by its hash, are the output. `undefined` when the folder
 * is not as the manifest says (a file edited, deleted or left by an
 * interrupted run): the whole pipeline then runs, and repairs or reports it.
 */
async function nothingToDo(options: GenerateOptions, previous: Manifest, started: number, timings: StageTimings, print: (line: string) => void): Promise<number | undefined> {
  const units = filesByUnit(previous);
  const kept = new Map([...units.values()].flatMap((files) => [...files]));
  if (kept.size !== previous.hashes.size || previous.unhashed.size > 0) return undefined;
  // Counted from the record's summaries where it has them (a record of an older errcat has not): what a run that loads them would say.
  const summaries = previous.cache?.providers;
  const providers = summaries?.length ?? [...units.keys()].filter((unit) => unit !== 'core' && unit !== TOP_UNIT).length;
  const made: Made = {
    files: [],
    kept,
    providers,
    ...(summaries ? { entries: summaries.reduce((n, p) => n + p.entries, 0) } : {}),
    note: 'inputs unchanged since the last run',
    ...(previous.cache ? { cache: previous.cache } : {}),
  };
  return await writeOutput(options, made, [], started, timings, print, (plan) =>
    plan.unverified.length + plan.added.length + plan.changed.length + plan.removed.length + plan.removedFolders.length + plan.stale.length + plan.conflicts.length === 0,
  );
}

/** Outputs units of a model: core, the top of the folder, each provider. */
function outputUnits(model: Model): string[] {
  return ['core', TOP_UNIT, ...model.providers.map((p) => p.id)];
}

/**
 * Plans and applies (or, with `check`, reports) what a run made. With
 * `accept`, a plan it refuses is dropped before anything is written
 * (`undefined`): the cache's plan, when the folder is not as recorded.
 */
async function writeOutput(
  options: GenerateOptions,
  made: Made,
  bumps: readonly VersionBump[],
  started: number,
  timings: StageTimings,
  print: (line: string) => void,
): Promise<number>;
async function writeOutput(
  options: GenerateOptions,
  made: Made,
  bumps: readonly VersionBump[],
  started: number,
  timings: StageTimings,
  print: (line: string) => void,
  accept: (plan: ChangePlan) => boolean,
): Promise<number | undefined>;
async function writeOutput(
  options: GenerateOptions,
  made: Made,
  bumps: readonly VersionBump[],
  started: number,
  timings: StageTimings,
  print: (line: string) => void,
  accept?: (plan: ChangePlan) => boolean,
): Promise<number | undefined> {
  const bumpLines = bumps.map((b) => `version: ${b.packageName} ${b.from} → ${b.to} (${b.bump}: ${b.reason ?? 'see \`errcat diff\`'})`);
  // Writing runs take the folder; a check only reads it.
  const release = options.check ? undefined : await lockOutput(options.outDir, { projectRoot: options.root });
  let code: number | undefined;
  try {
    const plan = await timings.time('plan', () =>
      planChanges(options.outDir, made.files, {
        projectRoot: options.root,
        allowExtra: options.allowExtra,
        kept: made.kept,
        keptVerified: made.keptVerified === true,
        ...(made.cache ? { cache: made.cache } : {}),
        ...(options.remembered ? { remembered: options.remembered } : {}),
      }),
    );
    if (accept !== undefined && !accept(plan)) return undefined;
    if (plan.unverified.length > 0) {
      const problem = 'changed while errcat was running (its unit was kept by the hash the manifest lists); run generate again';
      throw new OutputConflictError(plan.unverified.map((file) => ({ path: path.join(plan.root, file), problem })));
    }
    // A check reports the bumps it would make; a writing run reports them once written, not before a write that may fail.
    if (options.check) bumpLines.forEach((line) => print(line));
    code = await planAndApply(options, made, plan, started, timings, print);
  } finally {
    await release?.();
  }
  if (!options.check && bumpLines.length > 0) {
    bumpLines.forEach((line) => print(line));
    print('note: run `npm install` to record the new versions in package-lock.json');
  }
  return code;
}

async function planAndApply(options: GenerateOptions, made: Made, plan: ChangePlan, started: number, timings: StageTimings, print: (line: string) => void): Promise<number> {
  const out = plan.out;
  const fileCount = made.files.length + made.kept.size;
  if (options.check) {
    if (planIsClean(plan)) {
      print(`errcat: ${out}/ is up to date (${plural(fileCount, 'file')} from ${plural(made.providers, 'provider')})`);
      return 0;
    }
    print(await checkReport(plan, out));
    if (plan.added.length + plan.changed.length + plan.removed.length + plan.removedFolders.length + plan.stale.length > 0) {
      print(`errcat: ${out}/ is stale; run \`errcat generate\` and commit the result`);
    }
    if (plan.foreign.length > 0) {
      print(`errcat: ${out}/ holds ${plural(plan.foreign.length, 'entry', 'entries')} errcat does not make; remove them, or allow them on purpose (\`allowExtra\` in errcat.config.json)`);
    }
    if (plan.conflicts.length > 0) print(`errcat: \`errcat generate\` will refuse to write until the entries marked refused are dealt with`);
    return 1;
  }
  for (const f of plan.foreign) print(`note: ${show(out, f.path, f.kind)} ${foreignPhrase(f.reason)}; left alone`);
  await timings.time(
    'write',
    () => applyChanges(options.outDir, plan, { projectRoot: options.root }),
    () => [...plan.bytes.values()].reduce((n, b) => n + encodedSize(b), 0),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const written = plan.added.length + plan.changed.length;
  const what = made.entries === undefined ? plural(made.providers, 'provider') : `${plural(made.providers, 'provider')}, ${plural(made.entries, 'entry', 'entries')}`;
  const note = made.note === undefined ? '' : ` (${made.note})`;
  print(`errcat: ${what} → ${out}/: ${written} written, ${plan.unchanged.length} unchanged, ${plan.removed.length} removed in ${seconds} s${note}`);
  return 0;
}

/** Which units a run generated, how many files it kept and of how many providers it did not read the catalogs, for the summary. */
function keptNote(files: readonly GeneratedFile[], kept: ReadonlyMap<string, string>, unread: number): string {
  const generated = [...new Set(files.map((f) => unitOf(f.path)))].map((unit) => (unit === TOP_UNIT ? 'README.md' : unit)).sort();
  const what = generated.length === 0 ? 'nothing generated' : `generated ${generated.join(', ')}`;
  const notRead = unread === 0 ? '' : `, ${unread === 1 ? "1 provider's catalog" : `${unread} providers' catalogs`} not read`;
  return `${what}; ${plural(kept.size, 'file')} of unchanged inputs kept${notRead}`;
}

/** The `--check` report: one line per problem, errcat's stale files with a short diff. */
async function checkReport(plan: ChangePlan, out: string): Promise<string> {
  const lines: string[] = [];
  const unowned = new Set(plan.changed.filter((c) => !c.owned).map((c) => c.file.path));
  for (const c of plan.conflicts) if (!unowned.has(c.path)) lines.push(`refused: ${show(out, c.path)}: ${c.problem}`);
  for (const f of plan.added) lines.push(`missing: ${show(out, f.path)}`);
  for (const r of plan.removed) lines.push(`extra:   ${show(out, r)} (errcat no longer makes it)`);
  for (const r of plan.removedFolders) lines.push(`extra:   ${show(out, r)}/ (an empty folder errcat no longer makes)`);
  for (const s of plan.stale) lines.push(`extra:   ${show(out, s)} (left by an interrupted run)`);
  for (const f of plan.foreign) lines.push(`foreign: ${show(out, f.path, f.kind)} (${f.kind === 'file' ? '' : `a ${f.kind}, `}${f.reason})`);
  for (const c of plan.changed) {
    const note = c.owned ? '' : ' (not as errcat wrote it: `errcat generate` will not overwrite it)';
    const old = await c.old();
    const shown = c.oldSize > Buffer.byteLength(old) ? `\n    … the file has ${c.oldSize} bytes; only the first ${Buffer.byteLength(old)} were read` : '';
    lines.push(`stale:   ${show(out, c.file.path)}${note}\n${indent(shortDiff(old, c.file.content))}${shown}`);
  }
  return lines.join('\n');
}

/** A path of the output folder as printed: under the output folder's name, with a slash after a folder, never a raw control character. */
function show(out: string, relative: string, kind?: string): string {
  return oneLineText(`${out}/${relative}${kind === 'folder' ? '/' : ''}`);
}

/** How a plain run words why it left an entry alone. */
function foreignPhrase(reason: string): string {
  return reason === 'not made by errcat' ? 'was not made by errcat' : `is not errcat's (${reason})`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

import path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { catalogJsonChunks } from './emit/catalog-json-emitter.ts';
import { byteSize, encodedFile, type GeneratedFile } from './emit/generated-file.ts';
import type { CatalogSource } from './load/catalog-source.ts';
import type { ParsedCatalogs } from './load/parsed-catalogs.ts';
import type { ModelOptions } from './model/build-model.ts';
import type { EnumStyle } from './model/model.ts';
import { AsideRefusedError, loadModel } from './model/load-model.ts';
import type { Model, ProviderModel, ProviderSummary } from './model/model.ts';
import { withPackageVersions, type VersionBump } from './release/package-versions.ts';
import { readPreviousOutput, type RecordBytes } from './release/read-previous-output.ts';
import { readPreviousTaxonomy } from './release/read-previous-taxonomy.ts';
import { withCoreVersion } from './release/core-version.ts';
import { releaseGarbage } from './release-garbage.ts';
import type { ModuleTarget } from './vocabulary/module-targets.ts';
import { NO_TIMINGS, type StageTimings } from './vocabulary/stage-timings.ts';

// For the generate command, which imports the pipeline only when it runs it.
export { AsideRefusedError };

/** Where the pipeline reads from and how it names things. */
export interface PipelineOptions {
  /** Folder of catalog files. */
  catalogDir: string;
  /** The project root: output names catalogs relative to it (default: the catalog folder's parent). */
  root?: string;
  /** npm scope of the generated packages, e.g. `@errcat`. */
  scope: string;
  /** Name of the core package (default `<scope>/core`). */
  corePackage?: string;
  /** Depend on core through the `workspace:` protocol (pnpm, Yarn). */
  workspaceProtocol?: boolean;
  /** `enum` (default) or `const`: how catalogs are declared in TypeScript. */
  enumStyle?: EnumStyle;
  /** Which files of each TypeScript module to make (default all: `ts`, `js`, `dts`). */
  targets?: readonly ModuleTarget[];
  /** Shipped providers to generate beside the project's own catalogs (the others are context for `extends`). */
  providers?: readonly string[];
  /** The output folder: its previous output versions the packages (without it, every package is at its initial version). */
  outDir?: string;
  /** Catalog files parsed before in this process, for a process that generates again and again (`--watch`). */
  parsed?: ParsedCatalogs;
  /**
   * Providers whose packages the run keeps as they are without loading their
   * own catalog files (see `cache/`): the model's index lists them from these
   * summaries. A run that cannot keep them so throws `AsideRefusedError`.
   */
  aside?: readonly ProviderSummary[];
}

/** The catalog source of a project: its folder, with the shipped catalogs beside it. */
export function folderSource(options: Pick<PipelineOptions, 'catalogDir' | 'root' | 'providers' | 'parsed' | 'aside'>): CatalogSource {
  const root = options.root ?? path.dirname(path.resolve(options.catalogDir));
  // A provider's own file is the first of its sources; its parents are read when another provider needs them.
  const skip = options.aside?.length ? new Set(options.aside.map((p) => p.sources[0]!)) : undefined;
  return { kind: 'folder', dir: options.catalogDir, root, shipped: { generate: options.providers ?? [] }, ...(options.parsed ? { parsed: options.parsed } : {}), ...(skip ? { skip } : {}) };
}

/** How the model names packages. */
export function modelOptions(options: Pick<PipelineOptions, 'scope' | 'corePackage' | 'workspaceProtocol' | 'enumStyle' | 'targets'>): ModelOptions {
  return {
    scope: options.scope,
    ...(options.corePackage !== undefined ? { corePackage: options.corePackage } : {}),
    ...(options.workspaceProtocol ? { workspaceProtocol: true } : {}),
    ...(options.enumStyle !== undefined ? { enumStyle: options.enumStyle } : {}),
    ...(options.targets !== undefined ? { targets: options.targets } : {}),
  };
}

/** Above this many entries, memory is collected between emitters (see release-garbage.ts). */
export const LARGE_MODEL_ENTRIES = 20_000;

/**
 * load → validate → model → release → emit: every generated file, in memory;
 * only reads the disk. The release step versions each package from what
 * changed since the output in `outDir` was generated; `notes` say which
 * records of that output were damaged, and how the package was versioned instead.
 */
export async function generateFiles(options: PipelineOptions): Promise<{ model: Model; files: GeneratedFile[]; bumps: VersionBump[]; notes: string[] }> {
  const released = await releasedModel(options);
  return { ...released, files: await emitFiles(released.model) };
}

/**
 * The versions of the providers whose packages a run keeps as they are (see
 * `cache/`), given the model with core's version set: their records need not
 * be read, and they are not bumped (what changed was not theirs). Not asked
 * when core's version moves: that moves every package.
 */
export type KeptVersions = (model: Model) => Promise<ReadonlyMap<string, string>>;

/**
 * load → validate → model → release: the model a run emits, with its packages
 * versioned from the output in `outDir` (those `kept` names at the version it
 * gives; see `KeptVersions`).
 */
export async function releasedModel(options: PipelineOptions, timings: StageTimings = NO_TIMINGS, kept?: KeptVersions): Promise<{ model: Model; bumps: VersionBump[]; notes: string[] }> {
  const { model: loaded } = await loadModel(folderSource(options), modelOptions(options), timings, options.aside);
  const outDir = options.outDir;
  return timings.time('release', async () => {
    if (outDir === undefined) return { model: loaded, bumps: [], notes: [] };
    // Core first: a new core version moves every provider package too (and is part of what a kept package was made with).
    const core = withCoreVersion(loaded, await readPreviousTaxonomy(outDir));
    // Providers were set aside at the core version the output records. Core moves with errcat's own code, which changes every
    // key, so none would be set aside: only a core record edited by hand gets here, and a run that reads every catalog repairs it.
    if (core.bump !== undefined && options.aside?.length) throw new AsideRefusedError('core moves every package');
    // A core bump moves every provider package (see `withPackageVersions`), which a kept package's record does not say.
    const versions = kept === undefined || core.bump !== undefined ? new Map<string, string>() : await kept(core.model);
    const previous = await readPreviousOutput(outDir, loaded.providers.filter((p) => !versions.has(p.id)), recordBytesOf(loaded.providers));
    for (const [id, version] of versions) previous.packages.set(id, { version });
    const versioned = withPackageVersions(core.model, previous.packages, core.bump?.bump);
    const bumps = core.bump ? [core.bump, ...versioned.bumps] : versioned.bumps;
    return { model: versioned.model, bumps, notes: previous.notes };
  });
}

/**
 * The bytes of each provider's catalog.json at a version, as the emitter
 * writes them: a record errcat wrote from these very catalogs is known by its
 * bytes and not read like a catalog (`read-previous-output.ts`).
 */
export function recordBytesOf(providers: readonly ProviderModel[]): RecordBytes {
  const byId = new Map(providers.map((p) => [p.id, p]));
  return (id, version) => {
    const provider = byId.get(id);
    return provider && catalogJsonChunks({ ...provider, version });
  };
}

/** emit: the files of the model, or of some of its output units only (see `emitAll`). */
export async function emitFiles(model: Model, options: { units?: ReadonlySet<string>; timings?: StageTimings } = {}): Promise<GeneratedFile[]> {
  // Imported here: the emitters load the TypeScript compiler and Handlebars, which validation and a run with nothing to do never need.
  const { emitAll } = await (options.timings ?? NO_TIMINGS).time('import emitters', () => import('./emit/emitters.ts'));
  // What loading and validating left behind is collected before the emitters add their own (Node 22 and later let it grow to some 200 MB at 100,000 entries),
  // and its pages given back: on Node 24 the heap otherwise kept them, and a run at 100,000 entries peaked at 441-531 MiB, now 442-462 (at some 0.1 s).
  if (model.entryCount > LARGE_MODEL_ENTRIES) releaseGarbage({ shrink: true });
  // Every file is encoded as it is made (the writer needs the bytes anyway): a large run never holds its output as text all at once.
  return emitAll(model, { ...options, keep: encodedFile, ...(model.entryCount > LARGE_MODEL_ENTRIES ? { afterEach: collectAfterLargeOutput } : {}) });
}

/** Above this many bytes made by one emitter, memory may be collected after it (a full collection of a large heap costs 0.05 to 0.1 s). */
const LARGE_OUTPUT_BYTES = 4 * 2 ** 20;

/**
 * Past this much heap, what an emitter left is collected before the next one
 * adds its own. The output is held apart from the heap, in buffers, so the
 * heap holds the model and the emitters' garbage: Node 20 collects it as it
 * goes (at 100,000 entries its heap stays near 150 MB, and a collection after
 * each emitter only cost 0.3 s), while Node 22 and later let the heap grow to
 * 300 MB first.
 */
const LARGE_HEAP_BYTES = 256 * 2 ** 20;

/**
 * Collects memory after an emitter that made much (and so left much garbage),
 * when the heap has grown large; and gives the freed pages back (`shrink`):
 * on Node 24 the heap was 240 MB after it with 66 MB in use, and the
 * emitters after it grew the process from there.
 */
function collectAfterLargeOutput(made: readonly GeneratedFile[]): void {
  if (made.reduce((n, f) => n + byteSize(f), 0) > LARGE_OUTPUT_BYTES && getHeapStatistics().total_heap_size > LARGE_HEAP_BYTES) releaseGarbage({ shrink: true });
}

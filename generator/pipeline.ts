import path from 'node:path';
import type { GeneratedFile } from './emit/generated-file.ts';
import type { CatalogSource } from './load/catalog-source.ts';
import type { ModelOptions } from './model/build-model.ts';
import type { EnumStyle } from './model/model.ts';
import { loadModel } from './model/load-model.ts';
import type { Model } from './model/model.ts';
import { withPackageVersions, type VersionBump } from './release/package-versions.ts';
import { readPreviousOutput } from './release/read-previous-output.ts';
import { readPreviousTaxonomy } from './release/read-previous-taxonomy.ts';
import { withCoreVersion } from './release/core-version.ts';
import { releaseGarbage } from './release-garbage.ts';

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
  /** Shipped providers to generate beside the project's own catalogs (the others are context for `extends`). */
  providers?: readonly string[];
  /** The output folder: its previous output versions the packages (without it, every package is at its initial version). */
  outDir?: string;
}

/** The catalog source of a project: its folder, with the shipped catalogs beside it. */
export function folderSource(options: Pick<PipelineOptions, 'catalogDir' | 'root' | 'providers'>): CatalogSource {
  return { kind: 'folder', dir: options.catalogDir, root: options.root ?? path.dirname(path.resolve(options.catalogDir)), shipped: { generate: options.providers ?? [] } };
}

/** How the model names packages. */
export function modelOptions(options: Pick<PipelineOptions, 'scope' | 'corePackage' | 'workspaceProtocol' | 'enumStyle'>): ModelOptions {
  return {
    scope: options.scope,
    ...(options.corePackage !== undefined ? { corePackage: options.corePackage } : {}),
    ...(options.workspaceProtocol ? { workspaceProtocol: true } : {}),
    ...(options.enumStyle !== undefined ? { enumStyle: options.enumStyle } : {}),
  };
}

/** Above this many entries, memory is collected between emitters (see release-garbage.ts). */
const LARGE_MODEL_ENTRIES = 20_000;

/**
 * load → validate → model → release → emit: every generated file, in memory;
 * only reads the disk. The release step versions each package from what
 * changed since the output in `outDir` was generated; `notes` say which
 * records of that output were damaged, and how the package was versioned instead.
 */
export async function generateFiles(options: PipelineOptions): Promise<{ model: Model; files: GeneratedFile[]; bumps: VersionBump[]; notes: string[] }> {
  const { model: loaded } = await loadModel(folderSource(options), modelOptions(options));
  const previous = options.outDir === undefined ? { packages: new Map(), notes: [] } : await readPreviousOutput(options.outDir, loaded.providers);
  const core = withCoreVersion(loaded, options.outDir === undefined ? undefined : await readPreviousTaxonomy(options.outDir));
  const versioned = withPackageVersions(core.model, previous.packages, core.bump?.bump);
  const { model } = versioned;
  const bumps = core.bump ? [core.bump, ...versioned.bumps] : versioned.bumps;
  // Imported here: the emitters load the TypeScript compiler, which validation alone does not need.
  const { emitAll } = await import('./emit/emitters.ts');
  const files = emitAll(model, model.entryCount > LARGE_MODEL_ENTRIES ? releaseGarbage : undefined);
  return { model, files, bumps, notes: previous.notes };
}

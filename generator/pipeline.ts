import { readCatalogFiles } from './load/read-catalog-files.ts';
import { readPreviousOutput } from './load/read-previous-output.ts';
import { withPackageVersions, type VersionBump } from './model/package-versions.ts';
import { buildModel } from './model/build-model.ts';
import type { Model } from './model/model.ts';
import type { GeneratedFile } from './emit/generated-file.ts';
import { CatalogError } from './validate/diagnostic.ts';
import { validateCatalogs } from './validate/validate-catalogs.ts';

/** Where the pipeline reads from and how it names things. */
export interface PipelineOptions {
  /** Folder of catalog files (default `schema/catalogs`). */
  catalogDir: string;
  /** npm scope of the generated packages (default `@errcat`). */
  scope: string;
}

/**
 * load → validate → model: reads every catalog, reports every problem at once
 * (as a `CatalogError`), and returns the resolved, sorted model.
 */
export async function loadModel(options: PipelineOptions): Promise<Model> {
  const loaded = await readCatalogFiles(options.catalogDir);
  const validated = validateCatalogs(loaded.catalogs);
  const diagnostics = [...loaded.diagnostics, ...validated.diagnostics];
  if (diagnostics.length > 0) throw new CatalogError(diagnostics);
  return buildModel(validated.catalogs, { scope: options.scope });
}

/**
 * load → validate → model → emit: every generated file, in memory; only reads
 * the disk. With `outDir`, package versions are bumped from what changed since
 * the output there was generated.
 */
export async function generateFiles(options: PipelineOptions & { outDir?: string }): Promise<{ model: Model; files: GeneratedFile[]; bumps: VersionBump[] }> {
  const loaded = await loadModel(options);
  const previous = options.outDir === undefined ? new Map() : await readPreviousOutput(options.outDir, loaded.providers.map((p) => p.id));
  const { model, bumps } = withPackageVersions(loaded, previous);
  // Imported here: the emitters load the TypeScript compiler, which validation alone does not need.
  const { emitAll } = await import('./emit/emitters.ts');
  return { model, files: emitAll(model), bumps };
}

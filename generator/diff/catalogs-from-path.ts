import { stat } from 'node:fs/promises';
import path from 'node:path';
import { OptionError } from '../cli/options.ts';
import type { LoadedCatalog } from '../load/loaded-catalog.ts';
import { displayPath, readCatalogFile, readCatalogFiles, type LoadResult } from '../load/read-catalog-files.ts';
import { buildModel } from '../model/build-model.ts';
import type { Model } from '../model/model.ts';
import { CatalogError } from '../validate/diagnostic.ts';
import { validateCatalogs } from '../validate/validate-catalogs.ts';

/**
 * Builds the model of one side of `errcat diff <old> <new>`, where a side is
 * a folder of catalogs or a single catalog file.
 *
 * A single file is read together with the other catalogs of `catalogDir`
 * (the one of the same provider left out), so a white-label copy finds its
 * parent and a change to a parent shows what it does to its copies. Its file
 * name need not be its provider id (`old.yaml`, `generated/acme/catalog.json`):
 * the file is compared, not installed. Problems are thrown as a `CatalogError`.
 *
 * @param argument how the command line names this side, for messages (`<old>`, `<new>`).
 */
export async function modelFromPath(target: string, argument: string, options: { catalogDir: string; scope: string }): Promise<Model> {
  const kind = await kindOf(target);
  if (kind === undefined) throw new OptionError(argument, `\`${target}\` is neither a catalog file nor a folder of catalogs`);
  const read = kind === 'folder' ? await readCatalogFiles(target) : await withContext(target, options.catalogDir);
  const { catalogs: loaded, diagnostics } = read;
  const validated = validateCatalogs(loaded);
  diagnostics.push(...validated.diagnostics);
  if (diagnostics.length > 0) throw new CatalogError(diagnostics);
  return buildModel(validated.catalogs, { scope: options.scope });
}

async function withContext(file: string, catalogDir: string): Promise<LoadResult> {
  const read = await readCatalogFile(path.resolve(file), displayPath(path.resolve(file)));
  if (!read.ok) return { catalogs: [], diagnostics: read.diagnostics };
  const id = providerIdOf(read.catalog);
  // The provider id check (id = file name) is for the catalog folder; here the file stands for whatever provider it names.
  const own: LoadedCatalog = { ...read.catalog, stem: id ?? read.catalog.stem };
  if ((await kindOf(catalogDir)) !== 'folder') return { catalogs: [own], diagnostics: [] };
  const context = await readCatalogFiles(catalogDir);
  const others = context.catalogs.filter((c) => providerIdOf(c) !== own.stem && path.resolve(c.file) !== path.resolve(file));
  return { catalogs: [own, ...others], diagnostics: context.diagnostics };
}

async function kindOf(target: string): Promise<'file' | 'folder' | undefined> {
  try {
    const s = await stat(target);
    return s.isDirectory() ? 'folder' : s.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

function providerIdOf(catalog: LoadedCatalog): string | undefined {
  const id = (catalog.value as { provider?: { id?: unknown } } | null)?.provider?.id;
  return typeof id === 'string' ? id : undefined;
}

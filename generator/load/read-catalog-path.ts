import { stat } from 'node:fs/promises';
import path from 'node:path';
import { OptionError } from '../vocabulary/option-error.ts';
import { providerIdOf } from './catalog-files.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';
import { readCatalogFile, readCatalogFiles, type LoadResult } from './read-catalog-files.ts';

/**
 * Reads one side of `errcat diff <old> <new>`: a folder of catalogs, or a
 * single catalog file.
 *
 * A single file is read together with the other catalogs of `contextDir`
 * (the one of the same provider left out), so a white-label copy finds its
 * parent and a change to a parent shows what it does to its copies. Its file
 * name need not be its provider id (`old.yaml`, `generated/acme/catalog.json`):
 * the file is compared, not installed.
 *
 * @param argument how the command line names this side, for messages (`<old>`, `<new>`).
 */
export async function readCatalogPath(target: string, contextDir: string, argument: string, root: string): Promise<LoadResult> {
  const kind = await kindOf(target);
  if (kind === undefined) throw new OptionError(argument, `\`${target}\` is neither a catalog file nor a folder of catalogs`);
  return kind === 'folder' ? readCatalogFiles(target, root) : withContext(target, contextDir, root);
}

async function withContext(file: string, contextDir: string, root: string): Promise<LoadResult> {
  const read = await readCatalogFile(file);
  if (!read.ok) return { catalogs: [], diagnostics: read.diagnostics };
  // The provider id check (id = file name) is for the catalog folder; here the file stands for whatever provider it names.
  const own: LoadedCatalog = { ...read.catalog, stem: providerIdOf(read.catalog) ?? read.catalog.stem };
  if ((await kindOf(contextDir)) !== 'folder') return { catalogs: [own], diagnostics: [] };
  const context = await readCatalogFiles(contextDir, root);
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

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageLabel, SHIPPED_CATALOG_DIR } from '../vocabulary/errcat-root.ts';
import { catalogStem, isCatalogFileName } from './catalog-files.ts';
import type { ShippedSelection } from './catalog-source.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';
import type { ParsedCatalogs } from './parsed-catalogs.ts';
import { readCatalogFiles, type LoadResult } from './read-catalog-files.ts';

/**
 * The ids of the catalogs errcat ships, sorted: their file names, which
 * validation holds equal to their ids. Only listed, not read: the same run
 * reads them once, with the project's catalogs.
 */
export async function shippedProviderIds(): Promise<string[]> {
  const names = await readdir(SHIPPED_CATALOG_DIR);
  return names.filter(isCatalogFileName).map(catalogStem).sort();
}

/**
 * The project's catalogs with the ones errcat ships beside them: a shipped
 * catalog is generated when the selection lists it, and is otherwise loaded
 * only so that a catalog can `extends` it. A project catalog with a shipped
 * catalog's id replaces it. Shipped catalogs are named `errcat/schema/catalogs/<file>`
 * in messages and output, wherever errcat is installed. When the project's
 * catalog folder is the shipped one (errcat's own repository), nothing is added.
 *
 * `listed` may supply a listed provider's catalog from elsewhere (the output
 * folder at a git ref); without one, the installed catalog is used. `parsed`:
 * files parsed before in this process (see `readCatalogFiles`). `skip`: the
 * names (as output gives them) of shipped catalogs not to read.
 */
export async function withShippedCatalogs(
  own: LoadResult,
  ownDir: string,
  selection: ShippedSelection,
  options: { listed?: (id: string) => Promise<LoadedCatalog | undefined>; parsed?: ParsedCatalogs; skip?: ReadonlySet<string> } = {},
): Promise<LoadResult> {
  const { listed = async () => undefined, parsed, skip } = options;
  const shippedDir = fileURLToPath(SHIPPED_CATALOG_DIR);
  if (path.resolve(ownDir) === path.resolve(shippedDir)) return own;
  const ownIds = new Set(own.catalogs.map((c) => c.stem));
  // Not even read: a shipped catalog the project replaces, or one set aside.
  const unwanted = (name: string) => ownIds.has(catalogStem(name)) || skip?.has(shippedLabel(name)) === true;
  const shipped = await readCatalogFiles(shippedDir, shippedDir, parsed, unwanted);
  const added: LoadedCatalog[] = [];
  for (const catalog of shipped.catalogs) {
    const generate = selection.generate.includes(catalog.stem);
    const label = shippedLabel(path.basename(catalog.file));
    const replacement = generate ? await listed(catalog.stem) : undefined;
    added.push(replacement ?? { ...catalog, file: label, source: label, contextOnly: !generate });
  }
  return { catalogs: [...own.catalogs, ...added], diagnostics: [...own.diagnostics, ...shipped.diagnostics] };
}

/** How output names a shipped catalog file, wherever errcat is installed: `errcat/schema/catalogs/<file>`. */
export function shippedLabel(name: string): string {
  return packageLabel(`schema/catalogs/${name}`);
}

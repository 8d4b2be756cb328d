import { fileURLToPath } from 'node:url';
import { resolvedCatalog } from '../../../generator/model/resolved-catalog.ts';
import { loadModel } from '../../../generator/model/load-model.ts';
import type { CatalogFile } from '../../../generator/types/catalog.ts';

/** The canonical catalogs of the repository. */
export const CATALOG_DIR = new URL('../../../schema/catalogs/', import.meta.url);

/**
 * The resolved catalogs, loaded exactly as `errcat check-sources` loads them:
 * through the real pipeline (validation included), `extends` applied.
 */
export async function loadResolvedCatalogs(dir: URL = CATALOG_DIR): Promise<CatalogFile[]> {
  const model = (await loadModel({ kind: 'folder', dir: fileURLToPath(dir), root: '.' }, { scope: '@errcat' })).model;
  return model.providers.map(resolvedCatalog);
}

import type { CatalogSource } from './catalog-source.ts';
import { readCatalogPath } from './read-catalog-path.ts';
import { readCatalogFiles, type LoadResult } from './read-catalog-files.ts';
import { readCatalogsAtRef } from './read-catalogs-at-ref.ts';

/** The catalogs of a source, parsed with positions; `commit` is set for a git source. */
export async function readCatalogSource(source: CatalogSource): Promise<LoadResult & { commit?: string }> {
  switch (source.kind) {
    case 'folder':
      return readCatalogFiles(source.dir);
    case 'git':
      return readCatalogsAtRef(source.ref, source.dir);
    case 'path':
      return readCatalogPath(source.target, source.contextDir, source.argument);
  }
}

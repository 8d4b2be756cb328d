import path from 'node:path';
import type { CatalogSource } from './catalog-source.ts';
import { readCatalogPath } from './read-catalog-path.ts';
import { relativePosix } from './catalog-files.ts';
import { readCatalogFiles, type LoadResult } from './read-catalog-files.ts';
import { readCatalogsAtRef, readGeneratedCatalogAtRef } from './read-catalogs-at-ref.ts';
import { withShippedCatalogs } from './read-shipped-catalogs.ts';

/** The catalogs of a source, parsed with positions; `commit` is set for a git source. */
export async function readCatalogSource(source: CatalogSource): Promise<LoadResult & { commit?: string }> {
  switch (source.kind) {
    case 'folder': {
      const { skip, parsed } = source;
      const read = async () => {
        const own = await readCatalogFiles(source.dir, source.root, parsed, skip && ((name) => skip.has(relativePosix(source.root, path.join(source.dir, name)))));
        return source.shipped ? withShippedCatalogs(own, source.dir, source.shipped, { ...(parsed ? { parsed } : {}), ...(skip ? { skip } : {}) }) : own;
      };
      return source.parsed ? source.parsed.load(read) : read();
    }
    case 'git': {
      const { commit, ...own } = await readCatalogsAtRef(source.ref, source.dir);
      if (!source.shipped) return { ...own, commit };
      const outDir = source.outDir;
      const listed = outDir === undefined ? undefined : (id: string) => readGeneratedCatalogAtRef(source.ref, commit, outDir, id);
      return { ...(await withShippedCatalogs(own, source.dir, source.shipped, listed ? { listed } : {})), commit };
    }
    case 'path':
      return readCatalogPath(source.target, source.contextDir, source.argument, source.root);
  }
}

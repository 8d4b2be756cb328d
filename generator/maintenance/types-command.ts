import { readFile, writeFile } from 'node:fs/promises';
import { catalogSchema } from '../vocabulary/catalog-schema.ts';
import { deriveCatalogTypes } from '../types/derive-catalog-types.ts';
import { ERRCAT_ROOT } from '../vocabulary/errcat-root.ts';

/** Where the derived catalog types live, relative to this module. */
export const CATALOG_TYPES_URL = new URL('generator/types/catalog.ts', ERRCAT_ROOT);

/**
 * `errcat types`: derives generator/types/catalog.ts from the catalog schema
 * with json-schema-to-typescript. With `check`, writes nothing and exits 1
 * when the committed file is stale.
 */
export async function typesCommand(options: { check: boolean }, print: (line: string) => void): Promise<number> {
  const derived = await deriveCatalogTypes(catalogSchema);
  const current = await readFile(CATALOG_TYPES_URL, 'utf8').catch(() => '');
  if (current === derived) {
    print('errcat: generator/types/catalog.ts is up to date');
    return 0;
  }
  if (options.check) {
    print('errcat: generator/types/catalog.ts is stale; run `npm run types`');
    return 1;
  }
  await writeFile(CATALOG_TYPES_URL, derived, 'utf8');
  print('errcat: wrote generator/types/catalog.ts');
  return 0;
}

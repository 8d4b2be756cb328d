import { readFile, writeFile } from 'node:fs/promises';
import { catalogSchema } from '../vocabulary/catalog-schema.ts';
import { deriveCatalogTypes } from '../types/derive-catalog-types.ts';
import { ERRCAT_ROOT } from '../vocabulary/errcat-root.ts';
import { TAXONOMY } from '../vocabulary/taxonomy.ts';
import { categoryModuleSource } from '../emit/typescript/category-module.ts';
import { CATEGORY_MODULE, RUNTIME_DIR } from '../load/runtime-sources.ts';

/** Where the derived catalog types live, relative to this module. */
export const CATALOG_TYPES_URL = new URL('generator/types/catalog.ts', ERRCAT_ROOT);

/** The runtime's copy of the taxonomy module, so `runtime/core/` type-checks and runs in tests without an output folder. */
export const RUNTIME_CATEGORY_URL = new URL(CATEGORY_MODULE, RUNTIME_DIR);

const RUNTIME_CATEGORY_HEADER =
  '// Written by `npm run types` from schema/catalog.schema.json, as errcat emits core/src/category.ts. Do not edit.\n/* eslint-disable */\n';

/** Files derived from the catalog schema, with what each should hold now. */
async function derivedFiles(): Promise<{ url: URL; name: string; text: string }[]> {
  return [
    { url: CATALOG_TYPES_URL, name: 'generator/types/catalog.ts', text: await deriveCatalogTypes(catalogSchema) },
    { url: RUNTIME_CATEGORY_URL, name: `runtime/core/${CATEGORY_MODULE}`, text: categoryModuleSource(TAXONOMY, RUNTIME_CATEGORY_HEADER) },
  ];
}

/**
 * `npm run types`: derives generator/types/catalog.ts from the catalog schema
 * with json-schema-to-typescript, and runtime/core/category.ts from its
 * taxonomy. With `check`, writes nothing and exits 1 when a committed file is
 * stale.
 */
export async function typesCommand(options: { check: boolean }, print: (line: string) => void): Promise<number> {
  let stale = 0;
  for (const file of await derivedFiles()) {
    const current = await readFile(file.url, 'utf8').catch(() => '');
    if (current === file.text) {
      print(`errcat: ${file.name} is up to date`);
    } else if (options.check) {
      print(`errcat: ${file.name} is stale; run \`npm run types\``);
      stale++;
    } else {
      await writeFile(file.url, file.text, 'utf8');
      print(`errcat: wrote ${file.name}`);
    }
  }
  return stale > 0 ? 1 : 0;
}

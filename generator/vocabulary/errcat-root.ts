import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * errcat's own root (its package, never the user's project), where `schema/`
 * and `templates/` live: the nearest folder
 * above this module that holds `schema/catalog.schema.json`. Found by walking
 * up, because this code runs both from `generator/` and from the CLI bundle's
 * chunks under `.errcat/`, at different depths.
 */
export const ERRCAT_ROOT: URL = (() => {
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 8; i++) {
    if (existsSync(fileURLToPath(new URL('schema/catalog.schema.json', dir)))) return dir;
    dir = new URL('../', dir);
  }
  throw new Error(`errcat: cannot find schema/catalog.schema.json above ${fileURLToPath(import.meta.url)}`);
})();

/** The folder of the catalogs errcat ships (`schema/catalogs/` of its package). */
export const SHIPPED_CATALOG_DIR: URL = new URL('schema/catalogs/', ERRCAT_ROOT);

/** How output and messages name a file of errcat's package, wherever it is installed: `errcat/<path>`. */
export function packageLabel(relative: string): string {
  return `errcat/${relative}`;
}

/** errcat's own version, from its package.json. */
export function errcatVersion(): string {
  return (JSON.parse(readFileSync(new URL('package.json', ERRCAT_ROOT), 'utf8')) as { version: string }).version;
}

/**
 * Whether this code runs from the CLI bundle that `npm run build` wrote to
 * errcat's `dist/` (as installed), not from `generator/` (tsx, the tests).
 * Only the bundle may use what the same build compiled ahead of time beside
 * it: run from source, the code that compiled it may have changed since.
 */
export const RUNS_FROM_BUNDLE: boolean = fileURLToPath(import.meta.url).startsWith(fileURLToPath(new URL('dist/', ERRCAT_ROOT)));

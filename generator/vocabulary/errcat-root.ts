import { existsSync } from 'node:fs';
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

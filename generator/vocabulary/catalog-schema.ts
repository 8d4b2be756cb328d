import { readFileSync } from 'node:fs';
import { ERRCAT_ROOT } from './errcat-root.ts';

/** Location of the catalog JSON Schema, relative to this module (works from a checkout and from an installed package). */
export const CATALOG_SCHEMA_URL = new URL('schema/catalog.schema.json', ERRCAT_ROOT);

/** The catalog JSON Schema, parsed once: the validator compiles it and the taxonomy is read from it. */
export const catalogSchema: Record<string, unknown> = JSON.parse(readFileSync(CATALOG_SCHEMA_URL, 'utf8'));

/** The schema's stable URL (its `$id`), by which generated files and editors refer to it. */
export const CATALOG_SCHEMA_ID = String(catalogSchema.$id);

import path from 'node:path';
import { displayPath } from '../../load/catalog-files.ts';
import { decodeCatalogBytes } from '../../load/decode-catalog-bytes.ts';
import { parseCatalogText } from '../../load/parse-catalog-text.ts';
import type { LoadedCatalog } from '../../load/loaded-catalog.ts';
import { readRegularFile, refusalMessage } from '../../load/read-regular-file.ts';
import { explainSchemaErrors } from '../../validate/explain-schema-errors.ts';
import { schemaErrorsOf } from '../../validate/schema-validator.ts';
import { configSchema } from '../../vocabulary/config-schema.ts';
import { CatalogError } from '../../vocabulary/diagnostic.ts';
import { LIMITS } from '../../vocabulary/limits.ts';
import type { EnumStyle } from '../../model/model.ts';
import type { ModuleTarget } from '../../vocabulary/module-targets.ts';
import type { FoundConfig } from './config-file.ts';

/** The settings a config file may hold (schema/config.schema.json). */
export interface ConfigValues {
  catalogs?: string;
  out?: string;
  scope?: string;
  corePackage?: string;
  providers?: string[];
  workspaceProtocol?: boolean;
  enumStyle?: EnumStyle;
  targets?: ModuleTarget[];
  allowExtra?: string[];
}

/** A config's values, and where each came from in its file (for messages about them). */
export interface ReadConfig {
  values: ConfigValues;
  /** `file:line:col` and pointer of a value, for a diagnostic. */
  at(pointer: string): { file: string; line: number; column: number; pointer: string };
}

/**
 * Reads and checks a config: parsed with source positions and validated
 * against errcat's config schema, so an unknown key or a wrong type is
 * reported like a catalog problem, `file:line:col` with a did-you-mean (all
 * problems at once, as a `CatalogError`). In a package.json, the `errcat`
 * field is the config.
 */
export async function readConfig(found: FoundConfig): Promise<ReadConfig> {
  const shown = displayPath(found.file);
  // The config arrives with pull requests like the catalogs: read the same way (no links, pipes or devices; bounded).
  const read = await readRegularFile(found.file, LIMITS.maxFileBytes);
  if (read.kind !== 'read') throw new CatalogError([{ file: shown, line: 1, column: 1, message: refusalMessage(read, 'a config file', LIMITS.maxFileBytes)!, pointer: '' }]);
  const decoded = decodeCatalogBytes(read.bytes, shown);
  if (!decoded.ok) throw new CatalogError([decoded.diagnostic]);
  const parsed = parseCatalogText(shown, path.basename(found.file), decoded.text);
  if (!parsed.ok) throw new CatalogError(parsed.diagnostics);
  const document = parsed.catalog;
  const config = found.kind === 'package-json' ? withinField(document, 'errcat') : document;
  if (config.value === null || typeof config.value !== 'object' || Array.isArray(config.value)) {
    throw new CatalogError([{ file: shown, ...config.locate(''), message: 'the errcat configuration must be an object', pointer: '' }]);
  }
  // Pointers name the place in the file: inside package.json, under `/errcat`.
  const prefix = found.kind === 'package-json' ? '/errcat' : '';
  const problems = explainSchemaErrors(schemaErrorsOf(config.value, configSchema), config).map((d) => ({ ...d, pointer: prefix + d.pointer }));
  if (problems.length > 0) throw new CatalogError(problems);
  return { values: config.value as ConfigValues, at: (pointer) => ({ file: shown, ...config.locate(pointer), pointer: prefix + pointer }) };
}

/** A field of a parsed document, seen as a document of its own: pointers inside it are located in the file. */
function withinField(document: LoadedCatalog, field: string): LoadedCatalog {
  const value = (document.value as Record<string, unknown>)[field];
  return {
    ...document,
    value,
    locate: (pointer, options) => document.locate(`/${field}${pointer}`, options),
  };
}

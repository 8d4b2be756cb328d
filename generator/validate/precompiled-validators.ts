import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { catalogSchema } from '../vocabulary/catalog-schema.ts';
import { configSchema } from '../vocabulary/config-schema.ts';
import { ERRCAT_ROOT, RUNS_FROM_BUNDLE } from '../vocabulary/errcat-root.ts';
import { schemaDigest } from './schema-digest.ts';
import { isBuildFile } from '../load/build-file.ts';

/** Where `npm run build` writes the validators of errcat's schemas as code (see `standalone-validators.ts`). */
export const PRECOMPILED_VALIDATORS_FILE: URL = new URL('dist/schema-validators.cjs', ERRCAT_ROOT);

/** The schemas compiled ahead of time, by the name their validator is exported under. */
export const PRECOMPILED_SCHEMAS: Readonly<Record<string, Record<string, unknown>>> = { catalog: catalogSchema, config: configSchema };

/** Larger than this, the file is not errcat's (the two validators are about 170 KB). */
const MAX_BYTES = 4 * 1024 * 1024;

let loaded: Record<string, unknown> | null | undefined;

/**
 * The validator the build compiled for one of errcat's own schemas, when
 * this runs from the CLI bundle, the file is there and was made from exactly
 * this schema (its digest); `undefined` otherwise, and the caller compiles.
 * Never throws: the file is only a shortcut.
 */
export function precompiledValidator(schema: Record<string, unknown>): ValidateFunction | undefined {
  const name = Object.keys(PRECOMPILED_SCHEMAS).find((key) => PRECOMPILED_SCHEMAS[key] === schema);
  if (name === undefined || !RUNS_FROM_BUNDLE) return undefined;
  loaded ??= loadValidators();
  const validate = loaded?.[name];
  const digests = loaded?.digests as Record<string, unknown> | undefined;
  return typeof validate === 'function' && digests?.[name] === schemaDigest(schema) ? (validate as ValidateFunction) : undefined;
}

function loadValidators(): Record<string, unknown> | null {
  try {
    if (!isBuildFile(PRECOMPILED_VALIDATORS_FILE, MAX_BYTES)) return null;
    const found: unknown = createRequire(import.meta.url)(fileURLToPath(PRECOMPILED_VALIDATORS_FILE));
    return typeof found === 'object' && found !== null ? (found as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

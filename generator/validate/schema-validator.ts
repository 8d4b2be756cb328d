import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { catalogSchema } from '../vocabulary/catalog-schema.ts';
import { precompiledValidator } from './precompiled-validators.ts';
import { schemaAjv } from './schema-ajv.ts';

const compiled = new Map<object, ValidateFunction>();

/**
 * The validator of a schema: the one the build compiled ahead of time for
 * errcat's own schemas (see `precompiled-validators.ts`), else compiled on
 * first use (compiling the catalog schema costs ~0.1 s, not worth paying on `--help`).
 */
export function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const known = compiled.get(schema);
  if (known) return known;
  const validate = precompiledValidator(schema) ?? schemaAjv().compile(schema);
  compiled.set(schema, validate);
  return validate;
}

/** Validates a parsed document against a schema (the catalog schema unless told), returning ajv's raw errors (all of them). */
export function schemaErrorsOf(value: unknown, schema: Record<string, unknown> = catalogSchema): ErrorObject[] {
  const validate = validatorFor(schema);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

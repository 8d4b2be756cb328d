import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { catalogSchema } from '../vocabulary/catalog-schema.ts';

// Both are CommonJS: `require` spares Node scanning them for named exports, as an ESM import would.
const require = createRequire(import.meta.url);
const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;

const compiled = new Map<object, ValidateFunction>();

/** The compiled validator of a schema, built on first use (compiling costs ~50 ms, not worth paying on `--help`). */
export function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const known = compiled.get(schema);
  if (known) return known;
  // strictRequired off: the `if` names `extends` without redefining it.
  // verbose: the error rewriter reads `parentSchema` to list allowed fields and enum values.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
  ajv.addKeyword('x-enum-descriptions');
  for (const keyword of ['x-retryable-by-default', 'x-resendable-by-default', 'x-actor', 'x-failover']) ajv.addKeyword(keyword);
  addFormats(ajv);
  const validate = ajv.compile(schema);
  compiled.set(schema, validate);
  return validate;
}

/** Validates a parsed document against a schema (the catalog schema unless told), returning ajv's raw errors (all of them). */
export function schemaErrorsOf(value: unknown, schema: Record<string, unknown> = catalogSchema): ErrorObject[] {
  const validate = validatorFor(schema);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

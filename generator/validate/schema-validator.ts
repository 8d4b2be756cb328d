import { createRequire } from 'node:module';
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { catalogSchema } from '../vocabulary/catalog-schema.ts';

// Both are CommonJS: `require` spares Node scanning them for named exports, as an ESM import would.
const require = createRequire(import.meta.url);
const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;

let compiled: ValidateFunction | undefined;

/** The compiled validator, built on first use (compiling costs ~50 ms, not worth paying on `--help`). */
export function catalogValidator(): ValidateFunction {
  if (compiled) return compiled;
  // strictRequired off: the `if` names `extends` without redefining it.
  // verbose: the error rewriter reads `parentSchema` to list allowed fields and enum values.
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true });
  ajv.addKeyword('x-enum-descriptions');
  ajv.addKeyword('x-retryable-by-default');
  addFormats(ajv);
  compiled = ajv.compile(catalogSchema);
  return compiled;
}

/** Validates a parsed document against the catalog schema, returning ajv's raw errors (all of them). */
export function schemaErrorsOf(value: unknown): ErrorObject[] {
  const validate = catalogValidator();
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

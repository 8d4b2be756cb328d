import { createRequire } from 'node:module';
import type { Ajv2020 } from 'ajv/dist/2020.js';

// Both are CommonJS: `require` spares Node scanning them for named exports, as an ESM import would.
const require = createRequire(import.meta.url);

/**
 * The one Ajv set-up errcat validates with, whether a schema is compiled at
 * run time or ahead of time (`source`: keeps the code for `standalone-validators.ts`).
 * strictRequired off: the catalog schema's `if` names `extends` without
 * redefining it. verbose: the error rewriter reads `parentSchema` to list
 * allowed fields and enum values.
 */
export function schemaAjv(options: { source?: boolean } = {}): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true, verbose: true, ...(options.source ? { code: { source: true } } : {}) });
  ajv.addKeyword('x-enum-descriptions');
  for (const keyword of ['x-retryable-by-default', 'x-resendable-by-default', 'x-actor', 'x-failover']) ajv.addKeyword(keyword);
  addFormats(ajv);
  return ajv;
}

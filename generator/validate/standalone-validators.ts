import { createRequire } from 'node:module';
import { PRECOMPILED_SCHEMAS } from './precompiled-validators.ts';
import { schemaAjv } from './schema-ajv.ts';
import { schemaDigest } from './schema-digest.ts';

const require = createRequire(import.meta.url);

/**
 * A CommonJS module holding the validators of errcat's two schemas as code
 * (Ajv's standalone output, from the same set-up as at run time) and, as
 * `digests`, the digest of each schema it was made from. Compiling the
 * catalog schema costs about 0.1 s, on every run that validates anything; the
 * build pays it once (`maintenance/precompile.ts`).
 */
export function standaloneValidatorsCode(): string {
  const standaloneCode = (require('ajv/dist/standalone/index.js') as typeof import('ajv/dist/standalone/index.js')).default;
  const ajv = schemaAjv({ source: true });
  const ids: Record<string, string> = {};
  for (const [name, schema] of Object.entries(PRECOMPILED_SCHEMAS)) {
    ajv.addSchema(schema);
    ids[name] = String(schema.$id);
  }
  const digests = Object.fromEntries(Object.entries(PRECOMPILED_SCHEMAS).map(([name, schema]) => [name, schemaDigest(schema)]));
  return `${standaloneCode(ajv, ids)}\nexports.digests = ${JSON.stringify(digests)};\n`;
}

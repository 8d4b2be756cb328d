import { readFileSync } from 'node:fs';
import { ERRCAT_ROOT } from './errcat-root.ts';

/** errcat's config file schema (`schema/config.schema.json`), parsed once. */
export const configSchema: Record<string, unknown> = JSON.parse(readFileSync(new URL('schema/config.schema.json', ERRCAT_ROOT), 'utf8'));

import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { catalogSchema } from '../../generator/vocabulary/catalog-schema.ts';
import { deriveCatalogTypes } from '../../generator/types/derive-catalog-types.ts';

describe('generator/types/catalog.ts', () => {
  it('is what json-schema-to-typescript derives from schema/catalog.schema.json (run `npm run types` when this fails)', async () => {
    const committed = await readFile(new URL('../../generator/types/catalog.ts', import.meta.url), 'utf8');
    expect(await deriveCatalogTypes(catalogSchema)).toBe(committed);
  });

  it('names every $defs definition with a title, and inline properties stay inline', async () => {
    const derived = await deriveCatalogTypes(catalogSchema);
    expect(derived).toContain('export interface Entry {');
    expect(derived).toContain('export type Category =');
    expect(derived).toMatch(/export interface Section \{[^}]*title: string;/s);
    expect(derived).not.toMatch(/Description\d/);
  });

  it('is checked by the maintenance command (`npm run types -- --check`)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'generator/maintenance/main.ts', 'types', '--check'], { cwd: new URL('../../', import.meta.url), encoding: 'utf8' });
    expect(out).toContain('generator/types/catalog.ts is up to date');
  });
});

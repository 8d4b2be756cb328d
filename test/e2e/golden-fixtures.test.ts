import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCases, fixtureOutput } from '../fixtures/fixture-cases.ts';

/** Every file under a folder, as sorted relative paths. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((p) => p !== '.errcat-manifest.json')
    .sort();
}

describe('golden fixtures (test/fixtures/<case>/catalogs → expected, byte for byte)', async () => {
  for (const fixture of await fixtureCases()) {
    it(`${fixture.name}: generates exactly the committed files`, async () => {
      const files = await fixtureOutput(fixture);
      expect(files.map((f) => f.path)).toEqual(await filesUnder(fixture.expectedDir));
      for (const file of files) {
        const expected = await readFile(path.join(fixture.expectedDir, file.path), 'utf8');
        // Compared whole and exact: whitespace changes are real changes.
        expect(file.content, `${fixture.name}/${file.path} differs; run npm run test:update-fixtures and review`).toBe(expected);
      }
    });

    it(`${fixture.name}: generates the same bytes twice`, async () => {
      const first = await fixtureOutput(fixture);
      const second = await fixtureOutput(fixture);
      expect(second).toEqual(first);
    });
  }
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticCatalogYaml } from '../../bench/synthetic-catalog.ts';
import { parseCatalogText } from '../../generator/load/parse-catalog-text.ts';
import { readCatalogSource } from '../../generator/load/read-catalog-source.ts';
import { estimateOutput } from '../../generator/model/output-estimate.ts';
import { generateFiles } from '../../generator/pipeline.ts';
import type { CatalogFile } from '../../generator/types/catalog.ts';
import { LIMITS } from '../../generator/vocabulary/limits.ts';
import { validateCatalogs } from '../../generator/validate/validate-catalogs.ts';
import { CATALOG_DIR } from '../helpers/generated-output.ts';
import { REPO } from '../helpers/run-errcat.ts';
import { expectRefused, hostileProject, type HostileProject } from './helpers/hostile-project.ts';

/**
 * Finding: a 200 KB section title with 5,000 entries passed validation, then
 * `generate` died at 2.1 GB with `Invalid string length`: output repeats some
 * texts into every entry, and white-label copies repeat everything they
 * inherit, so a small catalog folder can ask for gigabytes. Field lengths are
 * now bounded by the schema (string-field-limits.test.ts), and the size of a
 * run's output is estimated from the catalogs before the model is built
 * (model/output-estimate.ts): over `LIMITS.maxOutputChars`, every command
 * refuses it with one located problem.
 */

/** A parent of `entries` entries with 2,000-character texts, as YAML. */
function parentCatalog(entries: number): string {
  const lines = Array.from({ length: entries }, (_, i) => `          - { key: E${i}, code: ${i}, text: "${String(i).padEnd(2000, 'x')}", category: unknown }`);
  return [
    'provider:',
    '  id: acme',
    '  name: Acme SMS',
    'wire:',
    '  body:',
    '    code:',
    '      pointer: /error/code',
    '      encoding: integer',
    'catalogs:',
    '  - id: api',
    '    name: API',
    '    kind: error-code',
    '    codeType: integer',
    '    sections:',
    '      - id: s',
    '        title: Errors',
    '        entries:',
    ...lines,
    '',
  ].join('\n');
}

/** A white-label copy of `acme`: four lines, `extends` on line 4 at column 12. */
const copy = (id: string) => `provider:\n  id: ${id}\n  name: Copy\n  extends: acme\n`;

describe('a run whose output would be too large is refused before anything is built', () => {
  let project: HostileProject;
  beforeEach(() => {
    project = hostileProject();
  });
  afterEach(() => project.remove());

  it('100 white-label copies of a 1 MB catalog (about 900 MB of output): generate and validate refuse it, located on a copy’s `extends`', async () => {
    project.write('acme.yaml', parentCatalog(500));
    for (let i = 0; i < 100; i++) project.write(`white-label-copy-${i}.yaml`, copy(`white-label-copy-${i}`));
    const expected = new RegExp(
      String.raw`^errcat/catalogs/white-label-copy-\d+\.yaml:4:12  the catalogs would generate about \d+\.\d MB from 101 provider\(s\), ` +
        String.raw`over errcat's limit of ${(LIMITS.maxOutputChars / 1e6).toFixed(1)} MB for a run; the largest, ` +
        String.raw`\x60white-label-copy-\d+\x60, about \d+\.\d MB for 500 entries \(\d+% inherited\): shorten the texts, split the catalogs, ` +
        String.raw`or generate fewer white-label copies  \(/provider/extends\)$`,
      'm',
    );
    expectRefused(await project.run('generate'), [expected, 'errcat: 1 problem; nothing was written']);
    expectRefused(await project.run('validate'), [expected]);
  });

  it('the same parent with three copies is generated', async () => {
    project.write('acme.yaml', parentCatalog(500));
    for (let i = 0; i < 3; i++) project.write(`white-label-copy-${i}.yaml`, copy(`white-label-copy-${i}`));
    const result = await project.run('validate');
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('the estimate is an upper bound of the real output, within a factor of 3', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'errcat-estimate-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A catalog of 100 entries whose one field (of the entry, or the section title) is long. */
  function withLongField(field: string): string {
    const long = 'y'.repeat(field === 'title' ? LIMITS.maxShortText : LIMITS.maxDocumentedText);
    const entries = Array.from({ length: 100 }, (_, i) => {
      const entry: Record<string, unknown> = { key: `E${i}`, code: i, text: 't', category: 'unknown' };
      if (field === 'text' || field === 'summary' || field === 'notes') entry[field] = long;
      if (field === 'causes') entry.causes = [long];
      if (field === 'translations') entry.translations = { pl: long };
      if (field === 'key') entry.key = `E${i}_${'K'.repeat(90)}`;
      return `          - ${JSON.stringify(entry)}`;
    });
    const title = field === 'title' ? long : 'S';
    return parentCatalog(0).replace('        title: Errors\n        entries:\n', `        title: ${title}\n        entries:\n${entries.join('\n')}\n`);
  }

  async function estimateAndActual(dir: string): Promise<{ estimate: number; actual: number }> {
    const loaded = await readCatalogSource({ kind: 'folder', dir, root: dir });
    const { catalogs } = validateCatalogs(loaded.catalogs);
    const { files } = await generateFiles({ catalogDir: dir, scope: '@errcat' });
    return { estimate: estimateOutput(catalogs).total, actual: files.reduce((n, f) => n + f.content.length, 0) };
  }

  it.each(['five shipped catalogs', 'white-label fixture', 'text', 'summary', 'notes', 'causes', 'translations', 'key', 'title'])('%s', async (name) => {
    let dir: string;
    if (name === 'five shipped catalogs') dir = CATALOG_DIR;
    else if (name === 'white-label fixture') dir = path.join(REPO, 'test/fixtures/white-label/catalogs');
    else {
      dir = path.join(work, name);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'acme.yaml'), withLongField(name));
    }
    const { estimate, actual } = await estimateAndActual(dir);
    expect(estimate).toBeGreaterThanOrEqual(actual);
    expect(estimate).toBeLessThanOrEqual(3 * actual);
  });

  it('the 100,000-entry benchmark catalog is estimated well under the limit', () => {
    const parsed = parseCatalogText('synthetic.yaml', 'synthetic-100000', syntheticCatalogYaml('synthetic-100000', 100_000));
    if (!parsed.ok) throw new Error('the benchmark catalog does not parse');
    const { total } = estimateOutput([{ loaded: parsed.catalog, file: parsed.catalog.value as CatalogFile }]);
    expect(total).toBeLessThan(LIMITS.maxOutputChars * 0.8);
  });
});

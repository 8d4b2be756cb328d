import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../generator/load/parse-catalog-text.ts';
import { readCatalogFiles } from '../../generator/load/read-catalog-files.ts';
import type { LoadedCatalog } from '../../generator/load/loaded-catalog.ts';
import { loadModel } from '../../generator/model/load-model.ts';
import { CatalogError, formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../generator/validate/validate-catalogs.ts';
import { derive, deriveFrom, insertAfter, stemOf, swap, WHITE, type InlineFile } from './helpers.ts';

const CATALOG_DIR = fileURLToPath(new URL('../../schema/catalogs/', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'errcat-validate-all-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ENTRY_1 = '/catalogs/0/sections/0/entries/1';

/** Two semantic problems: a duplicate code (line 30) and a `replacedBy` naming no key (line 34). */
const ACME_TWO_PROBLEMS = derive(
  swap('code: 2', 'code: 1'),
  insertAfter(32, '            deprecated:', '              replacedBy: NO_MONEY'),
);
/** Two schema problems: an unknown field (line 4) and an empty text (line 28). */
const ZETA_TWO_PROBLEMS = derive(
  swap('id: acme', 'id: zeta'),
  insertAfter(3, '  decription: Zeta sends SMS.'),
  swap('text: invalid key', "text: ''"),
);
/** A provider id that does not match its file name `white.yaml` (line 2). */
const WHITE_MISNAMED = deriveFrom(WHITE, swap('id: white', 'id: whyte'));
/** A duplicate YAML key (line 15): the file does not load at all. */
const BROKEN_YAML = derive(swap('id: acme', 'id: broken'), insertAfter(14, '    name: API errors, again'));

/** The lines for those files, with `dir/` before each file name. */
function expectedLines(dir: string): string[] {
  return [
    `${dir}acme.yaml:30:19  duplicate code 1 in catalog \`api\` (\`NO_FUNDS\`): also at ${dir}acme.yaml:26:19 (\`INVALID_KEY\`)  (${ENTRY_1}/code)`,
    `${dir}acme.yaml:34:27  \`replacedBy: NO_MONEY\` names no entry of catalog \`api\`  (${ENTRY_1}/deprecated/replacedBy)`,
    `${dir}broken.yaml:15:5  duplicate key: map keys must be unique`,
    `${dir}white.yaml:2:7  provider id \`whyte\` does not match the file name; name the file \`whyte.yaml\`  (/provider/id)`,
    `${dir}zeta.yaml:4:3  unknown field \`decription\` — did you mean \`description\`?  (/provider/decription)`,
    `${dir}zeta.yaml:28:19  \`text\` must not be empty  (/catalogs/0/sections/0/entries/0/text)`,
  ];
}

function loaded(...files: InlineFile[]): LoadedCatalog[] {
  return files.map(({ file, text }) => {
    const result = parseCatalogText(file, stemOf(file), text);
    if (!result.ok) throw new Error(`${file} does not load: ${result.diagnostics.map(formatDiagnostic).join('; ')}`);
    return result.catalog;
  });
}

describe('every problem of every file is reported in one run, sorted by file and line', () => {
  it('validateCatalogs reports schema and semantic problems of several files, not just the first', () => {
    const { diagnostics } = validateCatalogs(
      loaded(
        { file: 'zeta.yaml', text: ZETA_TWO_PROBLEMS },
        { file: 'white.yaml', text: WHITE_MISNAMED },
        { file: 'acme.yaml', text: ACME_TWO_PROBLEMS },
      ),
    );
    expect(diagnostics.map(formatDiagnostic)).toEqual(expectedLines('').filter((line) => !line.startsWith('broken')));
  });

  it('the load → validate pipeline adds the files that do not load, and ignores files that are not catalogs', async () => {
    const dir = mkdtempSync(path.join(tmp, 'catalogs-'));
    writeFileSync(path.join(dir, 'zeta.yaml'), ZETA_TWO_PROBLEMS);
    writeFileSync(path.join(dir, 'white.yaml'), WHITE_MISNAMED);
    writeFileSync(path.join(dir, 'broken.yaml'), BROKEN_YAML);
    writeFileSync(path.join(dir, 'acme.yaml'), ACME_TWO_PROBLEMS);
    writeFileSync(path.join(dir, 'README.md'), '# not a catalog: [\n');
    const error = await loadModel({ kind: 'folder', dir, root: '.' }, { scope: '@errcat' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CatalogError);
    const shown = path.relative(process.cwd(), dir).split(path.sep).join('/') + '/';
    expect((error as CatalogError).diagnostics.map(formatDiagnostic)).toEqual(expectedLines(shown));
  });
});

describe('the real catalogs', () => {
  it('load and validate with no diagnostic', async () => {
    const loadResult = await readCatalogFiles(CATALOG_DIR, '.');
    expect(loadResult.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(loadResult.catalogs.map((c) => c.stem)).toEqual(['bsg', 'notificore', 'serwersms', 'smsapi', 'yellowpush']);
    const validation = validateCatalogs(loadResult.catalogs);
    expect(validation.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(validation.catalogs).toHaveLength(5);
  });
});

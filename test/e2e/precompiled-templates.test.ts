// The CLI bundle renders Markdown with the templates the build precompiled
// (dist/templates-compiled.cjs) when they were made from the templates on
// disk, and compiles the templates otherwise: either way the same READMEs.
// Runs a copy of this errcat (node_modules linked) so that its dist/ and
// templates/ may be changed.
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runErrcat } from '../helpers/run-errcat.ts';
import { errcatCopy } from '../helpers/errcat-copy.ts';
import { treeOf } from '../helpers/tree-of.ts';

describe('the precompiled templates in the CLI', () => {
  let work: string;
  let copy: string;
  let file: string;
  let built: string;
  let compiled: Record<string, string>;
  let runs = 0;

  /** The Markdown of a full run of the copy. */
  const readmes = async (): Promise<Record<string, string>> => {
    const out = `generated-${++runs}`;
    const result = await runErrcat(['generate', '--catalogs', 'catalogs', '--out', out], { root: copy, cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const tree = await treeOf(path.join(work, out));
    return Object.fromEntries(Object.entries(tree).filter(([name]) => name.endsWith('README.md')));
  };

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'errcat-templates-'));
    copy = path.join(work, 'errcat');
    await errcatCopy(copy);
    await cp(path.join(REPO, 'test/fixtures/white-label/catalogs'), path.join(work, 'catalogs'), { recursive: true });
    file = path.join(copy, 'dist/templates-compiled.cjs');
    built = await readFile(file, 'utf8');
    // Compiled at run time: the Markdown every run below must equal.
    await rm(file);
    compiled = await readmes();
    expect(Object.keys(compiled).length).toBeGreaterThan(3);
  }, 60_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const damage: [string, () => string][] = [
    ['as the build wrote it', () => built],
    ['cut short', () => built.slice(0, 1000)],
    ['not JavaScript', () => 'not javascript {'],
    ['made from other templates', () => built.replace(/"sha256-[0-9a-f]{64}"/g, `"sha256-${'0'.repeat(64)}"`)],
    ['exporting no templates', () => 'exports.digests = {};'],
    ['from another Handlebars compiler revision', () => built.replaceAll('"compiler":[8,', '"compiler":[1,')],
  ];
  it.each(damage)('a file %s gives the Markdown compiling the templates gives', async (name, text) => {
    const changed = text();
    expect(changed === built).toBe(name === 'as the build wrote it');
    await writeFile(file, changed);
    expect(await readmes()).toEqual(compiled);
  });

  it('is what the run uses when it matches (a changed template spec, its digest kept, shows in the Markdown)', async () => {
    // The index template's spec is replaced by one that writes a line of its own; the old spec is kept under another name.
    const shown = built.replace('"index-readme.md.hbs": {', '"index-readme.md.hbs": { "main": function () { return "taken from the precompiled file\\n"; }, "useData": true, "compiler": [8, ">= 4.3.0"] }, "unused-index": {');
    expect(shown).not.toBe(built);
    await writeFile(file, shown);
    const tree = await readmes();
    expect(tree['README.md']).toBe(compiled['README.md']!.split('\n')[0] + '\ntaken from the precompiled file\n');
  });

  it('a template edited after the build is compiled, not taken from the stale file', async () => {
    await writeFile(file, built);
    await appendFile(path.join(copy, 'templates/index-readme.md.hbs'), '\nEdited after the build.\n');
    const tree = await readmes();
    expect(tree['README.md']).toBe(compiled['README.md'] + '\nEdited after the build.\n');
  });
});

// The CLI bundle renders Markdown with the templates the build precompiled
// (dist/templates-compiled.cjs) when they were made from the templates on
// disk, and compiles the templates otherwise: either way the same READMEs.
// Runs a copy of this errcat (node_modules linked) so that its dist/ and
// templates/ may be changed.
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRun, type CopyRun } from '../helpers/copy-run.ts';

describe('the precompiled templates in the CLI', () => {
  let run: CopyRun;
  let file: string;
  let built: string;
  let compiled: Record<string, string>;

  /** The Markdown of a full run of the copy. */
  const readmes = async (): Promise<Record<string, string>> =>
    Object.fromEntries(Object.entries(await run.generate()).filter(([name]) => name.endsWith('README.md')));

  beforeAll(async () => {
    run = await copyRun('errcat-templates-');
    file = path.join(run.copy, 'dist/templates-compiled.cjs');
    built = await readFile(file, 'utf8');
    // Compiled at run time: the Markdown every run below must equal.
    await rm(file);
    compiled = await readmes();
    expect(Object.keys(compiled).length).toBeGreaterThan(3);
  }, 60_000);
  afterAll(async () => {
    await rm(run.work, { recursive: true, force: true });
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
    await appendFile(path.join(run.copy, 'templates/index-readme.md.hbs'), '\nEdited after the build.\n');
    const tree = await readmes();
    expect(tree['README.md']).toBe(compiled['README.md'] + '\nEdited after the build.\n');
  });
});

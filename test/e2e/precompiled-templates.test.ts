// The CLI bundle renders Markdown with the templates the build precompiled
// (dist/templates-compiled.json) when they were made from the templates on
// disk, and compiles the templates otherwise: either way the same READMEs.
// Runs a copy of this errcat (node_modules linked) so that its dist/ and
// templates/ may be changed.
import { appendFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templatesChecksum, type PrecompiledTemplatesFile } from '../../generator/load/precompiled-templates.ts';
import { copyRunWithoutBuildFile, type CopyRun } from '../helpers/copy-run.ts';

describe('the precompiled templates in the CLI', () => {
  let run: CopyRun;
  let file: string;
  let built: string;
  let compiled: Record<string, string>;

  /** The Markdown of a full run of a copy. */
  const readmesOf = async (copy: CopyRun): Promise<Record<string, string>> =>
    Object.fromEntries(Object.entries(await copy.generate()).filter(([name]) => name.endsWith('README.md')));
  const readmes = () => readmesOf(run);

  beforeAll(async () => {
    // Compiled at run time: the Markdown every run below must equal.
    ({ run, file, built, compiled } = await copyRunWithoutBuildFile('errcat-templates-', 'templates-compiled.json', readmesOf));
    expect(Object.keys(compiled).length).toBeGreaterThan(3);
  }, 60_000);
  afterAll(async () => {
    await rm(run.work, { recursive: true, force: true });
  });

  const damage: [string, () => string][] = [
    ['as the build wrote it', () => built],
    ['cut short', () => built.slice(0, 1000)],
    ['not JSON', () => 'not json {'],
    ['made from other templates', () => built.replace(/"sha256-[0-9a-f]{64}","source"/g, `"sha256-${'0'.repeat(64)}","source"`)],
    ['compiled by another Handlebars', () => built.replace(/"handlebars":"[^"]*"/, '"handlebars":"4.0.0"')],
    ['changed inside a template', () => built.replace('container.strict', 'container.strict ')],
  ];
  it.each(damage)('a file %s gives the Markdown compiling the templates gives', async (name, text) => {
    const changed = text();
    expect(changed === built).toBe(name === 'as the build wrote it');
    await writeFile(file, changed);
    expect(await readmes()).toEqual(compiled);
  });

  it.each(['core-readme.md.hbs', 'entry-rows.md.hbs', 'entry-table.md.hbs', 'index-readme.md.hbs', 'provider-readme.md.hbs'])(
    'is what the run uses when it matches: %s, changed and resealed, shows in the Markdown',
    async (name) => {
      const precompiled = JSON.parse(built) as PrecompiledTemplatesFile;
      const changed = precompiled.templates.find((t) => t.name === name)!;
      changed.source = `{ "main": function () { return "taken from the precompiled ${name}\\n"; }, "useData": true, "compiler": [8, ">= 4.3.0"] }`;
      await writeFile(file, JSON.stringify({ ...precompiled, checksum: templatesChecksum(precompiled.templates) }));
      const shown = Object.values(await readmes()).filter((text) => text.includes(`taken from the precompiled ${name}\n`));
      expect(shown.length).toBeGreaterThan(0);
    },
  );

  it('a template edited after the build is compiled, not taken from the stale file', async () => {
    await writeFile(file, built);
    await appendFile(path.join(run.copy, 'templates/index-readme.md.hbs'), '\nEdited after the build.\n');
    const tree = await readmes();
    expect(tree['README.md']).toBe(compiled['README.md'] + '\nEdited after the build.\n');
  });
});

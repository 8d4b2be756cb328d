// The CLI bundle takes core's compiled runtime and the module templates from
// dist/modules-compiled.json when the file is sound, and compiles otherwise:
// either way the output is the same bytes. Runs a copy of this errcat (bundle, templates, schema, runtime;
// node_modules linked) so that its dist/ and runtime/ may be damaged.
import { rm, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompiledChecksum, type PrecompiledModulesFile } from '../../generator/load/precompiled-modules.ts';
import { copyRunWithoutBuildFile, type CopyRun } from '../helpers/copy-run.ts';

describe('the precompiled modules in the CLI', () => {
  let run: CopyRun;
  let file: string;
  let built: string;
  let compiled: Record<string, string>;
  const generate = () => run.generate();

  beforeAll(async () => {
    // Compiled at run time: the output every run below must equal.
    ({ run, file, built, compiled } = await copyRunWithoutBuildFile('errcat-precompiled-', 'modules-compiled.json', (copy) => copy.generate()));
  }, 60_000);
  afterAll(async () => {
    await rm(run.work, { recursive: true, force: true });
  });

  const damage: [string, () => string][] = [
    ['as the build wrote it', () => built],
    ['cut short', () => built.slice(0, 1000)],
    ['not JSON', () => 'not json'],
    ['compiled by another compiler', () => built.replace(/"compiler":"[^"]*"/, '"compiler":"@ts-morph/common@0.0.1"')],
    ['changed inside a module', () => built.replace('export ', 'export  ')],
  ];
  it.each(damage)('a file %s gives the output compiling gives', async (_name, text) => {
    await writeFile(file, text());
    expect(await generate()).toEqual(compiled);
  });

  it('is what the run uses when it matches (a changed module, resealed, shows in the output)', async () => {
    const precompiled = JSON.parse(built) as PrecompiledModulesFile;
    const normalize = precompiled.modules.find((m) => m.source.includes('errcat/runtime/core/normalize.ts'))!;
    normalize.js += '// taken from the precompiled file\n';
    await writeFile(file, JSON.stringify({ ...precompiled, checksum: precompiledChecksum(precompiled.modules) }));
    const tree = await generate();
    expect(tree['core/dist/normalize.js']).toBe(compiled['core/dist/normalize.js'] + '// taken from the precompiled file\n');
  });

  it("serves a template to every module of its structure, filled with that module's names (a changed template, resealed, shows in each)", async () => {
    const precompiled = JSON.parse(built) as PrecompiledModulesFile;
    const parsers = precompiled.modules.filter((m) => m.source.includes('import { parseError, parseErrors'));
    expect(parsers.length).toBeGreaterThan(0);
    // The parser's first slot is its entry type's name (provider-parse-module.ts).
    for (const parser of parsers) parser.js += '// errcat$0$ taken from the precompiled file\n';
    await writeFile(file, JSON.stringify({ ...precompiled, checksum: precompiledChecksum(precompiled.modules) }));
    const tree = await generate();
    const changed = Object.keys(tree).filter((name) => tree[name] !== compiled[name]);
    expect(changed.sort()).toEqual(Object.keys(tree).filter((name) => name.endsWith('/dist/parse.js')).sort());
    for (const name of changed) {
      // The token is filled like any other, with this provider's own name for it.
      const entryType = /export type (\w+ProviderErrorEntry) =/.exec(compiled[name.replace(/\.js$/, '.d.ts')]!)![1];
      expect(tree[name]).toBe(`${compiled[name]}// ${entryType} taken from the precompiled file\n`);
    }
  });

  it('a runtime source edited after the build is compiled, not taken from the stale file', async () => {
    await writeFile(file, built);
    await appendFile(path.join(run.copy, 'runtime/core/normalize.ts'), '\nexport const addedAfterTheBuild = 1;\n');
    const tree = await generate();
    expect(tree['core/dist/normalize.js']).toContain('export const addedAfterTheBuild = 1;');
    expect(tree['core/dist/normalize.d.ts']).toContain('export declare const addedAfterTheBuild = 1;');
  });
});

// The CLI bundle takes core's compiled runtime from dist/runtime-compiled.json
// when it matches, and compiles it otherwise: either way the output is the
// same bytes. Runs a copy of this errcat (bundle, templates, schema, runtime;
// node_modules linked) so that its dist/ and runtime/ may be damaged.
import { cp, mkdtemp, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompiledChecksum, type PrecompiledRuntimeFile } from '../../generator/load/precompiled-runtime.ts';
import { REPO, runErrcat } from '../helpers/run-errcat.ts';
import { errcatCopy } from '../helpers/errcat-copy.ts';
import { treeOf } from '../helpers/tree-of.ts';

describe('the precompiled runtime in the CLI', () => {
  let work: string;
  let copy: string;
  let file: string;
  let built: string;
  let compiled: Record<string, string>;
  let runs = 0;

  /** The output of a full run of the copy, less the manifest (whose record hashes errcat's dist/, and so differs). */
  const generate = async (): Promise<Record<string, string>> => {
    const out = `generated-${++runs}`;
    const result = await runErrcat(['generate', '--catalogs', 'catalogs', '--out', out], { root: copy, cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { ['.errcat-manifest.json']: _manifest, ...tree } = await treeOf(path.join(work, out));
    return tree;
  };

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'errcat-precompiled-'));
    copy = path.join(work, 'errcat');
    await errcatCopy(copy);
    await cp(path.join(REPO, 'test/fixtures/white-label/catalogs'), path.join(work, 'catalogs'), { recursive: true });
    file = path.join(copy, 'dist/runtime-compiled.json');
    built = await readFile(file, 'utf8');
    // Compiled at run time: the output every run below must equal.
    await rm(file);
    compiled = await generate();
  }, 60_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const damage: [string, () => string][] = [
    ['as the build wrote it', () => built],
    ['cut short', () => built.slice(0, 1000)],
    ['not JSON', () => 'not json'],
    ['compiled from other runtime sources', () => built.replace(/"runtimeDigest":"sha256-[0-9a-f]{64}"/, `"runtimeDigest":"sha256-${"0".repeat(64)}"`)],
    ['changed inside a module', () => built.replace('export ', 'export  ')],
  ];
  it.each(damage)('a file %s gives the output compiling gives', async (_name, text) => {
    await writeFile(file, text());
    expect(await generate()).toEqual(compiled);
  });

  it('is what the run uses when it matches (a changed module, resealed, shows in the output)', async () => {
    const precompiled = JSON.parse(built) as PrecompiledRuntimeFile;
    const normalize = precompiled.modules.find((m) => m.name === 'normalize.ts')!;
    normalize.js += '// taken from the precompiled file\n';
    await writeFile(file, JSON.stringify({ ...precompiled, checksum: precompiledChecksum(precompiled.modules) }));
    const tree = await generate();
    expect(tree['core/dist/normalize.js']).toBe(compiled['core/dist/normalize.js'] + '// taken from the precompiled file\n');
  });

  it('a runtime source edited after the build is compiled, not taken from the stale file', async () => {
    await writeFile(file, built);
    await appendFile(path.join(copy, 'runtime/core/normalize.ts'), '\nexport const addedAfterTheBuild = 1;\n');
    const tree = await generate();
    expect(tree['core/dist/normalize.js']).toContain('export const addedAfterTheBuild = 1;');
    expect(tree['core/dist/normalize.d.ts']).toContain('export declare const addedAfterTheBuild = 1;');
  });
});

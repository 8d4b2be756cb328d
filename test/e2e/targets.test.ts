import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { GeneratedFile } from '../../generator/emit/generated-file.ts';
import { generateFiles } from '../../generator/pipeline.ts';
import type { ModuleTarget } from '../../generator/vocabulary/module-targets.ts';
import { CATALOG_DIR, generatedOutput, REPO_ROOT, temporaryDir, writeFilesTo } from '../helpers/generated-output.ts';
import { projectWithFiles } from '../helpers/project-with-files.ts';
import { runErrcat } from '../helpers/run-errcat.ts';

/**
 * `targets`: which of a module's three files the packages hold. A lean set
 * must be a subset of the full output, byte for byte (nothing else changes
 * but package.json), and each package must still import: its JavaScript by
 * Node, its source by TypeScript.
 */

const run = promisify(execFile);
const TSC = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
const MINUTE = 60_000;

/** Which target a generated path is a file of, or undefined for the files every set makes. */
function targetOf(file: string): ModuleTarget | undefined {
  if (/\/src\/[^/]+\.ts$/.test(file)) return 'ts';
  if (/\/dist\/[^/]+\.d\.ts$/.test(file)) return 'dts';
  if (/\/dist\/[^/]+\.js$/.test(file)) return 'js';
  return undefined;
}

const byPath = (files: readonly GeneratedFile[]) => new Map(files.map((f) => [f.path, f.content]));
const SETS: readonly (readonly ModuleTarget[])[] = [['ts'], ['js'], ['js', 'dts'], ['ts', 'js']];

describe('targets', () => {
  it.each(SETS.map((targets) => ({ targets, name: targets.join(',') })))('$name: exactly the full output’s files of those targets, byte for byte, and a package.json that points at them', async ({ targets }) => {
    const full = byPath((await generatedOutput()).files);
    const lean = byPath((await generateFiles({ catalogDir: CATALOG_DIR, scope: '@errcat', targets })).files);
    const expected = [...full.keys()].filter((p) => {
      const target = targetOf(p);
      return target === undefined || targets.includes(target);
    });
    expect([...lean.keys()]).toEqual(expected);
    for (const [file, content] of lean) if (!file.endsWith('/package.json')) expect(content, file).toBe(full.get(file));

    const pkg = JSON.parse(lean.get('smsapi/package.json')!) as { main: string; types?: string; exports: Record<string, Record<string, string>>; files: string[] };
    const code = targets.includes('js') ? './dist/index.js' : './src/index.ts';
    const types = targets.includes('dts') ? './dist/index.d.ts' : targets.includes('ts') ? './src/index.ts' : undefined;
    expect(pkg.main).toBe(code);
    expect(pkg.types).toBe(types);
    expect(pkg.exports['.']).toEqual({ ...(types ? { types } : {}), import: code, default: code });
    expect(pkg.files).toEqual([...(targets.includes('js') ? ['dist'] : []), ...(targets.includes('ts') ? ['src'] : []), 'catalog.json', 'openapi.yaml', 'README.md']);
    // Every file a package.json names is made.
    for (const named of [pkg.main, pkg.types].filter((p) => p !== undefined)) expect(lean.has(`smsapi/${named.slice(2)}`), named).toBe(true);
  });

  it('the default is the full set: ts, js and dts', async () => {
    const full = (await generatedOutput()).files.map((f) => f.path);
    const explicit = (await generateFiles({ catalogDir: CATALOG_DIR, scope: '@errcat', targets: ['dts', 'ts', 'js'] })).files.map((f) => f.path);
    expect(explicit).toEqual(full);
    expect(new Set(full.map(targetOf))).toEqual(new Set(['ts', 'js', 'dts', undefined]));
  });

  describe('the packages still import', () => {
    let temp: { dir: string; remove: () => Promise<void> };
    beforeAll(async () => {
      temp = await temporaryDir('targets');
    });
    afterAll(async () => temp?.remove());

    const CONSUMER = [
      "import { isRetryable } from '@errcat/core';",
      "import { lookupSmsapiApiErrors, parseSmsapiError } from '@errcat/smsapi';",
      "const entry = lookupSmsapiApiErrors('8');",
      'const key: string | undefined = entry?.key;',
      "const parsed = parseSmsapiError({ error: 8, message: 'Error in request (please report)' });",
      'console.log(JSON.stringify({ key, retryable: isRetryable(parsed) }));',
      '',
    ].join('\n');

    /** A project whose node_modules hold the packages of `targets` (as a workspace links them), with the consumer above. */
    async function consumerProject(name: string, targets: readonly ModuleTarget[]): Promise<string> {
      const dir = path.join(temp.dir, name);
      const { files } = await generateFiles({ catalogDir: CATALOG_DIR, scope: '@errcat', targets });
      await writeFilesTo(path.join(dir, 'node_modules', '@errcat'), files.filter((f) => f.path.startsWith('core/') || f.path.startsWith('smsapi/')));
      writeFileSync(path.join(dir, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
      writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
      return dir;
    }

    it('ts alone: TypeScript type-checks the packages’ source through their exports (a monorepo that bundles its workspaces)', async () => {
      const dir = await consumerProject('ts', ['ts']);
      expect(existsSync(path.join(dir, 'node_modules/@errcat/smsapi/dist'))).toBe(false);
      const args = ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', 'consumer.ts'];
      await expect(run(process.execPath, [TSC, ...args], { cwd: dir })).resolves.toBeDefined();
      // The check is real: a wrong use of a generated type fails it.
      writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER.replace("const key: string | undefined = entry?.key;", 'const key: number | undefined = entry?.key;'));
      await expect(run(process.execPath, [TSC, ...args], { cwd: dir })).rejects.toMatchObject({ stdout: expect.stringMatching(/TS2322/) });
    }, MINUTE);

    it.each<[readonly ModuleTarget[]]>([[['js']], [['js', 'dts']]])('%s: Node runs the JavaScript, and TypeScript types it when dts is made', async (targets) => {
      const dir = await consumerProject(targets.join('-'), targets);
      expect(existsSync(path.join(dir, 'node_modules/@errcat/smsapi/src'))).toBe(false);
      await run(process.execPath, [TSC, '--strict', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--noCheck', '--outDir', 'out', 'consumer.ts'], { cwd: dir });
      const { stdout } = await run(process.execPath, ['out/consumer.js'], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual({ key: 'REQUEST_ERROR', retryable: false });
      const typed = await run(process.execPath, [TSC, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'consumer.ts'], { cwd: dir }).then(
        () => 0,
        (error: { stdout: string }) => error.stdout,
      );
      // With js alone there are no declarations: a strict consumer is told the package has none (TS7016).
      if (targets.includes('dts')) expect(typed).toBe(0);
      else expect(typed).toMatch(/TS7016/);
    }, MINUTE);
  });

  it('the CLI: --targets writes only those files, a changed set is regenerated and the files no longer made are removed, and --check holds the folder to the set', async () => {
    const temp = await temporaryDir('targets-cli');
    onTestFinished(() => temp.remove());
    const root = projectWithFiles(temp.dir, {
      'errcat.config.json': '{ "catalogs": "cats", "out": "gen", "providers": ["smsapi"] }\n',
      'cats/.keep': '',
      'package.json': '{ "name": "p", "private": true }\n',
    });
    const lean = await runErrcat(['generate', '--targets', 'js,dts'], { cwd: root });
    expect(lean.code, lean.stderr).toBe(0);
    expect(existsSync(path.join(root, 'gen/smsapi/dist/api-errors.js'))).toBe(true);
    expect(existsSync(path.join(root, 'gen/smsapi/src'))).toBe(false);
    expect((await runErrcat(['generate', '--check', '--targets', 'js,dts'], { cwd: root })).code).toBe(0);
    // The default set differs: --check says what is missing, and a run makes it (the cache does not answer for another set).
    const check = await runErrcat(['generate', '--check'], { cwd: root });
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toMatch(/smsapi\/src\/api-errors\.ts/);
    expect((await runErrcat(['generate'], { cwd: root })).code).toBe(0);
    expect(existsSync(path.join(root, 'gen/smsapi/src/api-errors.ts'))).toBe(true);
    // From the config: the files of the targets dropped are removed, errcat's own files only.
    writeFileSync(path.join(root, 'errcat.config.json'), '{ "catalogs": "cats", "out": "gen", "providers": ["smsapi"], "targets": ["ts"] }\n');
    expect((await runErrcat(['generate'], { cwd: root })).code).toBe(0);
    expect(existsSync(path.join(root, 'gen/smsapi/dist'))).toBe(false);
    expect(JSON.parse(readFileSync(path.join(root, 'gen/smsapi/package.json'), 'utf8')).exports['.'].import).toBe('./src/index.ts');
    const bad = await runErrcat(['generate', '--targets', 'dts'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/option --targets: `dts` describes the JavaScript, so it needs `js`/);
    expect((await runErrcat(['generate', '--help'], { cwd: root })).stdout).toMatch(/--targets <list>\s+which files of each TypeScript module/);
  }, MINUTE);
});

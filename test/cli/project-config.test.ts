import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveProject } from '../../generator/cli/project/project.ts';
import { CatalogError, formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { OptionError } from '../../generator/vocabulary/option-error.ts';
import { runErrcat } from '../helpers/run-errcat.ts';
import { projectWithFiles } from '../helpers/project-with-files.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'errcat-config-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const project = (files: Record<string, string>) => projectWithFiles(tmp, files);

/** The located problems a config is refused with, formatted. */
async function problemsOf(cwd: string): Promise<string[]> {
  const error = await resolveProject({}, cwd).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(CatalogError);
  return (error as CatalogError).diagnostics.map((d) => formatDiagnostic({ ...d, file: path.basename(d.file) }));
}

describe('errcat.config.json', () => {
  it('is found from any subfolder, and its paths are relative to the file, not to the current folder', async () => {
    const root = project({
      'errcat.config.json': '{ "catalogs": "errors/catalogs", "out": "errors/generated", "scope": "@acme", "corePackage": "@acme/errors-core", "providers": ["bsg"] }\n',
      'apps/api/src/.keep': '',
    });
    const resolved = await resolveProject({}, path.join(root, 'apps/api/src'));
    expect(resolved).toEqual({
      root,
      configFile: path.relative(process.cwd(), path.join(root, 'errcat.config.json')),
      catalogDir: path.join(root, 'errors/catalogs'),
      outDir: path.join(root, 'errors/generated'),
      scope: '@acme',
      corePackage: '@acme/errors-core',
      providers: ['bsg'],
      workspaceProtocol: false,
      enumStyle: 'enum',
      targets: ['ts', 'js', 'dts'],
      allowExtra: [],
    });
  });

  it('sets the enum style, which --enum-style overrides; a bad value is located in the config, or a usage error naming the flag', async () => {
    const root = project({ 'errcat.config.json': '{ "enumStyle": "const" }\n' });
    expect((await resolveProject({}, root)).enumStyle).toBe('const');
    expect((await resolveProject({ enumStyle: 'enum' }, root)).enumStyle).toBe('enum');
    await expect(resolveProject({ enumStyle: 'union' }, root)).rejects.toThrow(
      new OptionError('--enum-style', '`union` is not an enum style: use `enum` (TypeScript enums) or `const` (frozen objects and union types, for erasableSyntaxOnly)'),
    );
    const bad = project({ 'errcat.config.json': '{\n  "enumStyle": "union"\n}\n' });
    expect(await problemsOf(bad)).toEqual(['errcat.config.json:2:16  `enumStyle` `union` is not allowed; use one of: enum, const  (/enumStyle)']);
  });

  it('sets the targets in their canonical order, which --targets overrides; an unusable set is located in the config, or a usage error naming the flag', async () => {
    const root = project({ 'errcat.config.json': '{ "targets": ["dts", "js"] }\n' });
    expect((await resolveProject({}, root)).targets).toEqual(['js', 'dts']);
    expect((await resolveProject({ targets: 'js, ts' }, root)).targets).toEqual(['ts', 'js']);
    expect((await resolveProject({ targets: 'ts' }, root)).targets).toEqual(['ts']);
    await expect(resolveProject({ targets: 'js,dts,d.ts' }, root)).rejects.toThrow(
      new OptionError('--targets', '`d.ts` is not a target — did you mean `dts`?; list, separated by commas, any of `ts` (the TypeScript source, src/*.ts), `js` (the ESM JavaScript, dist/*.js), `dts` (its declarations, dist/*.d.ts)'),
    );
    await expect(resolveProject({ targets: 'dts' }, root)).rejects.toThrow(new OptionError('--targets', '`dts` describes the JavaScript, so it needs `js`: use `js,dts`'));
    await expect(resolveProject({ targets: '' }, root)).rejects.toThrow(OptionError);
    const withoutJs = project({ 'errcat.config.json': '{\n  "targets": ["ts", "dts"]\n}\n' });
    expect(await problemsOf(withoutJs)).toEqual([
      'errcat.config.json:2:14  targets: `dts` describes the JavaScript, so it needs `js`; with `ts` alone the source is its own declarations: use `ts`, or `ts,js,dts`  (/targets)',
    ]);
    // A flag replaces the config's value, so a good flag is not refused for the config's.
    expect((await resolveProject({ targets: 'ts' }, withoutJs)).targets).toEqual(['ts']);
    const unknown = project({ 'errcat.config.json': '{\n  "targets": ["ts", "mjs"]\n}\n' });
    expect(await problemsOf(unknown)).toEqual(['errcat.config.json:2:21  `targets[1]` `mjs` is not allowed — did you mean `js`?  (/targets/1)']);
    expect(await problemsOf(project({ 'errcat.config.json': '{ "targets": [] }\n' }))).toHaveLength(1);
  });

  it('is overridden by flags, whose paths are relative to the current folder', async () => {
    const root = project({ 'errcat.config.json': '{ "scope": "@acme", "out": "gen" }\n', 'apps/api/.keep': '' });
    const resolved = await resolveProject({ scope: '@other', out: 'out', catalogs: 'cats' }, path.join(root, 'apps/api'));
    expect(resolved.scope).toBe('@other');
    expect(resolved.corePackage).toBe('@other/core');
    expect(resolved.outDir).toBe(path.join(root, 'apps/api/out'));
    expect(resolved.catalogDir).toBe(path.join(root, 'apps/api/cats'));
  });

  it('reports unknown keys with a did-you-mean and wrong types, every one, at file:line:col', async () => {
    const root = project({ 'errcat.config.json': '{\n  "catalog": "x",\n  "out": 5,\n  "scope": "acme",\n  "providers": ["smsap", "bsg"]\n}\n' });
    expect(await problemsOf(root)).toEqual([
      'errcat.config.json:2:3  unknown field `catalog` — did you mean `catalogs`?  (/catalog)',
      'errcat.config.json:3:10  `out` must be a string, not an integer  (/out)',
      'errcat.config.json:4:12  `acme` is not an npm scope such as `@acme`  (/scope)',
    ]);
  });

  it('refuses a provider errcat does not ship, located in the config, with a did-you-mean', async () => {
    const root = project({ 'errcat.config.json': '{\n  "providers": ["bsg", "smsap"]\n}\n' });
    expect(await problemsOf(root)).toEqual(['errcat.config.json:2:24  `smsap` is not a provider errcat ships — did you mean `smsapi`?  (/providers/1)']);
  });

  it('is read from package.json#errcat when there is no config file, located there', async () => {
    const root = project({ 'package.json': '{\n  "name": "x",\n  "errcat": { "scop": "@acme" }\n}\n' });
    expect(await problemsOf(root)).toEqual(['package.json:3:15  unknown field `scop` — did you mean `scope`?  (/errcat/scop)']);
    const ok = project({ 'package.json': '{ "name": "x", "errcat": { "scope": "@acme" } }\n' });
    expect((await resolveProject({}, ok)).scope).toBe('@acme');
  });

  it('refuses a bad --scope or --core-package as a usage error', async () => {
    const root = project({ 'errcat.config.json': '{}\n' });
    await expect(resolveProject({ scope: 'acme' }, root)).rejects.toThrow(new OptionError('--scope', '`acme` is not an npm scope such as `@acme`'));
    await expect(resolveProject({ corePackage: 'Core Pkg' }, root)).rejects.toThrow(OptionError);
  });
});

describe('the CLI in a project', () => {
  it('says what to do, in one line and exit 2, when the catalog folder is missing or a file', async () => {
    const root = project({ 'errcat.config.json': '{ "catalogs": "cats" }\n' });
    const missing = await runErrcat(['validate'], { cwd: root });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('errcat: the catalog folder `cats` does not exist: create it, or set `catalogs` in errcat.config.json (`errcat init` writes one)\n');
    writeFileSync(path.join(root, 'cats'), 'not a folder');
    const file = await runErrcat(['generate'], { cwd: root });
    expect(file.code).toBe(2);
    expect(file.stderr).toBe('errcat: `cats` is a file, not a folder of catalogs: set `catalogs` to the folder that holds your catalog files\n');
  });

  it('refuses an output folder that is the project folder itself, in a config', async () => {
    const root = project({ 'errcat.config.json': '{ "catalogs": "cats", "out": "." }\n', 'cats/.keep': '', 'README.md': '# mine\n' });
    const result = await runErrcat(['generate'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^errcat: refusing the output folder/m);
  });

  it('generates const-style catalogs with --enum-style const, and refuses --enum-style union with exit 2 naming the option', async () => {
    const root = project({
      'errcat.config.json': '{ "catalogs": "cats", "out": "gen" }\n',
      'cats/.keep': '',
      'package.json': '{ "name": "p", "private": true }\n',
    });
    const bad = await runErrcat(['generate', '--enum-style', 'union'], { cwd: root });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/option --enum-style: `union` is not an enum style/);
    const help = await runErrcat(['generate', '--help'], { cwd: root });
    expect(help.stdout).toMatch(/--enum-style <style>\s+enum \(TypeScript enums\) or const/);
    const ok = await runErrcat(['generate', '--enum-style', 'const'], { cwd: root });
    expect(ok.code, ok.stderr).toBe(0);
    const category = readFileSync(path.join(root, 'gen/core/src/category.ts'), 'utf8');
    expect(category).toContain('export const Category: typeof members = /* @__PURE__ */ Object.freeze(members);');
    expect(category).not.toContain('enum ');
  });

  it('prints its version', async () => {
    const result = await runErrcat(['--version']);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(result.code).toBe(0);
  });
});

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runErrcat } from '../helpers/run-errcat.ts';
import { projectWithFiles } from '../helpers/project-with-files.ts';
import { treeOf } from '../helpers/tree-of.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'errcat-init-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const repository = (files: Record<string, string>) => projectWithFiles(tmp, files);

const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

describe('errcat init --yes', () => {
  it('sets up an npm workspaces repository: config, starter catalog, scripts, workspaces; then generate works', async () => {
    const root = repository({ 'package.json': '{\n    "name": "@acme/monorepo",\n    "private": true,\n    "workspaces": ["apps/*"]\n}\n' });
    const result = await runErrcat(['init', '--yes'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created errcat.config.json');
    expect(result.stdout).toContain('Next steps:');
    expect(JSON.parse(read(root, 'errcat.config.json'))).toEqual({
      $schema: 'https://unpkg.com/errcat/schema/config.schema.json', // errcat is not installed in this repository
      catalogs: 'errcat/catalogs',
      out: 'errcat/generated',
      scope: '@acme',
      providers: [],
    });
    const pkg = JSON.parse(read(root, 'package.json')) as { workspaces: string[]; scripts: Record<string, string> };
    expect(pkg.workspaces).toEqual(['apps/*', 'errcat/generated/*']);
    expect(pkg.scripts).toEqual({ 'errcat:generate': 'errcat generate', 'errcat:check': 'errcat generate --check', 'errcat:diff': 'errcat diff' });
    expect(read(root, 'package.json')).toMatch(/^\{\n {4}"name"/); // the file's own indentation is kept
    expect(read(root, 'errcat/catalogs/example-sms.yaml')).toMatch(/^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/errcat\/schema\/catalog\.schema\.json\n/);
    const generated = await runErrcat(['generate'], { cwd: path.join(root, 'errcat') });
    expect(generated.stderr).toBe('');
    expect(generated.code).toBe(0);
    expect(readdirSync(path.join(root, 'errcat/generated')).sort()).toEqual(['.errcat-manifest.json', 'README.md', 'core', 'example-sms']);
    expect(JSON.parse(read(root, 'errcat/generated/example-sms/package.json')).name).toBe('@acme/example-sms');
  });

  it('run in a workspace member, sets errcat up at the workspace root, where npm and pnpm read workspaces', async () => {
    const root = repository({
      'package.json': '{ "name": "@acme/monorepo", "private": true, "workspaces": ["apps/*"] }\n',
      'apps/api/package.json': '{ "name": "@acme/api", "version": "1.0.0" }\n',
      'shop/pnpm-workspace.yaml': 'packages:\n  - apps/*\n',
      'shop/package.json': '{ "name": "shop" }\n',
      'shop/apps/web/package.json': '{ "name": "web" }\n',
    });
    const api = await runErrcat(['init', '--yes'], { cwd: path.join(root, 'apps/api') });
    expect(api.code).toBe(0);
    expect(api.stdout).toContain(`errcat init in ${root} (the workspace root; paths are relative to it):`);
    expect(JSON.parse(read(root, 'package.json')).workspaces).toEqual(['apps/*', 'errcat/generated/*']);
    expect(read(root, 'apps/api/package.json')).toBe('{ "name": "@acme/api", "version": "1.0.0" }\n');
    expect(JSON.parse(read(root, 'errcat.config.json')).out).toBe('errcat/generated');
    // The nearest workspace root wins: a pnpm workspace nested in the folder.
    const web = await runErrcat(['init', '--yes'], { cwd: path.join(root, 'shop/apps/web') });
    expect(web.code).toBe(0);
    expect(read(root, 'shop/pnpm-workspace.yaml')).toBe('packages:\n  - apps/*\n  - errcat/generated/*\n');
    expect(read(root, 'shop/apps/web/package.json')).toBe('{ "name": "web" }\n');
  });

  it('points $schema at the installed package when errcat is in node_modules', async () => {
    const root = repository({ 'package.json': '{ "name": "x" }\n', 'node_modules/errcat/schema/config.schema.json': '{}', 'node_modules/errcat/schema/catalog.schema.json': '{}' });
    await runErrcat(['init', '--yes', '--catalogs', 'errors/catalogs'], { cwd: root });
    expect(JSON.parse(read(root, 'errcat.config.json')).$schema).toBe('./node_modules/errcat/schema/config.schema.json');
    expect(read(root, 'errors/catalogs/example-sms.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/errcat/schema/catalog.schema.json');
  });

  it('adds the output folder to pnpm-workspace.yaml, keeping its comments, and leaves npm workspaces alone', async () => {
    const root = repository({ 'package.json': '{ "name": "shop" }\n', 'pnpm-workspace.yaml': '# our packages\npackages:\n  - apps/*  # the apps\n' });
    const result = await runErrcat(['init', '--yes', '--out', 'gen', '--scope', '@shop'], { cwd: root });
    expect(result.code).toBe(0);
    expect(read(root, 'pnpm-workspace.yaml')).toBe('# our packages\npackages:\n  - apps/* # the apps\n  - gen/*\n');
    expect(JSON.parse(read(root, 'package.json')).workspaces).toBeUndefined();
    // pnpm links a workspace package only through the workspace: protocol, so init asks for it and generate writes it.
    expect(JSON.parse(read(root, 'errcat.config.json')).workspaceProtocol).toBe(true);
    expect((await runErrcat(['generate'], { cwd: root })).code).toBe(0);
    expect(JSON.parse(read(root, 'gen/example-sms/package.json')).dependencies).toEqual({ '@shop/core': 'workspace:^1.0.0' });
  });

  it('never overwrites a file: a second run changes nothing and says so', async () => {
    const root = repository({ 'package.json': '{ "name": "shop", "scripts": { "errcat:generate": "mine" } }\n' });
    await runErrcat(['init', '--yes'], { cwd: root });
    writeFileSync(path.join(root, 'errcat.config.json'), '{ "scope": "@mine" }\n');
    const hash = async () => createHash('sha256').update(JSON.stringify(await treeOf(root))).digest('hex');
    const before = await hash();
    const again = await runErrcat(['init', '--yes'], { cwd: root });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('errcat.config.json exists: left as it is');
    expect(again.stdout).toContain('errcat/catalogs/example-sms.yaml exists: left as it is');
    expect(await hash()).toBe(before);
    expect(JSON.parse(read(root, 'package.json')).scripts['errcat:generate']).toBe('mine');
  });

  it('creates a package.json in a new repository', async () => {
    const root = repository({});
    expect((await runErrcat(['init', '--yes'], { cwd: root })).code).toBe(0);
    const pkg = JSON.parse(read(root, 'package.json')) as Record<string, unknown>;
    expect(pkg.private).toBe(true);
    expect(pkg.workspaces).toEqual(['errcat/generated/*']);
  });

  it('asks for --yes where it cannot ask, and refuses folders outside the repository, writing nothing', async () => {
    const root = repository({ 'package.json': '{ "name": "x" }\n' });
    const asked = await runErrcat(['init'], { cwd: root });
    expect(asked.code).toBe(2);
    expect(asked.stderr).toMatch(/^errcat: option --yes: errcat init asks a few questions; run it in a terminal, or pass --yes/);
    const outside = await runErrcat(['init', '--yes', '--out', '../elsewhere'], { cwd: root });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe('errcat: option --out: `../elsewhere` must be a folder inside this repository, such as `errcat/generated`\n');
    expect(readdirSync(root)).toEqual(['package.json']);
  });
});

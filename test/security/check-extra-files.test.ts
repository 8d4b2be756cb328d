import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateFiles } from '../../generator/pipeline.ts';
import { planChanges, planIsClean } from '../../generator/write/plan-changes.ts';
import type { GeneratedFile } from '../../generator/emit/generated-file.ts';
import { MODULE_TARGETS } from '../../generator/vocabulary/module-targets.ts';
import { hasStackTrace, tempProject, type TempProject } from '../helpers/temp-project.ts';

/**
 * Finding 2: `generated/*` are npm workspaces, so a file errcat does not make
 * there is not harmless (a package.json with a postinstall script runs on
 * `npm ci`). `--check` passed with a note; it must fail, listing each foreign
 * file or folder, unless the project allows it by pattern (`allowExtra`).
 */

const POSTINSTALL = JSON.stringify({ name: '@errcat/zzz', version: '1.0.0', scripts: { postinstall: 'node -e "process.exit(0)"' } }, null, 2);

describe('--check fails on anything errcat does not make', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = await tempProject('extra');
    expect((await p.generate()).code).toBe(0);
  });
  afterEach(async () => {
    await p.remove();
  });

  it('a foreign workspace package with a postinstall script, and an extra file in a package, fail --check, each listed', async () => {
    await mkdir(path.join(p.out, 'zzz'));
    await writeFile(path.join(p.out, 'zzz/package.json'), POSTINSTALL);
    await writeFile(path.join(p.out, 'acme/dist/extra.js'), 'console.log("hi")\n');
    const check = await p.generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^foreign: +generated\/zzz\/package\.json /m);
    expect(check.stdout).toMatch(/^foreign: +generated\/acme\/dist\/extra\.js /m);
    expect(check.stdout).toMatch(/^errcat: generated\/ holds 2 entries errcat does not make/m);
    expect(hasStackTrace(check)).toBe(false);
  });

  it('a plain generate still leaves foreign files alone, and reports each', async () => {
    await mkdir(path.join(p.out, 'zzz'));
    await writeFile(path.join(p.out, 'zzz/package.json'), POSTINSTALL);
    await writeFile(path.join(p.out, 'acme/dist/extra.js'), 'console.log("hi")\n');
    const result = await p.generate();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('note: generated/zzz/package.json was not made by errcat; left alone');
    expect(result.stdout).toContain('note: generated/acme/dist/extra.js was not made by errcat; left alone');
    expect(await readFile(path.join(p.out, 'zzz/package.json'), 'utf8')).toBe(POSTINSTALL);
  });

  it('an empty foreign folder and a foreign link fail --check too (the link is never followed)', async () => {
    await mkdir(path.join(p.out, 'empty'));
    await symlink('../catalogs', path.join(p.out, 'link'));
    const check = await p.generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^foreign: +generated\/empty\/ /m);
    expect(check.stdout).toMatch(/^foreign: +generated\/link \(a symbolic link/m);
    expect(check.stdout).not.toContain('acme.yaml');
  });

  it('node_modules is skipped only where npm puts it (the output folder and a package folder), not deeper', async () => {
    await mkdir(path.join(p.out, 'node_modules/x'), { recursive: true });
    await writeFile(path.join(p.out, 'node_modules/x/package.json'), '{}');
    await mkdir(path.join(p.out, 'acme/node_modules/dep'), { recursive: true });
    await writeFile(path.join(p.out, 'acme/node_modules/dep/package.json'), '{}');
    expect((await p.generate('--check')).code).toBe(0);
    await mkdir(path.join(p.out, 'acme/dist/node_modules/evil'), { recursive: true });
    await writeFile(path.join(p.out, 'acme/dist/node_modules/evil/package.json'), POSTINSTALL);
    const check = await p.generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^foreign: +generated\/acme\/dist\/node_modules\/evil\/package\.json /m);
  });
});

describe('allowExtra: deliberate extras, by pattern relative to the output folder', () => {
  let p: TempProject;
  let files: GeneratedFile[];
  beforeEach(async () => {
    p = await tempProject('allow-extra');
    expect((await p.generate()).code).toBe(0);
    const previous = process.cwd();
    process.chdir(p.project);
    try {
      files = (await generateFiles({ catalogDir: 'catalogs', scope: '@errcat', outDir: 'generated' })).files;
    } finally {
      process.chdir(previous);
    }
    await mkdir(path.join(p.out, 'docs/deep'), { recursive: true });
    await writeFile(path.join(p.out, 'docs/deep/guide.md'), '# guide\n');
    await writeFile(path.join(p.out, 'acme/dist/extra.js'), '\n');
  });
  afterEach(async () => {
    await p.remove();
  });

  it('passes when every extra is allowed, and fails listing those that are not', async () => {
    const allowed = await planChanges(p.out, files, { projectRoot: p.project, allowExtra: ['docs/**', 'acme/dist/*.js'] });
    expect(planIsClean(allowed)).toBe(true);
    const partly = await planChanges(p.out, files, { projectRoot: p.project, allowExtra: ['docs/**'] });
    expect(planIsClean(partly)).toBe(false);
    expect(partly.foreign.map((f) => f.path)).toEqual(['acme/dist/extra.js']);
    const none = await planChanges(p.out, files, { projectRoot: p.project });
    expect(none.foreign.map((f) => f.path)).toEqual(['acme/dist/extra.js', 'docs/deep/guide.md']);
  });

  it('through generateCommand, whose allowExtra (from errcat.config.json) defaults to none', async () => {
    const { generateCommand } = await import('../../generator/cli/generate-command.ts');
    const lines: string[] = [];
    const project = {
      root: p.project,
      catalogDir: path.join(p.project, 'catalogs'),
      outDir: p.out,
      scope: '@errcat',
      corePackage: '@errcat/core',
      providers: [],
      workspaceProtocol: false,
      enumStyle: 'enum' as const,
      targets: MODULE_TARGETS,
      allowExtra: [],
    };
    const previous = process.cwd();
    process.chdir(p.project);
    try {
      expect(await generateCommand({ ...project, allowExtra: ['docs/**', 'acme/dist/extra.js'] }, { check: true }, (l) => lines.push(l))).toBe(0);
      expect(await generateCommand(project, { check: true }, (l) => lines.push(l))).toBe(1);
    } finally {
      process.chdir(previous);
    }
    expect(lines.join('\n')).toMatch(/^foreign: +generated\/docs\/deep\/guide\.md /m);
  });
});

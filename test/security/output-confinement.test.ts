import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../generator/write/apply-changes.ts';
import { lockOutput } from '../../generator/write/output-lock.ts';
import { planChanges } from '../../generator/write/plan-changes.ts';
import { hasStackTrace, tempProject, type TempProject } from '../helpers/temp-project.ts';
import { treeOf } from '../helpers/tree-of.ts';

/**
 * Finding 4: the output folder must be a folder of its own strictly inside
 * the project. `--out .` overwrote the project's README and claimed it in
 * the manifest, `--out ../x` wrote outside the repository and `--out /` was
 * refused only by accident, with a stack trace. And errcat must never
 * overwrite a file it did not write.
 */

const README = '# my project\n';

describe('the output folder is confined to the project', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = await tempProject('confinement');
    await writeFile(path.join(p.project, 'README.md'), README);
  });
  afterEach(async () => {
    await p.remove();
  });

  const out = (dir: string) => p.errcat(['generate', '--catalogs', 'catalogs', '--out', dir]);

  it.each([
    ['.', /the project folder itself/],
    ['./', /the project folder itself/],
    ['../x', /not inside the project folder/],
    ['/', /not inside the project folder/],
    ['generated/../..', /not inside the project folder/],
  ])('--out %s is refused with a clear message, exit 2, no stack trace, nothing written', async (dir, message) => {
    const before = await treeOf(p.work);
    const result = await out(dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^errcat: refusing the output folder/m);
    expect(result.stderr).toMatch(message);
    expect(hasStackTrace(result)).toBe(false);
    expect(await treeOf(p.work)).toEqual(before);
    expect(await readFile(path.join(p.project, 'README.md'), 'utf8')).toBe(README);
  });

  it.each([
    ['the output folder is a link', 'generated', 'generated'],
    ['a folder on the way is a link', 'build/generated', 'build'],
  ])('%s: refused, naming the link, nothing written through it', async (_, dir, link) => {
    const elsewhere = path.join(p.work, 'elsewhere');
    await mkdir(elsewhere);
    if (link === 'build') await mkdir(path.join(elsewhere, 'generated'));
    await symlink(elsewhere, path.join(p.project, link));
    for (const args of [[], ['--check']]) {
      const result = await p.errcat(['generate', '--catalogs', 'catalogs', '--out', dir, ...args]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${link}`);
      expect(result.stderr).toMatch(/symbolic link/);
      expect(hasStackTrace(result)).toBe(false);
    }
    expect(await treeOf(elsewhere)).toEqual({});
  });

  it('a first run into a new folder, or an empty one, writes everything', async () => {
    expect((await out('generated')).code).toBe(0);
    await mkdir(path.join(p.project, 'empty'));
    expect((await out('empty')).code).toBe(0);
    expect(Object.keys(await treeOf(path.join(p.project, 'empty')))).toEqual(Object.keys(await treeOf(p.out)));
  });

  it('errcat never overwrites a file it did not write: refused before anything is written', async () => {
    await mkdir(p.out);
    await writeFile(path.join(p.out, 'README.md'), README);
    const result = await out('generated');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/README\.md/);
    expect(result.stderr).toContain('errcat never overwrites a file it did not write');
    expect(result.stderr).toContain('nothing was written');
    expect(hasStackTrace(result)).toBe(false);
    expect(await readdir(p.out)).toEqual(['README.md']);
    expect(await readFile(path.join(p.out, 'README.md'), 'utf8')).toBe(README);
  });
});

describe('planChanges, applyChanges and lockOutput refuse an output folder outside the project themselves', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = await tempProject('confinement-api');
  });
  afterEach(async () => {
    await p.remove();
  });

  it.each([
    ['the project itself', (project: string) => project],
    ['its parent', (project: string) => path.dirname(project)],
    ['a sibling', (project: string) => path.join(path.dirname(project), 'sibling')],
  ])('%s', async (_, outOf) => {
    const outDir = outOf(p.project);
    const files = [{ path: 'README.md', content: 'overwritten\n' }];
    const refused = { name: 'OutputFolderError' };
    await expect(planChanges(outDir, files, { projectRoot: p.project })).rejects.toMatchObject(refused);
    await expect(lockOutput(outDir, { projectRoot: p.project })).rejects.toMatchObject(refused);
    // A plan made for a folder inside the project cannot be applied to one outside it.
    const plan = await planChanges(p.out, files, { projectRoot: p.project });
    await expect(applyChanges(outDir, plan, { projectRoot: p.project })).rejects.toMatchObject(refused);
    expect(await treeOf(p.work)).not.toHaveProperty('README.md');
    expect(await treeOf(p.work)).not.toHaveProperty('project/README.md');
  });
});

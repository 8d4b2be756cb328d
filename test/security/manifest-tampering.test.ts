import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasStackTrace, tempProject, type TempProject } from '../helpers/temp-project.ts';
import { treeOf } from '../helpers/tree-of.ts';

/**
 * Finding 3: the manifest says which files errcat may remove, and it arrives
 * through pull requests like the rest of the output folder. Listing a user's
 * files in it made `generate` delete them, and the temporary-file sweep
 * deleted any file whose name merely contained `.errcat-tmp-`. errcat must
 * remove or overwrite only bytes it wrote itself: a listed file whose sha256
 * still matches, and temporary files of its exact pattern beside its paths.
 */

const MANIFEST = '.errcat-manifest.json';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('a hand-edited manifest', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = await tempProject('manifest');
    expect((await p.generate()).code).toBe(0);
    await writeFile(path.join(p.out, 'NOTES.md'), 'my notes\n');
    await mkdir(path.join(p.out, 'docs'));
    await writeFile(path.join(p.out, 'docs/guide.md'), 'my guide\n');
  });
  afterEach(async () => {
    await p.remove();
  });

  it('listing user files in the old format (paths, no hashes) does not get them deleted', async () => {
    const listed = Object.keys(await treeOf(p.out)).filter((f) => f !== MANIFEST);
    await writeFile(path.join(p.out, MANIFEST), JSON.stringify({ files: listed }, null, 2));
    const result = await p.generate();
    expect(result.code).toBe(0);
    expect(await readFile(path.join(p.out, 'NOTES.md'), 'utf8')).toBe('my notes\n');
    expect(await readFile(path.join(p.out, 'docs/guide.md'), 'utf8')).toBe('my guide\n');
    expect(result.stdout).toMatch(/note: generated\/NOTES\.md .*left alone/);
    expect(result.stdout).toMatch(/note: generated\/docs\/guide\.md .*left alone/);
  });

  it('listing user files with made-up hashes does not get them deleted', async () => {
    const manifest = JSON.parse(await readFile(path.join(p.out, MANIFEST), 'utf8')) as Record<string, unknown>;
    const hashes = { ...(manifest['sha256'] as Record<string, string> | undefined), 'NOTES.md': '0'.repeat(64), 'docs/guide.md': sha256('not the guide\n') };
    const files = [...((manifest['files'] as string[] | undefined) ?? []), 'NOTES.md', 'docs/guide.md'];
    await writeFile(path.join(p.out, MANIFEST), JSON.stringify({ ...manifest, files, sha256: hashes }, null, 2));
    const result = await p.generate();
    expect(result.code).toBe(0);
    expect(await readFile(path.join(p.out, 'NOTES.md'), 'utf8')).toBe('my notes\n');
    expect(await readFile(path.join(p.out, 'docs/guide.md'), 'utf8')).toBe('my guide\n');
  });

  it('a file errcat made and a user then edited is neither removed nor overwritten', async () => {
    // No longer made (its provider is gone) but edited: kept, reported; the unedited rest of the package goes.
    await rm(path.join(p.project, 'catalogs/brandco.yaml'));
    await writeFile(path.join(p.out, 'brandco/README.md'), '# my edits\n');
    const removal = await p.generate();
    expect(removal.code).toBe(0);
    expect(await readFile(path.join(p.out, 'brandco/README.md'), 'utf8')).toBe('# my edits\n');
    expect(Object.keys(await treeOf(p.out)).filter((f) => f.startsWith('brandco/'))).toEqual(['brandco/README.md']);
    expect(removal.stdout).toMatch(/note: generated\/brandco\/README\.md .*left alone/);

    // Still made, but edited: refused, naming it, and nothing at all is written.
    await writeFile(path.join(p.out, 'acme/README.md'), '# my edits\n');
    const acme = path.join(p.project, 'catalogs/acme.yaml');
    await writeFile(acme, (await readFile(acme, 'utf8')).replace('text: not enough funds', 'text: not enough money'));
    const before = await treeOf(p.out);
    const refused = await p.generate();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/generated\/acme\/README\.md/);
    expect(refused.stderr).toContain('errcat never overwrites a file it did not write');
    expect(refused.stderr).toContain('nothing was written');
    expect(hasStackTrace(refused)).toBe(false);
    expect(await treeOf(p.out)).toEqual(before);
  });
});

describe('the manifest errcat writes', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = await tempProject('manifest-format');
  });
  afterEach(async () => {
    await p.remove();
  });

  it('records the sha256 of every file it wrote, sorted, and nothing that varies between runs', async () => {
    expect((await p.generate()).code).toBe(0);
    const tree = await treeOf(p.out);
    const text = tree[MANIFEST]!;
    const manifest = JSON.parse(text) as { sha256: Record<string, string> };
    const written = Object.keys(tree).filter((f) => f !== MANIFEST);
    expect(Object.keys(manifest.sha256)).toEqual(written);
    expect(Object.keys(manifest.sha256)).toEqual([...written].sort());
    for (const file of written) expect(manifest.sha256[file], file).toBe(sha256(tree[file]!));
    // A second project, another time and folder: the same bytes.
    const q = await tempProject('manifest-format-2');
    try {
      expect((await q.generate()).code).toBe(0);
      expect(await readFile(path.join(q.out, MANIFEST), 'utf8')).toBe(text);
    } finally {
      await q.remove();
    }
  });
});

describe('the sweep of temporary files', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = await tempProject('temp-sweep');
    expect((await p.generate()).code).toBe(0);
  });
  afterEach(async () => {
    await p.remove();
  });

  it("removes only regular files named as errcat's own temporary files beside a path it makes", async () => {
    const ours = 'acme/.README.md.errcat-tmp-999999';
    const kept = {
      'notes.errcat-tmp-mine.md': 'a user file whose name contains the marker\n',
      '.NOTES.md.errcat-tmp-12': 'the pattern, but beside a path errcat does not make\n',
      'acme/.README.md.errcat-tmp-x1': 'not a pid\n',
    };
    await writeFile(path.join(p.out, ours), 'half a fi');
    for (const [file, content] of Object.entries(kept)) await writeFile(path.join(p.out, file), content);
    await symlink(path.join(p.work, 'elsewhere'), path.join(p.out, 'acme/.package.json.errcat-tmp-999998'));
    const result = await p.generate();
    expect(result.code).toBe(0);
    const tree = await treeOf(p.out);
    expect(tree[ours]).toBeUndefined();
    for (const [file, content] of Object.entries(kept)) expect(tree[file], file).toBe(content);
    expect(result.stdout).toMatch(/note: generated\/acme\/\.package\.json\.errcat-tmp-999998 .*left alone/);
  });
});

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runErrcat } from '../helpers/run-errcat.ts';
import { errcatCopy } from '../helpers/errcat-copy.ts';
import { treeOf } from '../helpers/tree-of.ts';


/**
 * A run that fails after the catalogs validated — a broken template, a write
 * the disk refuses — says what failed and leaves the output folder exactly as
 * it was: same files, same bytes, no temporary files, no new folders. The CLI
 * runs from a copy of the toolchain, so a template can be broken without
 * touching this checkout.
 */

describe('a run that fails leaves the output folder as it was and says what failed', () => {
  let work: string;
  let toolchain: string;
  let catalogs: string;
  let out: string;
  let before: Record<string, string>;
  /** The copied toolchain's CLI, run in the temporary project (`work`), whose output folder is `generated/`. */
  const errcat = (...args: string[]) => runErrcat(args, { root: toolchain, cwd: work });

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'errcat-failed-'));
    toolchain = path.join(work, 'toolchain');
    await errcatCopy(toolchain, { also: ['generator'] });
    catalogs = path.join(work, 'catalogs');
    out = path.join(work, 'generated');
    await cp(path.join(REPO, 'test/fixtures/white-label/catalogs'), catalogs, { recursive: true });
    expect((await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated')).code).toBe(0);
    // A change, so that the failing runs below would have had files to rewrite.
    const acme = path.join(catalogs, 'acme.yaml');
    await writeFile(acme, (await readFile(acme, 'utf8')).replace('text: not enough funds', 'text: not enough money'));
    before = await treeOf(out, { folders: true });
  }, 60_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it.each([
    {
      name: 'a template that does not parse',
      template: 'provider-readme.md.hbs',
      edit: (text: string) => text.replace('{{#each fields}}', '{{#each fields}'),
      error: /^errcat: templates\/provider-readme\.md\.hbs: Parse error on line \d+: Expecting .*, got 'INVALID'$/m,
    },
    {
      name: 'a partial that names a field its view lacks',
      template: 'entry-rows.md.hbs',
      edit: (text: string) => text.replace('{{retryable}}', '{{retryable}} {{retryAfter}}'),
      error: /^errcat: templates\/entry-rows\.md\.hbs: "retryAfter" not defined - \d+:\d+$/m,
    },
  ])('$name', async ({ template, edit, error }) => {
    const file = path.join(toolchain, 'templates', template);
    const original = await readFile(file, 'utf8');
    await writeFile(file, edit(original));
    try {
      const result = await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
      expect(result.code).toBe(70); // errcat's own template is broken: a bug in errcat, not in the input
      expect(result.stderr).toMatch(error);
      expect(result.stderr).toContain('errcat: the output folder was left as it was');
      expect(await treeOf(out, { folders: true })).toEqual(before);
    } finally {
      await writeFile(file, original);
    }
  });

  it('a disk that fills up mid-write (every file past 4 KiB fails), with no temporary file left and no stack trace', async () => {
    const result = await runErrcat(['generate', '--catalogs', 'catalogs', '--out', 'generated'], { root: toolchain, cwd: work, fileSizeLimitKiB: 4 });
    expect(result.code).toBe(4); // the environment refused a write
    expect(result.stderr).toMatch(/^errcat: could not write .*generated\/[^ ]+: EFBIG: file too large/m);
    expect(result.stderr).toContain('errcat: the output folder was left as it was');
    // Only errcat's two lines: no trace from a cache that could not be saved either.
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    // Nothing claims versions that were never written.
    expect(result.stdout).not.toContain('version:');
    expect(await treeOf(out, { folders: true })).toEqual(before);
  });

  it('a disk with no room even for the lock file: no stack trace, no empty lock left behind', async () => {
    const result = await runErrcat(['generate', '--catalogs', 'catalogs', '--out', 'generated'], { root: toolchain, cwd: work, fileSizeLimitKiB: 0 });
    expect(result.code).toBe(4); // the environment refused a write
    expect(result.stderr).toMatch(/^errcat: could not write .*generated\/\.errcat\.lock: EFBIG: file too large/m);
    expect(result.stderr.trim().split('\n')).toHaveLength(2);
    expect(await treeOf(out, { folders: true })).toEqual(before);
  });

  it('a write the disk refuses (a file where a provider folder must go), with no folder or temporary file left', async () => {
    // A new provider makes a new folder (which the failed run must take back); a file named like another blocks its writes.
    await writeFile(path.join(catalogs, 'aaaco.yaml'), (await readFile(path.join(catalogs, 'brandco.yaml'), 'utf8')).replaceAll('brandco', 'aaaco'));
    await rm(path.join(out, 'brandco'), { recursive: true });
    await writeFile(path.join(out, 'brandco'), 'not a folder\n');
    const blocked = await treeOf(out, { folders: true });
    try {
      const result = await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
      expect(result.code).toBe(4); // the environment refused a write
      // The folder that cannot be made is named, not a file inside it.
      expect(result.stderr).toMatch(/^errcat: could not write generated\/brandco: ENOTDIR/m);
      expect(result.stderr).toContain('errcat: the output folder was left as it was');
      expect(await treeOf(out, { folders: true })).toEqual(blocked);
      // --check names the file in the way, not only the files missing under it.
      const check = await errcat('generate', '--check', '--catalogs', 'catalogs', '--out', 'generated');
      expect(check.code).toBe(1);
      expect(check.stdout).toMatch(/^foreign: +generated\/brandco \(a file where errcat makes a folder\)$/m);
    } finally {
      await rm(path.join(catalogs, 'aaaco.yaml'));
    }
  });
});

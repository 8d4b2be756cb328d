import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileOfBytes } from '../../generator/emit/generated-file.ts';
import { applyChanges } from '../../generator/write/apply-changes.ts';
import { outputPath, UnsafeOutputPathError } from '../../generator/write/output-path.ts';
import { planChanges, planIsClean } from '../../generator/write/plan-changes.ts';
import { REPO, runErrcat } from '../helpers/run-errcat.ts';
import { treeOf } from '../helpers/tree-of.ts';

const FIXTURE = path.join(REPO, 'test/fixtures/white-label/catalogs');

describe('the writer', () => {
  let work: string;
  let out: string;
  let catalogs: string;
  /** Runs the CLI in the temporary project, whose output folder is `generated/`. */
  const errcat = (...args: string[]) => runErrcat(args, { cwd: work });
  /** How the CLI names a file of the output folder: relative to the project it runs in. */
  const shown = (relative: string) => `generated/${relative}`;
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'errcat-writer-'));
    out = path.join(work, 'generated');
    catalogs = path.join(work, 'catalogs');
    await cp(FIXTURE, catalogs, { recursive: true });
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('writes everything once, then nothing on a second run, and --check passes', async () => {
    const first = await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    expect(first.code).toBe(0);
    // Every file it made, and the manifest that lists them.
    const made = Object.keys(await treeOf(out));
    expect(made).toContain('.errcat-manifest.json');
    expect(first.stdout).toMatch(new RegExp(`^errcat: 2 providers, 16 entries → .*generated/: ${made.length} written, 0 unchanged, 0 removed in \\d+\\.\\d\\d s\\n$`));
    const second = await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    expect(second.stdout).toMatch(new RegExp(`: 0 written, ${made.length} unchanged, 0 removed in`));
    const check = await errcat('generate', '--check', '--catalogs', 'catalogs', '--out', 'generated');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(new RegExp(`is up to date \\(${made.length - 1} files from 2 providers\\)`));
  });

  it('--check fails naming stale, missing and extra files, with a short diff, and writes nothing', async () => {
    await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    const readme = path.join(out, 'acme/README.md');
    await writeFile(readme, (await readFile(readme, 'utf8')).replace('# Acme SMS errors', '# Hand-edited'));
    await rm(path.join(out, 'acme/catalog.json'));
    await rm(path.join(catalogs, 'brandco.yaml'));
    const before = await treeOf(out);
    const check = await errcat('generate', '--check', '--catalogs', 'catalogs', '--out', 'generated');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`missing: ${shown('acme/catalog.json')}`);
    expect(check.stdout).toContain(`extra:   ${shown('brandco/package.json')} (errcat no longer makes it)`);
    expect(check.stdout).toContain(`stale:   ${shown('acme/README.md')}`);
    expect(check.stdout).toContain('- # Hand-edited');
    expect(check.stdout).toContain('+ # Acme SMS errors');
    expect(check.stdout).toContain('is stale; run `errcat generate`');
    expect(await treeOf(out)).toEqual(before);
  });

  it('removes the files it made and no longer makes, and leaves files it never made', async () => {
    await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    await writeFile(path.join(out, 'NOTES.md'), 'mine\n');
    await rm(path.join(catalogs, 'brandco.yaml'));
    const result = await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    expect(result.stdout).toContain(`note: ${shown('NOTES.md')} was not made by errcat; left alone`);
    expect(result.stdout).toMatch(/: \d+ written, \d+ unchanged, 16 removed in/);
    expect(await readdir(out)).toEqual(['.errcat-manifest.json', 'NOTES.md', 'README.md', 'acme', 'core']);
  });

  it('sweeps temporary files an interrupted run left behind, and --check reports them', async () => {
    await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    const stray = path.join(out, 'acme/.README.md.errcat-tmp-12345');
    await writeFile(stray, 'half a fi');
    const check = await errcat('generate', '--check', '--catalogs', 'catalogs', '--out', 'generated');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`extra:   ${shown('acme/.README.md.errcat-tmp-12345')} (left by an interrupted run)`);
    await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    await expect(readFile(stray)).rejects.toThrow(/ENOENT/);
  });

  it('leaves the folder exactly as it was when a write fails, with no temporary files', async () => {
    await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    const before = await treeOf(out);
    const plan = await planChanges(
      out,
      [
        { path: 'acme/README.md', content: 'new content\n' },
        // A path under a regular file cannot be created: the write fails midway.
        { path: 'acme/README.md/nested.txt', content: 'x' },
      ],
      { projectRoot: work },
    );
    await expect(applyChanges(out, plan, { projectRoot: work })).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(await treeOf(out)).toEqual(before);
  });

  it('writes a file made in pieces as the bytes they make together, past the pieces one vectored write takes', async () => {
    const pieces = Array.from({ length: 2500 }, (_, i) => Buffer.from(i % 7 === 0 ? `${i} — ł\n` : `${i}\n`));
    const whole = Buffer.concat(pieces);
    const plan = await planChanges(out, [fileOfBytes('acme/big.txt', pieces)], { projectRoot: work });
    expect(plan.manifest.content).toContain(createHash('sha256').update(whole).digest('hex'));
    await applyChanges(out, plan, { projectRoot: work });
    expect((await readFile(path.join(out, 'acme/big.txt'))).equals(whole)).toBe(true);
  });

  it('refuses invalid catalogs with located problems and writes nothing', async () => {
    await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    const before = await treeOf(out);
    const acme = path.join(catalogs, 'acme.yaml');
    await writeFile(acme, (await readFile(acme, 'utf8')).replace('code: 2, text: not enough funds', 'code: 1, text: not enough funds'));
    const result = await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/acme\.yaml:\d+:\d+  duplicate code 1 in catalog `api` \(`NOT_ENOUGH_FUNDS`\): also at .*acme\.yaml:\d+:\d+ \(`INVALID_KEY`\)/);
    expect(result.stderr).toContain('nothing was written');
    expect(await treeOf(out)).toEqual(before);
  });

  it('plans nothing to do when the folder matches', async () => {
    await errcat('generate', '--catalogs', 'catalogs', '--out', 'generated');
    const { generateFiles } = await import('../../generator/pipeline.ts');
    const previous = process.cwd();
    // As the CLI ran: from the project, so the headers name `catalogs/…`.
    process.chdir(work);
    try {
      const { files } = await generateFiles({ catalogDir: 'catalogs', scope: '@errcat' });
      expect(planIsClean(await planChanges(out, files, { projectRoot: work }))).toBe(true);
    } finally {
      process.chdir(previous);
    }
  });
});

describe('outputPath', () => {
  const table: { given: string; safe: boolean }[] = [
    { given: 'acme/README.md', safe: true },
    { given: '../outside.txt', safe: false },
    { given: 'acme/../../outside.txt', safe: false },
    { given: '/etc/passwd', safe: false },
    { given: 'acme\\..\\..\\x', safe: false },
    { given: 'acme/./x', safe: false },
    { given: '', safe: false },
    { given: 'a\0b', safe: false },
  ];
  for (const { given, safe } of table) {
    it(`${safe ? 'accepts' : 'refuses'} ${JSON.stringify(given)}`, () => {
      const attempt = () => outputPath('/tmp/out', given);
      if (safe) expect(attempt()).toBe(path.resolve('/tmp/out', given));
      else expect(attempt).toThrow(UnsafeOutputPathError);
    });
  }
});

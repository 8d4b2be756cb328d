import { execFileSync } from 'node:child_process';
import { constants, existsSync } from 'node:fs';
import { cp, mkdir, open, readdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planChanges, planIsClean } from '../../generator/write/plan-changes.ts';
import { hasStackTrace, tempProject, type TempProject } from '../helpers/temp-project.ts';
import { treeOf } from '../helpers/tree-of.ts';

/**
 * Finding 1: the output folder arrives through pull requests, so a link in it
 * may point anywhere. errcat must never write through one (files landed
 * outside the repository) nor read through one (`--check` printed the CI
 * environment from /proc/self/environ in its diff); a FIFO or a huge file must
 * not hang or exhaust it either.
 */

const SECRET = 'ERRCAT_TEST_SECRET=hunter2-do-not-print';

describe('links and special files in the output folder', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = await tempProject('symlinks');
    expect((await p.generate()).code).toBe(0);
  });
  afterEach(async () => {
    await p.remove();
  });

  it.each(['acme', 'acme/src'])('a folder linked outside (%s): generate refuses naming the link, and writes nothing through it', async (linked) => {
    const outside = path.join(p.work, 'outside');
    await mkdir(outside);
    await rm(path.join(p.out, linked), { recursive: true });
    await symlink(outside, path.join(p.out, linked));
    const result = await p.generate();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`generated/${linked}`);
    expect(result.stderr).toMatch(/symbolic link/);
    expect(hasStackTrace(result)).toBe(false);
    expect(await readdir(outside)).toEqual([]);
  });

  it.each([
    ['a README linked to a secret file', 'acme/README.md'],
    ['the manifest linked to a secret file', '.errcat-manifest.json'],
    ['a package folder linked to a folder holding secrets', 'acme'],
  ])('--check reports %s as a problem and never prints what it points to', async (_, linked) => {
    const secrets = path.join(p.work, 'secrets');
    await mkdir(secrets);
    // The same secret under every name errcat could read there.
    for (const name of ['README.md', 'catalog.json', 'package.json', 'openapi.yaml', 'secret.txt', '.errcat-manifest.json']) {
      await writeFile(path.join(secrets, name), `${SECRET}\n`);
    }
    const target = linked === 'acme' ? secrets : path.join(secrets, 'secret.txt');
    await rm(path.join(p.out, linked), { recursive: true });
    await symlink(target, path.join(p.out, linked));
    const check = await p.generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toContain(`generated/${linked}`);
    expect(check.stdout + check.stderr).toMatch(/symbolic link/);
    expect(check.stdout + check.stderr).not.toContain('hunter2');
    expect(hasStackTrace(check)).toBe(false);
  });

  it.runIf(existsSync('/proc/self/environ'))('--check does not print the environment through a link to /proc/self/environ', async () => {
    await rm(path.join(p.out, 'acme/README.md'));
    await symlink('/proc/self/environ', path.join(p.out, 'acme/README.md'));
    const check = await p.errcat(['generate', '--check', '--catalogs', 'catalogs', '--out', 'generated'], { env: { ERRCAT_TEST_SECRET: 'hunter2-do-not-print' } });
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).not.toContain('hunter2');
    expect(check.stdout + check.stderr).toMatch(/generated\/acme\/README\.md.*symbolic link/);
  });

  it('generate refuses a file linked outside where it writes one, and leaves the link and its target alone', async () => {
    const outsideFile = path.join(p.work, 'outside.txt');
    await writeFile(outsideFile, 'not yours\n');
    await rm(path.join(p.out, 'acme/README.md'));
    await symlink(outsideFile, path.join(p.out, 'acme/README.md'));
    const before = await treeOf(p.out);
    const result = await p.generate();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/generated\/acme\/README\.md.*symbolic link/);
    expect(result.stderr).toContain('nothing was written');
    expect(await readFile(outsideFile, 'utf8')).toBe('not yours\n');
    expect(await treeOf(p.out)).toEqual(before);
  });

  it('package versions are read from the previous output neither through a link nor from a FIFO', async () => {
    // A catalog.json outside the project, claiming a release errcat never made.
    const outside = path.join(p.work, 'catalog.json');
    const real = JSON.parse(await readFile(path.join(p.out, 'brandco/catalog.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(outside, JSON.stringify({ ...real, release: { version: '9.9.9' } }));
    await rm(path.join(p.out, 'brandco/catalog.json'));
    await symlink(outside, path.join(p.out, 'brandco/catalog.json'));
    await rm(path.join(p.out, 'acme/catalog.json'));
    execFileSync('mkfifo', [path.join(p.out, 'acme/catalog.json')]);
    // A text fix in the parent: brandco would be bumped from a record read through the link, and say 9.9.9.
    const acme = path.join(p.project, 'catalogs/acme.yaml');
    await writeFile(acme, (await readFile(acme, 'utf8')).replace('text: not enough funds', 'text: not enough money'));
    const check = await p.errcat(['generate', '--check', '--catalogs', 'catalogs', '--out', 'generated'], { timeoutMs: 30_000 });
    expect(check.code).toBe(1);
    expect(check.stdout).not.toContain('9.9.9');
    expect(check.stdout).toMatch(/generated\/acme\/catalog\.json.*FIFO/);
    expect(check.stdout).toMatch(/generated\/brandco\/catalog\.json.*symbolic link/);
  });

  it('package versions are not read through a linked package folder either (a link on the way, not only at the file)', async () => {
    // A folder outside the project holding a catalog.json that claims a release errcat never made, linked in as brandco/.
    const outside = path.join(p.work, 'elsewhere');
    await cp(path.join(p.out, 'brandco'), outside, { recursive: true });
    const real = JSON.parse(await readFile(path.join(outside, 'catalog.json'), 'utf8')) as Record<string, unknown>;
    await writeFile(path.join(outside, 'catalog.json'), JSON.stringify({ ...real, release: { version: '9.9.9' } }));
    await rm(path.join(p.out, 'brandco'), { recursive: true });
    await symlink(outside, path.join(p.out, 'brandco'));
    // A text fix in the parent: every package made from it is bumped from the version its record holds, so a record read would show.
    const acme = path.join(p.project, 'catalogs/acme.yaml');
    await writeFile(acme, (await readFile(acme, 'utf8')).replace('text: not enough funds', 'text: not enough money'));
    const check = await p.errcat(['generate', '--check', '--catalogs', 'catalogs', '--out', 'generated'], { timeoutMs: 30_000 });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('version: @errcat/acme 1.0.0 → 1.0.1');
    expect(check.stdout).not.toContain('9.9.9');
    expect(hasStackTrace(check)).toBe(false);
  });

  it('--check reports a FIFO, a link to /dev/zero and an 8 GiB file where errcat writes files, without hanging or reading them', async () => {
    await rm(path.join(p.out, 'acme/README.md'));
    execFileSync('mkfifo', [path.join(p.out, 'acme/README.md')]);
    await rm(path.join(p.out, 'acme/catalog.json'));
    await symlink('/dev/zero', path.join(p.out, 'acme/catalog.json'));
    await truncate(path.join(p.out, 'acme/openapi.yaml'), 8 * 2 ** 30); // sparse: costs no disk
    const check = await p.errcat(['generate', '--check', '--catalogs', 'catalogs', '--out', 'generated'], { timeoutMs: 30_000 });
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/generated\/acme\/README\.md.*FIFO/);
    expect(check.stdout).toMatch(/generated\/acme\/catalog\.json.*symbolic link/);
    expect(check.stdout).toMatch(/stale: +generated\/acme\/openapi\.yaml/);
    expect(hasStackTrace(check)).toBe(false);
    // Refused outright by a writing run, before anything is written.
    const write = await p.errcat(['generate', '--catalogs', 'catalogs', '--out', 'generated'], { timeoutMs: 30_000 });
    expect(write.code).toBe(1);
    expect(write.stderr).toContain('nothing was written');
  });
});

describe('planning over hostile entries is quick (each under 2 s)', () => {
  let p: TempProject;
  let fifo: string;
  beforeEach(async () => {
    p = await tempProject('symlinks-fast');
    expect((await p.generate()).code).toBe(0);
    fifo = path.join(p.out, 'acme/README.md');
  });
  afterEach(async () => {
    // A reader blocked on the FIFO (by a broken writer) is released by opening its other end.
    await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).then((h) => h.close(), () => undefined);
    await p.remove();
  });

  it('plans around a FIFO, a link to /dev/zero and an 8 GiB file', async () => {
    const files = Object.entries(await treeOf(p.out)).map(([file, content]) => ({ path: file, content }));
    await rm(fifo);
    execFileSync('mkfifo', [fifo]);
    await rm(path.join(p.out, 'acme/catalog.json'));
    await symlink('/dev/zero', path.join(p.out, 'acme/catalog.json'));
    await truncate(path.join(p.out, 'acme/openapi.yaml'), 8 * 2 ** 30);
    const started = performance.now();
    const plan = await within(2_000, planChanges(p.out, files.filter((f) => f.path !== '.errcat-manifest.json'), { projectRoot: p.project }));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(planIsClean(plan)).toBe(false);
  });
});

/** The promise, or a rejection once `ms` have passed (so that a hang fails the test instead of stalling it). */
function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms).unref())]);
}

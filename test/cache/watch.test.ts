// `errcat generate --watch`: the output follows the catalogs as they are
// saved, an invalid catalog is reported without ending the watch (the output
// left as it was), new and deleted catalog files are picked up, and SIGINT
// ends it with 0. The hashes a watching process remembers never hide a
// change. Every wait is bounded and waits for what it asserts.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTLED_MS } from '../../generator/load/remembered-hashes.ts';
import { REPO } from '../helpers/run-errcat.ts';
import { tempProject, type TempProject } from '../helpers/temp-project.ts';

/** Polls `check` until it holds, failing with `what` after `ms`. */
async function until(what: string, check: () => boolean | Promise<boolean>, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('generate --watch', () => {
  let p: TempProject;
  let child: ChildProcess | undefined;
  beforeEach(async () => {
    p = await tempProject('watch');
  });
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await p.remove();
  });

  /** Starts `errcat generate --watch` in the project, with what it prints so far. */
  function startWatch(): { stdout: () => string; stderr: () => string; exited: Promise<number | null>; watcher: ChildProcess } {
    const watcher = spawn(process.execPath, [path.join(REPO, 'bin/errcat.js'), 'generate', '--watch', '--catalogs', 'catalogs', '--out', 'generated'], {
      cwd: p.project,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = watcher;
    let stdout = '';
    let stderr = '';
    watcher.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    watcher.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => watcher.on('exit', (code) => resolve(code)));
    return { stdout: () => stdout, stderr: () => stderr, exited, watcher };
  }

  it('follows a saved catalog, reports an invalid one and keeps watching, picks up new and deleted files, and exits 0 on SIGINT', async () => {
    const { stdout, stderr, exited, watcher } = startWatch();
    await until('the first run and the watch', () => stdout().includes('errcat: watching catalogs for changes'));

    const catalog = path.join(p.project, 'catalogs/brandco.yaml');
    const readme = path.join(p.out, 'brandco/README.md');
    const valid = await readFile(catalog, 'utf8');
    const readmeHas = (text: string) => async () => (await readFile(readme, 'utf8')).includes(text);

    await writeFile(catalog, valid.replace('name: BrandCo', 'name: BrandCo Saved'));
    await until('the saved catalog in the output', readmeHas('BrandCo Saved'));

    const before = await readFile(readme, 'utf8');
    // Only what is printed from here on: a save is two events (truncate, write), and a run between them may have reported an empty file.
    const reportedFrom = stderr().length;
    await writeFile(catalog, valid.replace('name: BrandCo', 'name: [unclosed'));
    await until('the invalid catalog reported', () => {
      const report = stderr().slice(reportedFrom);
      return /brandco\.yaml:\d+:\d+/.test(report) && report.includes('nothing was written');
    });
    expect(await readFile(readme, 'utf8')).toBe(before);
    expect(watcher.exitCode).toBe(null);

    await writeFile(catalog, valid.replace('name: BrandCo', 'name: BrandCo Fixed'));
    await until('the fixed catalog in the output', readmeHas('BrandCo Fixed'));

    const zeta = path.join(p.project, 'catalogs/zeta.yaml');
    await writeFile(zeta, (await readFile(path.join(p.project, 'catalogs/acme.yaml'), 'utf8')).replace('id: acme', 'id: zeta'));
    await until('a new catalog generated', () => existsSync(path.join(p.out, 'zeta/package.json')));
    await rm(zeta);
    await until('a deleted catalog removed', () => !existsSync(path.join(p.out, 'zeta')));

    watcher.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(existsSync(path.join(p.out, '.errcat.lock'))).toBe(false);
  });

  it('remembers hashes only while files are unchanged: a same-size save of a catalog and a same-size hand edit of a kept file are both seen', async () => {
    const acme = await readFile(path.join(p.project, 'catalogs/acme.yaml'), 'utf8');
    const solo = path.join(p.project, 'catalogs/solo.yaml');
    await writeFile(solo, acme.replace('id: acme', 'id: solo').replace('name: Acme SMS', 'name: Solo SMS'));
    const { stdout, stderr, exited, watcher } = startWatch();
    await until('the first run and the watch', () => stdout().includes('errcat: watching catalogs for changes'));
    // Files are remembered only once their last change is older than this; the next run hashes them all, and remembers them.
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 200));
    const brandco = path.join(p.project, 'catalogs/brandco.yaml');
    const valid = await readFile(brandco, 'utf8');
    const soloReadme = path.join(p.out, 'solo/README.md');
    const has = (file: string, text: string) => async () => (await readFile(file, 'utf8')).includes(text);
    await writeFile(brandco, valid.replace('name: BrandCo', 'name: BrandCo One'));
    await until('the first save', has(path.join(p.out, 'brandco/README.md'), 'BrandCo One'));
    // Printed once the run has written: waited for, not read at once.
    await until("the first save's summary", () => stdout().includes("1 provider's catalog not read"));

    // Same size, same inode, within moments: only the change time says the file is not what was hashed.
    await writeFile(solo, (await readFile(solo, 'utf8')).replace('name: Solo SMS', 'name: Solo SMZ'));
    await until('the catalog saved at the same size generated', has(soloReadme, 'Solo SMZ'));

    // A whole second, which a program can set back exactly; before the wait, so that the file is then remembered with it.
    const kept = path.join(p.out, 'solo/dist/index.js');
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    await utimes(kept, past, past);
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 200));
    await writeFile(brandco, valid.replace('name: BrandCo', 'name: BrandCo Two'));
    await until('the second save', has(path.join(p.out, 'brandco/README.md'), 'BrandCo Two'));
    const text = await readFile(kept, 'utf8');
    const edited = text.replace('export', 'EXPORT');
    expect(edited).not.toBe(text);
    await writeFile(kept, edited);
    // A program can set the modification time back, not the change time.
    await utimes(kept, past, past);
    expect((await stat(kept)).mtimeMs).toBe(past.getTime());
    const reportedFrom = stderr().length;
    await writeFile(brandco, valid.replace('name: BrandCo', 'name: BrandCo Three'));
    // A run without the cache refuses to overwrite a file errcat did not write: so must this one, rather than keep it as unchanged.
    await until('the hand-edited file refused', () => stderr().slice(reportedFrom).includes('generated/solo/dist/index.js'));
    expect(await readFile(kept, 'utf8')).toBe(edited);

    watcher.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});

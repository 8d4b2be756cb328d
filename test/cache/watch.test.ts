// `errcat generate --watch`: the output follows the catalogs as they are
// saved, an invalid catalog is reported without ending the watch (the output
// left as it was), new and deleted catalog files are picked up, and SIGINT
// ends it with 0. Every wait is bounded and waits for what it asserts.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('follows a saved catalog, reports an invalid one and keeps watching, picks up new and deleted files, and exits 0 on SIGINT', async () => {
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
    await until('the first run and the watch', () => stdout.includes('errcat: watching catalogs for changes'));

    const catalog = path.join(p.project, 'catalogs/brandco.yaml');
    const readme = path.join(p.out, 'brandco/README.md');
    const valid = await readFile(catalog, 'utf8');
    const readmeHas = (text: string) => async () => (await readFile(readme, 'utf8')).includes(text);

    await writeFile(catalog, valid.replace('name: BrandCo', 'name: BrandCo Saved'));
    await until('the saved catalog in the output', readmeHas('BrandCo Saved'));

    const before = await readFile(readme, 'utf8');
    // Only what is printed from here on: a save is two events (truncate, write), and a run between them may have reported an empty file.
    const reportedFrom = stderr.length;
    await writeFile(catalog, valid.replace('name: BrandCo', 'name: [unclosed'));
    await until('the invalid catalog reported', () => {
      const report = stderr.slice(reportedFrom);
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
});

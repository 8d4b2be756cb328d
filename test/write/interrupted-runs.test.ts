import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCatalogYaml } from '../../bench/synthetic-catalog.ts';
import { treeOf } from '../helpers/tree-of.ts';

const REPO = path.resolve(import.meta.dirname, '../..');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const SLOW_RENAMES = path.join(REPO, 'test/helpers/slow-renames.mjs');

/** Runs the CLI in the temporary project `cwd` (renames slowed down by `slowMs`, in a preload); resolves with its exit code (null when killed). */
function errcat(cwd: string, args: string[], killAfterMs?: number, slowMs = 0): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const preload = slowMs > 0 ? ['--import', SLOW_RENAMES] : [];
    const env = { ...process.env, ERRCAT_SLOW_RENAMES_MS: String(slowMs) };
    const child = spawn(process.execPath, [...preload, path.join(REPO, 'bin/errcat.js'), ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('a generate killed at any moment (SIGKILL)', () => {
  let work: string;
  let before: Record<string, string>;
  let after: Record<string, string>;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'errcat-kill-'));
    const catalogs = path.join(work, 'catalogs');
    await cp(path.join(REPO, 'test/fixtures/white-label/catalogs'), catalogs, { recursive: true });
    await writeFile(path.join(catalogs, 'big.yaml'), syntheticCatalogYaml('big', 200));
    expect((await generate(path.join(work, 'before'))).code).toBe(0);
    // The change: one provider fewer (files to remove) and a changed text in every big entry (files to rewrite).
    await rm(path.join(catalogs, 'brandco.yaml'));
    await writeFile(path.join(catalogs, 'big.yaml'), syntheticCatalogYaml('big', 200).replaceAll('Synthetic error', 'Changed error'));
    // Generated over the old tree, as the killed runs are: versions are bumped from the previous output.
    await cp(path.join(work, 'before'), path.join(work, 'after'), { recursive: true });
    expect((await generate(path.join(work, 'after'))).code).toBe(0);
    before = await treeOf(path.join(work, 'before'));
    after = await treeOf(path.join(work, 'after'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });
  /** `errcat generate` in the temporary project, into its folder `out` (an absolute path inside it). */
  const generate = (out: string, killAfterMs?: number, slowMs?: number) =>
    errcat(work, ['generate', '--catalogs', 'catalogs', '--out', path.relative(work, out)], killAfterMs, slowMs);

  it('leaves every file whole (old or new bytes) wherever it is killed, and the next run repairs the tree', async () => {
    // Renames take microseconds; a preloaded module spaces them out so that kills land among them.
    const slow = 150;
    const timed = path.join(work, 'timed');
    await cp(path.join(work, 'before'), timed, { recursive: true });
    const started = performance.now();
    expect((await generate(timed, undefined, slow)).code).toBe(0);
    const duration = performance.now() - started;

    let mixed = 0;
    for (const fraction of [0.5, 0.6, 0.7, 0.8, 0.9]) {
      const out = path.join(work, `out-${fraction}`);
      await cp(path.join(work, 'before'), out, { recursive: true });
      await generate(out, Math.round(duration * fraction), slow);

      let olds = 0;
      let news = 0;
      const tree = await treeOf(out);
      // The manifest on disk is the old one, the new one, or the transition between them (both hashes of each file).
      const manifest = JSON.parse(tree['.errcat-manifest.json']!) as { sha256: Record<string, string | string[]> };
      for (const [file, content] of Object.entries(tree)) {
        if (file.includes('.errcat-tmp-') || file.startsWith('.errcat.lock/')) continue; // debris the next run sweeps
        if (file === '.errcat-manifest.json') continue;
        // Whatever a kill leaves, the manifest on disk vouches for it, so the next run may replace or remove it.
        expect([manifest.sha256[file]].flat(), `${file} is not covered by the manifest (killed at ${fraction})`).toContain(sha256(content));
        const isOld = content === before[file];
        const isNew = content === after[file];
        expect(isOld || isNew, `${file} is neither its old nor its new content (killed at ${fraction})`).toBe(true);
        if (isOld && !isNew) olds++;
        if (isNew && !isOld) news++;
      }
      if (olds > 0 && news > 0) mixed++;

      const repair = await generate(out);
      expect(repair.code, repair.stderr).toBe(0);
      // Exactly, versions included: the record they are bumped from is catalog.json alone, whole or not written.
      expect(await treeOf(out)).toEqual(after);
    }
    // At least one kill must have landed mid-write, or this test proved nothing.
    expect(mixed).toBeGreaterThan(0);
  });

  it('refuses a second writing run while one holds the folder, naming its pid', async () => {
    const out = path.join(work, 'locked');
    await cp(path.join(work, 'after'), out, { recursive: true });
    // A live process (this test runner) holds the lock.
    await writeFile(path.join(out, '.errcat.lock'), String(process.pid));
    const second = await generate(out);
    expect(second.code).toBe(4);
    expect(second.stderr).toContain(`another errcat run (pid ${process.pid}) is writing`);
    await rm(path.join(out, '.errcat.lock'));
  });
});

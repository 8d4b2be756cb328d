import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lockOutput } from '../../generator/write/output-lock.ts';
import { REPO } from '../helpers/run-errcat.ts';
import { tempProject, type TempProject } from '../helpers/temp-project.ts';

/**
 * Finding 5: the lock admitted two holders. It was empty between its creation
 * and the pid write (a second run read pid 0, called it stale and deleted it),
 * two runs taking over a dead run's lock could both win, release() deleted
 * whatever lock was there, even another run's, and a lock naming pid 1 (init,
 * always alive) blocked every run forever. Real processes take the lock here
 * (`helpers/lock-holder.ts`), several at the same moment; each logs when it
 * holds it, and no two holds may overlap.
 */

const HOLDER = path.join(import.meta.dirname, 'helpers/lock-holder.ts');
const TSX = path.join(REPO, 'node_modules/tsx/dist/loader.mjs');
const LOCK = '.errcat.lock';

interface Orders {
  log?: string;
  startAt?: number;
  holdMs?: number;
  forever?: boolean;
}

describe('the output lock', () => {
  let p: TempProject;
  let log: string;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    p = await tempProject('lock');
    await mkdir(p.out);
    log = path.join(p.work, 'holds.log');
  });
  afterEach(async () => {
    for (const child of children.splice(0)) child.kill('SIGKILL');
    await p.remove();
  });

  /** Starts a lock holder; resolves with its exit code. */
  const holder = (orders: Orders): { child: ChildProcess; exit: Promise<number | null>; output: Promise<string> } => {
    const child = spawn(process.execPath, ['--import', TSX, HOLDER, JSON.stringify({ projectRoot: p.project, outDir: p.out, ...orders })], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    return { child, exit, output: exit.then(() => output) };
  };

  /** A holder that keeps the lock until killed; resolves once it holds it. */
  const keeper = async () => {
    const h = holder({ forever: true });
    await new Promise<void>((resolve, reject) => {
      h.child.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
      void h.exit.then(async (code) => reject(new Error(`the keeper exited (${code}): ${await h.output}`)));
    });
    return h.child;
  };

  /** Starts `count` holders at the same moment; resolves with their exit codes. */
  const race = async (count: number, holdMs: number) => {
    const startAt = Date.now() + 700; // after every child has loaded
    const runs = Array.from({ length: count }, () => holder({ log, startAt, holdMs }));
    const codes = await Promise.all(runs.map((r) => r.exit));
    for (const [i, code] of codes.entries()) expect([0, 3], await runs[i]!.output).toContain(code);
    return codes;
  };

  /** The log's holds, checked to be one at a time: `start A`, `end A`, `start B`, ... */
  const expectOneHolderAtATime = async () => {
    const lines = (await readFile(log, 'utf8')).trim().split('\n');
    expect(lines.length % 2).toBe(0);
    for (let i = 0; i < lines.length; i += 2) {
      const [start, end] = [lines[i]!, lines[i + 1]!];
      expect(start, `hold ${i / 2} overlaps another:\n${lines.join('\n')}`).toMatch(/^start \d+$/);
      expect(end, `hold ${i / 2} overlaps another:\n${lines.join('\n')}`).toBe(start.replace('start', 'end'));
    }
    return lines.length / 2;
  };

  it('four runs started at once, ten times over: never two holders', async () => {
    for (let trial = 0; trial < 10; trial++) {
      const codes = await race(4, 30);
      expect(codes.filter((c) => c === 0).length, `trial ${trial}`).toBeGreaterThanOrEqual(1);
    }
    expect(await expectOneHolderAtATime()).toBeGreaterThanOrEqual(10);
  }, 120_000);

  it("a killed run's lock is taken over by one run at a time, even when four take it over at once", async () => {
    for (let trial = 0; trial < 10; trial++) {
      const dead = await keeper();
      dead.kill('SIGKILL');
      await new Promise((resolve) => dead.on('close', resolve));
      const codes = await race(4, 100);
      expect(codes.filter((c) => c === 0).length, `trial ${trial}`).toBeGreaterThanOrEqual(1);
    }
    await expectOneHolderAtATime();
  }, 120_000);

  it('release removes only its own lock, never the lock of the run that holds it now', async () => {
    const release = await lockOutput(p.out, { projectRoot: p.project });
    // As if this run's lock had been taken from it: another run holds the folder now.
    await rm(path.join(p.out, LOCK), { recursive: true, force: true });
    await keeper();
    await release();
    const third = holder({ log });
    expect(await third.exit).toBe(3);
  });

  it.each([
    ['pid 1 (init: always alive, never an errcat run)', '1', 0],
    ['pid 0', '0', 0],
    ['its own pid (a run of this process that is gone)', String(process.pid), 0],
    ['unreadable content older than a few seconds', 'garbage', 10],
  ])('a lock file naming %s is stale and taken over at once', async (_, content, ageSeconds) => {
    const lock = path.join(p.out, LOCK);
    await writeFile(lock, content);
    const then = Date.now() / 1000 - ageSeconds;
    await utimes(lock, then, then);
    const started = performance.now();
    const release = await lockOutput(p.out, { projectRoot: p.project });
    expect(performance.now() - started).toBeLessThan(2_000);
    await release();
  });

  it('a lock file with unreadable content written just now is respected (a run may be writing it)', async () => {
    await writeFile(path.join(p.out, LOCK), 'garbage');
    await expect(lockOutput(p.out, { projectRoot: p.project })).rejects.toMatchObject({ name: 'OutputLockedError' });
  });

  it('a link where the lock goes is refused, naming it, and what it points to is left alone', async () => {
    const target = path.join(p.work, 'target');
    await writeFile(target, `${process.pid}`);
    await symlink(target, path.join(p.out, LOCK));
    const started = performance.now();
    await expect(lockOutput(p.out, { projectRoot: p.project })).rejects.toThrow(/\.errcat\.lock.*symbolic link/);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await readFile(target, 'utf8')).toBe(`${process.pid}`);
  });

  it('is ignored by git in this repository, whatever its shape', async () => {
    const ignored = (file: string) =>
      promisify(execFile)('git', ['check-ignore', '-q', '--no-index', file], { cwd: REPO }).then(
        () => true,
        () => false,
      );
    expect(await ignored(`generated/${LOCK}`)).toBe(true);
    expect(await ignored(`generated/${LOCK}/held/123-0123456789abcdef0123456789abcdef`)).toBe(true);
  });
});

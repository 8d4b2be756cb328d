// The hashes a watching process remembers: given back only for a file whose
// device, inode, size and times are those it was hashed at, and only for a
// file whose last change was long enough ago to tell from the next one.
import { lstatSync } from 'node:fs';
import { mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RememberedHashes, SETTLED_MS } from '../../generator/load/remembered-hashes.ts';

describe('RememberedHashes', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'errcat-remembered-'));
    file = path.join(dir, 'a.yaml');
    await writeFile(file, 'one');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  /** A store whose clock reads `ms` after the file's last change. */
  const settledBy = (ms: number) => {
    const stats = lstatSync(file);
    return new RememberedHashes(() => Math.max(stats.mtimeMs, stats.ctimeMs) + ms);
  };

  it('gives back the hash of a file unchanged since it was hashed, by any spelling of its path', () => {
    const hashes = settledBy(SETTLED_MS);
    hashes.remember(file, lstatSync(file), 'h1');
    expect(hashes.hashOf(file, lstatSync(file))).toBe('h1');
    expect(hashes.hashOf(path.join(dir, '.', 'a.yaml'), lstatSync(file))).toBe('h1');
    expect(hashes.hashOf(path.join(dir, 'b.yaml'), lstatSync(file))).toBeUndefined();
  });

  it('does not remember a file that changed too recently: a second write within the same tick would keep its times', () => {
    const hashes = settledBy(SETTLED_MS - 1);
    hashes.remember(file, lstatSync(file), 'h1');
    expect(hashes.hashOf(file, lstatSync(file))).toBeUndefined();
  });

  it('forgets what it knew of a path when that path is remembered again too recently', () => {
    const stats = lstatSync(file);
    let now = Math.max(stats.mtimeMs, stats.ctimeMs) + SETTLED_MS;
    const hashes = new RememberedHashes(() => now);
    hashes.remember(file, stats, 'h1');
    now = Math.max(stats.mtimeMs, stats.ctimeMs);
    hashes.remember(file, stats, 'h2');
    expect(hashes.hashOf(file, stats)).toBeUndefined();
  });

  it('knows nothing of a file written since, at the same size, even with its modification time set back', async () => {
    // A whole second, which `utimes` sets back exactly.
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    await utimes(file, past, past);
    const hashes = settledBy(SETTLED_MS);
    const before = lstatSync(file);
    hashes.remember(file, before, 'h1');
    await writeFile(file, 'two');
    await utimes(file, past, past);
    const after = lstatSync(file);
    expect([after.size, after.ino, after.mtimeMs]).toEqual([before.size, before.ino, before.mtimeMs]);
    expect(hashes.hashOf(file, after)).toBeUndefined();
  });

  it('knows nothing of another file renamed over the path', async () => {
    const hashes = settledBy(SETTLED_MS);
    hashes.remember(file, lstatSync(file), 'h1');
    const other = path.join(dir, 'b.yaml');
    await writeFile(other, 'one');
    await rename(other, file);
    expect(hashes.hashOf(file, lstatSync(file))).toBeUndefined();
  });

  it('does not remember what is not a regular file', () => {
    const hashes = settledBy(SETTLED_MS);
    hashes.remember(dir, lstatSync(dir), 'h1');
    expect(hashes.hashOf(dir, lstatSync(dir))).toBeUndefined();
  });
});

// The hashes a watching process remembers: given back only for a file whose
// device, inode, size and times are those it was hashed at, only for a file
// whose last change was long enough ago to tell from the next one and that
// did not change while it was read; and given back by the readers instead
// of reading the file again.
import { lstatSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readOutputFile } from '../../generator/load/output/output-file.ts';
import { regularFileHash } from '../../generator/load/read-regular-file.ts';
import { RememberedHashes, SETTLED_MS } from '../../generator/load/remembered-hashes.ts';
import { contentHash } from '../../generator/vocabulary/content-hash.ts';

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
  /** Remembers `sha256` for the file as it is now, as a reader that saw it unchanged while reading does. */
  const remembered = (hashes: RememberedHashes, sha256: string, at = file) => hashes.remember(at, hashes.mark(lstatSync(at)), lstatSync(at), sha256);

  it('gives back the hash of a file unchanged since it was hashed, by any spelling of its path', () => {
    const hashes = settledBy(SETTLED_MS);
    remembered(hashes, 'h1');
    expect(hashes.hashOf(file, lstatSync(file))).toBe('h1');
    expect(hashes.hashOf(path.join(dir, '.', 'a.yaml'), lstatSync(file))).toBe('h1');
    expect(hashes.hashOf(path.join(dir, 'b.yaml'), lstatSync(file))).toBeUndefined();
  });

  it('does not remember a file that changed too recently: a second write within the same tick would keep its times', () => {
    const hashes = settledBy(SETTLED_MS - 1);
    remembered(hashes, 'h1');
    expect(hashes.hashOf(file, lstatSync(file))).toBeUndefined();
  });

  it('does not remember a file that changed while it was read, and forgets what it knew of it', async () => {
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    await utimes(file, past, past);
    const hashes = settledBy(SETTLED_MS);
    remembered(hashes, 'h1');
    const mark = hashes.mark(lstatSync(file));
    await writeFile(file, 'two');
    hashes.remember(file, mark, lstatSync(file), 'h2');
    expect(hashes.hashOf(file, lstatSync(file))).toBeUndefined();
    await utimes(file, past, past);
    expect(hashes.hashOf(file, lstatSync(file))).toBeUndefined();
  });

  it('knows nothing of a file written since, at the same size, even with its modification time set back', async () => {
    // A whole second, which `utimes` sets back exactly.
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    await utimes(file, past, past);
    const hashes = settledBy(SETTLED_MS);
    const before = lstatSync(file);
    remembered(hashes, 'h1');
    await writeFile(file, 'two');
    await utimes(file, past, past);
    const after = lstatSync(file);
    expect([after.size, after.ino, after.mtimeMs]).toEqual([before.size, before.ino, before.mtimeMs]);
    expect(hashes.hashOf(file, after)).toBeUndefined();
  });

  it('knows nothing of another file renamed over the path', async () => {
    const hashes = settledBy(SETTLED_MS);
    remembered(hashes, 'h1');
    const other = path.join(dir, 'b.yaml');
    await writeFile(other, 'one');
    await rename(other, file);
    expect(hashes.hashOf(file, lstatSync(file))).toBeUndefined();
  });

  it('does not remember what is not a regular file', () => {
    const hashes = settledBy(SETTLED_MS);
    remembered(hashes, 'h1', dir);
    expect(hashes.hashOf(dir, lstatSync(dir))).toBeUndefined();
  });

  it('is what the readers give back instead of reading the file again, once they remembered it themselves', async () => {
    const out = path.join(dir, 'out');
    await mkdir(out);
    const record = path.join(out, 'catalog.json');
    await writeFile(record, 'record');
    const recordStats = lstatSync(record);
    const hashes = new RememberedHashes(() => Math.max(recordStats.mtimeMs, recordStats.ctimeMs, lstatSync(file).ctimeMs) + SETTLED_MS);

    // Read and hashed the first time, and remembered.
    expect(await regularFileHash(file, 100, hashes)).toEqual({ kind: 'hashed', sha256: contentHash('one') });
    expect(await readOutputFile(out, 'catalog.json', { keepBytes: 3, hashes })).toMatchObject({ kind: 'file', sha256: contentHash('record'), head: Buffer.from('rec') });
    expect(hashes.hashOf(file, lstatSync(file))).toBe(contentHash('one'));

    // What the store holds is given back, not the bytes' hash: a stand-in shows the file was not hashed again (the head still is read).
    remembered(hashes, 'remembered');
    remembered(hashes, 'remembered too', record);
    expect(await regularFileHash(file, 100, hashes)).toEqual({ kind: 'hashed', sha256: 'remembered' });
    expect(await readOutputFile(out, 'catalog.json', { keepBytes: 3, hashes })).toMatchObject({ kind: 'file', sha256: 'remembered too', head: Buffer.from('rec') });
    // Without the store, and for a reader that does not hash, the bytes.
    expect(await regularFileHash(file, 100)).toEqual({ kind: 'hashed', sha256: contentHash('one') });
    expect(await readOutputFile(out, 'catalog.json', { keepBytes: 0 })).toMatchObject({ sha256: contentHash('record') });
    expect(await readOutputFile(out, 'catalog.json', { keepBytes: 6, hash: false, hashes })).toMatchObject({ sha256: undefined, head: Buffer.from('record') });
  });
});

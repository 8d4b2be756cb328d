// A process that loads the catalogs again and again (--watch) keeps what it
// parsed (ParsedCatalogs): a file whose bytes are the same is not parsed
// again, one whose bytes changed in any way is, and a file the last load did
// not read is no longer held. A run's load gives what a fresh load gives, and
// no stage changes a parsed document: the whole pipeline runs on frozen ones.
import { mkdtemp, rm, writeFile, cp, unlink, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ParsedCatalogs } from '../../generator/load/parsed-catalogs.ts';
import type { ParseResult } from '../../generator/load/parse-catalog-text.ts';
import { readCatalogSource } from '../../generator/load/read-catalog-source.ts';
import { folderSource, generateFiles } from '../../generator/pipeline.ts';
import type { GeneratedFile } from '../../generator/emit/generated-file.ts';
import { readCatalogFiles } from '../../generator/load/read-catalog-files.ts';
import { REPO } from '../helpers/run-errcat.ts';

const parsedAs = (value: unknown): ParseResult => ({ ok: true, catalog: { file: 'x.yaml', stem: 'x', value, locate: () => ({ line: 1, column: 1 }) } });

describe('ParsedCatalogs', () => {
  it('parses a file again only when its bytes differ, and drops what a load did not read', async () => {
    const parsed = new ParsedCatalogs();
    let parses = 0;
    const parse = () => parsedAs(++parses);
    const bytes = (text: string) => Buffer.from(text, 'utf8');
    const first = await parsed.load(async () => parsed.parsed('a', bytes('one'), parse));
    expect(await parsed.load(async () => parsed.parsed('a', bytes('one'), parse))).toBe(first);
    expect(parses).toBe(1);
    // One byte apart, and the same bytes under another key: parsed again.
    await parsed.load(async () => parsed.parsed('a', bytes('onf'), parse));
    await parsed.load(async () => parsed.parsed('b', bytes('onf'), parse));
    expect(parses).toBe(3);
    // `a` was not read by the last load: dropped, so its old bytes are parsed again.
    await parsed.load(async () => parsed.parsed('a', bytes('onf'), parse));
    expect(parses).toBe(4);
    // Forgotten (a run about to make a large output): parsed again.
    parsed.forget();
    await parsed.load(async () => parsed.parsed('a', bytes('onf'), parse));
    expect(parses).toBe(5);
  });
});

describe('readCatalogFiles with the catalogs parsed before', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'errcat-parsed-'));
    await cp(path.join(REPO, 'test/fixtures/white-label/catalogs'), dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives what a fresh load gives, reusing only the files whose bytes did not change', async () => {
    const parsed = new ParsedCatalogs();
    const load = () => parsed.load(() => readCatalogFiles(dir, dir, parsed));
    const before = await load();
    const acme = path.join(dir, 'acme.yaml');
    await writeFile(acme, (await readFile(acme, 'utf8')).replace('name: Acme SMS', 'name: Acme SMS Ltd'));
    const after = await load();
    const fresh = await readCatalogFiles(dir, dir);
    expect(after.catalogs.map((c) => [c.file, c.source, c.value])).toEqual(fresh.catalogs.map((c) => [c.file, c.source, c.value]));
    const byStem = (result: typeof before, stem: string) => result.catalogs.find((c) => c.stem === stem)!;
    expect(byStem(after, 'brandco').value).toBe(byStem(before, 'brandco').value);
    expect(byStem(after, 'acme').value).not.toBe(byStem(before, 'acme').value);
    expect((byStem(after, 'acme').value as { provider: { name: string } }).provider.name).toBe('Acme SMS Ltd');
  });

  it('keeps what it parsed of a file a load leaves unread on purpose (a provider set aside), and reads none of it', async () => {
    const parsed = new ParsedCatalogs();
    const load = (skip?: (name: string) => boolean) => parsed.load(() => readCatalogFiles(dir, dir, parsed, skip));
    const before = await load();
    const acme = path.join(dir, 'acme.yaml');
    const acmeText = await readFile(acme, 'utf8');
    // Unread: even a file that is no catalog any more is not looked at.
    await writeFile(acme, 'provider: [\n');
    const skipped = await load((name) => name === 'acme.yaml');
    expect(skipped.diagnostics).toEqual([]);
    expect(skipped.catalogs.map((c) => c.stem)).toEqual(['brandco']);
    // Read again with its old bytes (a run that then reads every catalog): the document parsed before, not parsed again.
    await writeFile(acme, acmeText);
    const again = await load();
    const byStem = (result: typeof before, stem: string) => result.catalogs.find((c) => c.stem === stem)!;
    expect(byStem(again, 'acme').value).toBe(byStem(before, 'acme').value);
  });

  it('never reads a shipped catalog the project replaces', async () => {
    // The store sees every file parsed: a project catalog named like a shipped one leaves the shipped one unread.
    const seen: string[] = [];
    const parsed = new (class extends ParsedCatalogs {
      override parsed(key: string, bytes: Buffer, parse: () => ParseResult): ParseResult {
        seen.push(key.slice(0, key.indexOf('\0')));
        return super.parsed(key, bytes, parse);
      }
    })();
    const shipped = (name: string) => path.join(REPO, 'schema/catalogs', name);
    await writeFile(path.join(dir, 'smsapi.yaml'), (await readFile(shipped('smsapi.yaml'), 'utf8')).replace('name: SMSAPI', 'name: Our SMSAPI'));
    const { catalogs } = await parsed.load(() => readCatalogSource(folderSource({ catalogDir: dir, root: dir, parsed })));
    expect(seen).toContain(path.join(dir, 'smsapi.yaml'));
    expect(seen).toContain(shipped('bsg.yaml'));
    expect(seen).not.toContain(shipped('smsapi.yaml'));
    expect(catalogs.filter((c) => c.stem === 'smsapi').map((c) => c.source)).toEqual(['smsapi.yaml']);
  });

  it('reports a broken file each time, and forgets a deleted one', async () => {
    const parsed = new ParsedCatalogs();
    const load = () => parsed.load(() => readCatalogFiles(dir, dir, parsed));
    await writeFile(path.join(dir, 'broken.yaml'), 'provider: [\n');
    const once = await load();
    const twice = await load();
    expect(once.diagnostics).toHaveLength(1);
    expect(twice.diagnostics).toEqual(once.diagnostics);
    await unlink(path.join(dir, 'broken.yaml'));
    expect((await load()).diagnostics).toEqual([]);
  });

  it('runs the whole pipeline on the documents it keeps, frozen, and makes what a fresh run makes', async () => {
    const parsed = new ParsedCatalogs();
    const options = { catalogDir: dir, root: dir, scope: '@errcat', parsed };
    const filesOf = async (run: Promise<{ files: GeneratedFile[] }>) => new Map((await run).files.map((f) => [f.path, f.bytes ? Buffer.concat(f.bytes) : Buffer.from(f.content)]));
    const freezeKept = async () => {
      // The documents the next run reuses (the shipped catalogs' included): a stage that changed one in place would throw.
      const kept = await parsed.load(() => readCatalogSource(folderSource(options)));
      expect(kept.catalogs.length).toBeGreaterThan(2);
      for (const catalog of kept.catalogs) deepFreeze(catalog.value);
    };
    await generateFiles(options);
    await freezeKept();
    expect(await filesOf(generateFiles(options))).toEqual(await filesOf(generateFiles({ catalogDir: dir, root: dir, scope: '@errcat' })));
    // One catalog changed: parsed anew, the others reused, frozen.
    const brandco = path.join(dir, 'brandco.yaml');
    await writeFile(brandco, (await readFile(brandco, 'utf8')).replace('name: BrandCo', 'name: BrandCo Messaging'));
    await freezeKept();
    expect(await filesOf(generateFiles(options))).toEqual(await filesOf(generateFiles({ catalogDir: dir, root: dir, scope: '@errcat' })));
  });
});

/** Freezes a parsed document and everything in it. */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

import { readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogJsonChunks } from '../../generator/emit/catalog-json-emitter.ts';
import type { ProviderModel } from '../../generator/model/model.ts';
import { emitFiles, folderSource, modelOptions, recordBytesOf, releasedModel } from '../../generator/pipeline.ts';
import { loadModel } from '../../generator/model/load-model.ts';
import { readPreviousOutput, type RecordBytes } from '../../generator/release/read-previous-output.ts';
import { REPO_ROOT, temporaryDir } from '../helpers/generated-output.ts';
import { runErrcat } from '../helpers/run-errcat.ts';

/**
 * A provider's catalog.json is the record the next run versions from. When
 * its bytes are exactly what errcat writes for the current catalogs at the
 * version it records, only that version is taken from it (it is not parsed:
 * it says what the current catalogs say), and the bytes are catalog.json
 * again; anything else is read like a catalog, and a damaged one is said so.
 */

const PACKAGE = [{ id: 'acme', packageName: '@x/acme' }];

/** Not a valid catalog (no provider id), but laid out as errcat writes a record, with a release version. */
const NOT_A_CATALOG = '{\n  "$schema": "https://example.test/s.json",\n  "$comment": "c",\n  "release": {\n    "version": "1.2.3"\n  },\n  "provider": 42\n}\n';

describe('readPreviousOutput', () => {
  let temp: { dir: string; remove: () => Promise<void> };
  beforeAll(async () => {
    temp = await temporaryDir('previous-output');
  });
  afterAll(async () => temp?.remove());

  async function outWithRecord(name: string, text: string): Promise<string> {
    const out = path.join(temp.dir, name);
    await mkdir(path.join(out, 'acme'), { recursive: true });
    await writeFile(path.join(out, 'acme/catalog.json'), text);
    return out;
  }

  it('takes a record whose bytes are errcat’s own for its version without reading it like a catalog, and reads any other in full', async () => {
    const out = await outWithRecord('own', NOT_A_CATALOG);
    const asked: string[] = [];
    // In pieces, as the emitter gives them: compared one after another.
    const own: RecordBytes = (id, version) => (asked.push(`${id}@${version}`), [Buffer.from(NOT_A_CATALOG.slice(0, 20)), Buffer.from(NOT_A_CATALOG.slice(20))]);
    const taken = await readPreviousOutput(out, PACKAGE, own);
    expect(asked).toEqual(['acme@1.2.3']);
    expect(taken).toEqual({ packages: new Map([['acme', { version: '1.2.3', current: Buffer.from(NOT_A_CATALOG) }]]), notes: [] });

    // Read like a catalog (no bytes to compare with, or bytes one character apart), the same file is damaged.
    const damaged = expect.stringMatching(/^note: .*acme\/catalog\.json is damaged \(.*\); versioning @x\/acme from 1\.0\.0$/);
    expect((await readPreviousOutput(out, PACKAGE)).notes).toEqual([damaged]);
    expect((await readPreviousOutput(out, PACKAGE, () => [Buffer.from(NOT_A_CATALOG.replace('42', '43'))])).notes).toEqual([damaged]);
    expect((await readPreviousOutput(out, PACKAGE, () => [Buffer.from(NOT_A_CATALOG), Buffer.from('\n')])).notes).toEqual([damaged]);
    expect((await readPreviousOutput(out, PACKAGE, () => [Buffer.from(NOT_A_CATALOG.slice(0, -2))])).notes).toEqual([damaged]);
    expect((await readPreviousOutput(out, PACKAGE, () => undefined)).notes).toEqual([damaged]);

    // A piece that differs ends the comparison: the rest of a large record is never made.
    let made = 0;
    const pieces = function* () {
      for (const piece of [NOT_A_CATALOG.slice(0, 10), 'different', NOT_A_CATALOG.slice(19), 'never made']) {
        made++;
        yield Buffer.from(piece);
      }
    };
    expect((await readPreviousOutput(out, PACKAGE, pieces)).notes).toEqual([damaged]);
    expect(made).toBe(2);
  });

  it('asks only for a version errcat can bump, found where errcat writes it', async () => {
    const asked: string[] = [];
    const own: RecordBytes = (_id, version) => (asked.push(version), undefined);
    await readPreviousOutput(await outWithRecord('not-semver', NOT_A_CATALOG.replace('1.2.3', 'one')), PACKAGE, own);
    await readPreviousOutput(await outWithRecord('elsewhere', NOT_A_CATALOG.replace('  "release": {\n    "version": "1.2.3"\n  },\n', '').replace('"provider": 42', '"provider": 42, "release": { "version": "1.2.3" }')), PACKAGE, own);
    expect(asked).toEqual([]);
  });

  it('gives the same versions and catalogs as reading every record in full, for output errcat wrote (the shortcut is only a shortcut)', async () => {
    const project = path.join(temp.dir, 'generated-project');
    await mkdir(project, { recursive: true });
    const catalogDir = path.join(REPO_ROOT, 'test/fixtures/white-label/catalogs');
    const generated = await runErrcat(['generate', '--catalogs', catalogDir, '--out', 'out'], { cwd: project });
    expect(generated.code, generated.stderr).toBe(0);
    const options = { catalogDir, root: project, scope: '@errcat' };
    const { model } = await loadModel(folderSource(options), modelOptions(options));
    const out = path.join(project, 'out');
    // Counted: every record must be one the shortcut takes, or this test would compare the full reading with itself.
    let taken = 0;
    const own = recordBytesOf(model.providers);
    const counted: RecordBytes = (id, version) => {
      const pieces = own(id, version);
      const all = pieces && [...pieces];
      if (all && readFileSync(path.join(out, id, 'catalog.json')).equals(Buffer.concat(all))) taken++;
      return all;
    };
    const shortcut = await readPreviousOutput(out, model.providers, counted);
    expect(taken).toBe(model.providers.length);
    const full = await readPreviousOutput(out, model.providers);
    expect(model.providers.length).toBeGreaterThan(1);
    expect(shortcut.packages.size).toBe(model.providers.length);
    // The same versions; the shortcut gives the record's bytes where the full reading gives the catalog they parse to.
    for (const [id, { version, catalog }] of full.packages) {
      const record = readFileSync(path.join(out, id, 'catalog.json'));
      expect(catalog).toEqual(JSON.parse(record.toString('utf8')));
      expect(shortcut.packages.get(id)).toEqual({ version, current: record });
    }
    expect(shortcut.notes).toEqual(full.notes);
    // And the whole release step agrees: nothing changed, nothing bumped.
    expect((await releasedModel({ ...options, outDir: out })).bumps).toEqual([]);
  });

  it('hands each record of the current catalogs to the emitter as catalog.json, the very bytes it would make; none for a catalog that changed', async () => {
    const project = path.join(temp.dir, 'record-reused');
    const catalogDir = path.join(project, 'catalogs');
    await cp(path.join(REPO_ROOT, 'test/fixtures/white-label/catalogs'), catalogDir, { recursive: true });
    const generated = await runErrcat(['generate', '--catalogs', 'catalogs', '--out', 'out'], { cwd: project });
    expect(generated.code, generated.stderr).toBe(0);
    const options = { catalogDir, root: project, scope: '@errcat', outDir: path.join(project, 'out') };
    const made = (provider: ProviderModel) => Buffer.concat([...catalogJsonChunks({ ...provider, catalogJson: undefined })]);

    const unchanged = await releasedModel(options);
    expect(unchanged.model.providers.map((p) => p.id)).toEqual(['acme', 'brandco']);
    for (const provider of unchanged.model.providers) {
      expect(provider.catalogJson).toEqual(readFileSync(path.join(project, 'out', provider.id, 'catalog.json')));
      expect(Buffer.from(provider.catalogJson!).equals(made(provider))).toBe(true);
    }

    // brandco extends acme: a text changed in acme changes both records, and the version of both packages.
    const acme = path.join(catalogDir, 'acme.yaml');
    await writeFile(acme, readFileSync(acme, 'utf8').replace('text: invalid phone numbr', 'text: invalid phone number'));
    const changed = await releasedModel(options);
    expect(changed.bumps.map((b) => b.packageName)).toEqual(['@errcat/acme', '@errcat/brandco']);
    expect(changed.model.providers.map((p) => p.catalogJson)).toEqual([undefined, undefined]);
    const emitted = await emitFiles(changed.model);
    for (const provider of changed.model.providers) {
      expect(Buffer.concat(emitted.find((f) => f.path === `${provider.id}/catalog.json`)!.bytes!).equals(made(provider))).toBe(true);
    }
  });
});

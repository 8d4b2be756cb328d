import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO, runErrcat } from '../helpers/run-errcat.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');


describe('errcat generate bumps package versions from what changed since the last generation', () => {
  let work: string;
  let catalogs: string;
  let out: string;
  beforeEach(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'errcat-versions-'));
    catalogs = path.join(work, 'catalogs');
    out = path.join(work, 'generated');
    await cp(path.join(REPO, 'test/fixtures/white-label/catalogs'), catalogs, { recursive: true });
  });
  afterEach(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const generate = async () => {
    const result = await runErrcat(['generate', '--catalogs', 'catalogs', '--out', 'generated'], { cwd: work });
    expect(result.code, result.stderr).toBe(0);
    return result.stdout;
  };
  const version = async (id: string) => (JSON.parse(await readFile(path.join(out, id, 'package.json'), 'utf8')) as { version: string }).version;
  const edit = async (from: string, to: string) => {
    const file = path.join(catalogs, 'acme.yaml');
    const text = await readFile(file, 'utf8');
    expect(text).toContain(from);
    await writeFile(file, text.replace(from, to));
  };

  it('starts at 1.0.0, bumps minor for a behavioural change (parent and white-label child), is idempotent, and bumps major for an undeclared re-key', async () => {
    await generate();
    expect([await version('acme'), await version('brandco'), await version('core')]).toEqual(['1.0.0', '1.0.0', '1.0.0']);

    await edit('category: insufficient_balance', 'category: account');
    const second = await generate();
    expect(second).toContain('version: @errcat/acme 1.0.0 → 1.1.0 (minor: see `errcat diff`)');
    expect(second).toContain('version: @errcat/brandco 1.0.0 → 1.1.0 (minor: see `errcat diff`)');
    expect(second).toContain('note: run `npm install` to record the new versions in package-lock.json');
    expect([await version('acme'), await version('brandco')]).toEqual(['1.1.0', '1.1.0']);
    expect(await readFile(path.join(out, 'acme/openapi.yaml'), 'utf8')).toContain('  version: "1.1.0"\n');

    const third = await generate();
    expect(third).not.toContain('version:');
    expect(await version('acme')).toBe('1.1.0');

    // Same code, new key, no previousKeys: an enum member renamed under consumers' feet (ENTRY_REKEYED).
    await edit('          - { key: SMS_OLD_ENDPOINT', '          - { key: SMS_RETIRED_ENDPOINT');
    const fourth = await generate();
    expect(fourth).toContain('version: @errcat/acme 1.1.0 → 2.0.0 (major: see `errcat diff`)');
  });

  it('keeps a declared rename as a deprecated alias (a minor bump) until the next major version drops it for good', async () => {
    const source = async () => readFile(path.join(out, 'acme/src/api.ts'), 'utf8');
    const previousKeys = async () => {
      const catalog = JSON.parse(await readFile(path.join(out, 'acme/catalog.json'), 'utf8')) as { catalogs: { id: string; sections: { entries: { key: string; previousKeys?: string[] }[] }[] }[] };
      return catalog.catalogs.flatMap((c) => c.sections.flatMap((s) => s.entries)).find((e) => e.key === 'INSUFFICIENT_FUNDS')?.previousKeys;
    };
    await generate();
    await edit('          - { key: NOT_ENOUGH_FUNDS, code: 2,', '          - { key: INSUFFICIENT_FUNDS, previousKeys: [NOT_ENOUGH_FUNDS], code: 2,');
    expect(await generate()).toContain('version: @errcat/acme 1.0.0 → 1.1.0 (minor: see `errcat diff`)');
    expect(await source()).toMatch(/@deprecated Renamed: use INSUFFICIENT_FUNDS\. This alias is kept until the next major version\.\n   \*\/\n  NOT_ENOUGH_FUNDS = 2,\n[\s\S]*\n  INSUFFICIENT_FUNDS = 2,/);
    expect(await previousKeys()).toEqual(['NOT_ENOUGH_FUNDS']);

    // Unchanged: the alias stays.
    expect(await generate()).not.toContain('version:');
    expect(await source()).toContain('  NOT_ENOUGH_FUNDS = 2,');

    // A breaking change makes the next major: every alias goes, and the record says so.
    await edit('          - { key: SMS_OLD_ENDPOINT', '          - { key: SMS_RETIRED_ENDPOINT');
    expect(await generate()).toContain('version: @errcat/acme 1.1.0 → 2.0.0 (major: see `errcat diff`)');
    expect(await source()).not.toContain('NOT_ENOUGH_FUNDS');
    expect(await previousKeys()).toBeUndefined();

    // The catalog still declares the rename (errcat diff matches on it), but the alias does not come back.
    expect(await generate()).not.toContain('version:');
    expect(await source()).not.toContain('NOT_ENOUGH_FUNDS');
    expect(await readFile(path.join(catalogs, 'acme.yaml'), 'utf8')).toContain('previousKeys: [NOT_ENOUGH_FUNDS]');
  });

  it('reports the bump in --check mode without writing', async () => {
    await generate();
    await edit('text: invalid phone numbr', 'text: invalid phone number');
    const check = await runErrcat(['generate', '--check', '--catalogs', 'catalogs', '--out', 'generated'], { cwd: work });
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('version: @errcat/acme 1.0.0 → 1.0.1 (patch: see `errcat diff`)');
    expect(await version('acme')).toBe('1.0.0');
  });

  it('versions from the release recorded in catalog.json, not from package.json (the record is one file, written whole)', async () => {
    await generate();
    const pkgFile = path.join(out, 'acme/package.json');
    const firstPkg = await readFile(pkgFile, 'utf8');
    await edit('category: insufficient_balance', 'category: account');
    await generate();
    const catalogJson = JSON.parse(await readFile(path.join(out, 'acme/catalog.json'), 'utf8')) as { release?: { version: string } };
    expect(catalogJson.release).toEqual({ version: '1.1.0' });
    // A run killed between renames can leave package.json a version behind catalog.json: its old bytes, with
    // the transition manifest (which lists both its old and its new hash) in place, as such a run leaves it.
    const newPkg = await readFile(pkgFile, 'utf8');
    expect(firstPkg).toContain('"version": "1.0.0"');
    await writeFile(pkgFile, firstPkg);
    const manifestFile = path.join(out, '.errcat-manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { sha256: Record<string, string | string[]> };
    manifest.sha256['acme/package.json'] = [sha256(firstPkg), sha256(newPkg)].sort();
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
    const repair = await generate();
    expect(repair).not.toContain('version:');
    expect(await version('acme')).toBe('1.1.0');
  });

  it('still reads the version from package.json when catalog.json has no release (output of an older errcat)', async () => {
    await generate();
    await edit('category: insufficient_balance', 'category: account');
    await generate();
    // What an older errcat left: a catalog.json without the release, and a manifest of paths without hashes.
    const catalogFile = path.join(out, 'acme/catalog.json');
    const { release, ...older } = JSON.parse(await readFile(catalogFile, 'utf8')) as Record<string, unknown>;
    expect(release).toEqual({ version: '1.1.0' });
    await writeFile(catalogFile, JSON.stringify(older, null, 2) + '\n');
    const manifestFile = path.join(out, '.errcat-manifest.json');
    const { sha256: hashes } = JSON.parse(await readFile(manifestFile, 'utf8')) as { sha256: Record<string, unknown> };
    await writeFile(manifestFile, JSON.stringify({ files: Object.keys(hashes) }, null, 2) + '\n');
    await edit('text: invalid phone numbr', 'text: invalid phone number');
    const check = await runErrcat(['generate', '--check', '--catalogs', 'catalogs', '--out', 'generated'], { cwd: work });
    expect(check.stdout).toContain('version: @errcat/acme 1.1.0 → 1.1.1 (patch: see `errcat diff`)');
    // Files listed without a hash are not known to be errcat's: a writing run will not overwrite them. Its release records
    // (catalog.json, package.json) are errcat's by name once listed, and would be repaired: they are not refused.
    const refused = await runErrcat(['generate', '--catalogs', 'catalogs', '--out', 'generated'], { cwd: work });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('generated/acme/README.md: a file the manifest lists without a hash');
    expect(refused.stderr).not.toContain('generated/acme/catalog.json:');
  });
});

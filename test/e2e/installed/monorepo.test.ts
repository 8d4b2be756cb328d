import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exists, REPO } from './cache.ts';
import { outputOf, type ExecResult } from './exec.ts';
import { handOver } from './hand-over.ts';
import { addDevDependency, installErrcat } from './install.ts';
import { linkWorkspaces } from './link-workspaces.ts';
import { monorepo, type Monorepo, type PackageManager } from './monorepo.ts';
import { nodeBinary, type NodeBinary } from './node-binaries.ts';
import { writeFileAs } from './ownership.ts';
import { packedManifest, packErrcat, type Tarball } from './pack.ts';
import { pnpmBinary } from './pnpm-binary.ts';
import { PNPM_STORE } from './pnpm-workspace.ts';
import { removeHomes, runAs } from './run-as.ts';
import { toolPath } from './tool-path.ts';

/**
 * errcat as a user meets it: packed, installed as a development dependency
 * of a monorepo's root by root, made root-owned and read-only, then used by an
 * ordinary user (`nobody`) who owns the monorepo — `--version`, `init`, a
 * catalog of their own plus a shipped one, `generate`, linking the generated
 * workspace packages, `validate` and `--check` from the root and a subfolder,
 * `diff` against git, and an app that imports the packages, type-checked
 * strictly under two module resolutions and run by Node.
 *
 * For each of npm and pnpm under Node 20 and Node 24. The steps of a
 * combination run in order and build on each other, so when one fails the
 * later ones fail too; read the first failure.
 *
 * These steps exercise the packaging work (`errcat init`, `errcat.config.json`,
 * `--version`, `"providers"`, a prebuilt CLI that writes nothing into its own
 * folder); until it is merged this file fails from the first step.
 *
 * Under pnpm the link step also needs the generated packages to find each
 * other in the workspace: pnpm 12 links a workspace package only for a
 * `workspace:` range or with `linkWorkspacePackages: true`, and otherwise
 * looks the generated `<scope>/core@1.0.0` up in the registry.
 */

interface Combination {
  kind: PackageManager;
  major: 20 | 24;
}

const COMBINATIONS: readonly Combination[] = [
  { kind: 'npm', major: 20 },
  { kind: 'npm', major: 24 },
  { kind: 'pnpm', major: 20 },
  { kind: 'pnpm', major: 24 },
];

/** The fields of `errcat.config.json` the steps use. */
interface ErrcatConfig {
  $schema?: unknown;
  catalogs: string;
  out: string;
  scope: string;
  corePackage?: string;
  providers?: string[];
}

/** The TypeScript this repository's `npm ci` installed: npm's cache has it, so the monorepo installs it without fetching. */
const TYPESCRIPT_VERSION = (JSON.parse(await readFile(path.join(REPO, 'node_modules', 'typescript', 'package.json'), 'utf8')) as { version: string }).version;

/** The text of the telco catalog's entry `NO_FUNDS`, and what the diff step changes it to. */
const OLD_TEXT = 'not enough funds';
const NEW_TEXT = 'insufficient funds';

let tarball: Tarball;
let version: string;

beforeAll(async () => {
  tarball = await packErrcat();
  version = (await packedManifest(tarball.path)).version;
});

afterAll(async () => {
  await tarball?.remove();
  await removeHomes();
});

describe.each(COMBINATIONS)('errcat installed read-only with $kind, used by nobody under Node $major', ({ kind, major }) => {
  let repo: Monorepo;
  let node: NodeBinary;
  let pnpmDir: string;
  let config: ErrcatConfig | undefined;

  beforeAll(async () => {
    node = await nodeBinary(major);
    pnpmDir = path.dirname(await pnpmBinary());
    repo = await monorepo(kind);
    await installErrcat(repo, tarball.path);
    await addDevDependency(repo.root, kind, `typescript@${TYPESCRIPT_VERSION}`);
    await handOver(repo, 'nobody');
  }, 240_000);

  afterAll(async () => {
    await repo?.remove();
  });

  /** A path in the monorepo. */
  const at = (...parts: string[]) => path.join(repo.root, ...parts);
  /** Runs a command as nobody, with this combination's Node (and pnpm) first on PATH. */
  const as = (cwd: string, command: string, args: readonly string[]) => runAs('nobody', command, args, { cwd, env: { PATH: toolPath(node, pnpmDir) } });
  /** Runs the installed errcat through `node_modules/.bin`, as `npx errcat` does. */
  const errcat = (args: readonly string[], cwd = repo.root) => as(cwd, at('node_modules', '.bin', 'errcat'), args);
  /** Runs the monorepo's TypeScript compiler in `apps/api`. */
  const tsc = (...args: string[]) => as(at('apps', 'api'), 'node', [at('node_modules', 'typescript', 'bin', 'tsc'), ...args]);

  /** The config `errcat init` wrote (as the steps have changed it since). */
  function configured(): ErrcatConfig {
    if (config === undefined) throw new Error('no errcat.config.json to work with: the init step failed');
    return config;
  }

  /** The generated packages' names, as the config makes them. */
  function packageNames(): { telco: string; smsapi: string; core: string } {
    const { scope, corePackage } = configured();
    return { telco: `${scope}/telco`, smsapi: `${scope}/smsapi`, core: corePackage ?? `${scope}/core` };
  }

  it('prints its version', async () => {
    const result = await errcat(['--version']);
    expectOk(result);
    expect(result.stdout.trim()).toBe(version);
  });

  it('init --yes writes the config, a starter catalog, the scripts and the workspace glob, and overwrites nothing when run again', async () => {
    expectOk(await errcat(['init', '--yes']));

    const configText = await readFile(at('errcat.config.json'), 'utf8');
    const written = JSON.parse(configText) as ErrcatConfig;
    for (const field of ['catalogs', 'out', 'scope'] as const) expect(typeof written[field], `errcat.config.json: ${field}`).toBe('string');
    config = written;
    if (typeof written.$schema === 'string') expect(await exists(at(written.$schema)), `$schema ${written.$schema} names no file`).toBe(true);

    const catalogFiles = (await readdir(at(written.catalogs))).filter((file) => /\.(ya?ml|json)$/.test(file));
    expect(catalogFiles.length, `a starter catalog in ${written.catalogs}`).toBeGreaterThan(0);

    const manifest = JSON.parse(await readFile(at('package.json'), 'utf8')) as { scripts?: Record<string, string>; workspaces?: string[] };
    expect(manifest.scripts?.['errcat:generate']).toBe('errcat generate');
    expect(manifest.scripts?.['errcat:check']).toBe('errcat generate --check');
    const glob = path.posix.join(path.posix.normalize(written.out), '*');
    if (kind === 'npm') {
      expect(manifest.workspaces).toEqual(expect.arrayContaining(['apps/*', 'packages/*', glob]));
    } else {
      expect(manifest.workspaces, 'pnpm keeps its workspaces in pnpm-workspace.yaml').toBeUndefined();
      const workspace = parse(await readFile(at('pnpm-workspace.yaml'), 'utf8')) as { packages?: string[]; storeDir?: string };
      expect(workspace.packages).toEqual(expect.arrayContaining(['apps/*', 'packages/*', glob]));
      expect(workspace.storeDir, 'the settings already in pnpm-workspace.yaml are kept').toBe(PNPM_STORE);
    }

    const files = ['errcat.config.json', 'package.json', ...(kind === 'pnpm' ? ['pnpm-workspace.yaml'] : []), ...catalogFiles.map((f) => path.join(written.catalogs, f))];
    const before = await Promise.all(files.map((file) => readFile(at(file), 'utf8')));
    await errcat(['init', '--yes']); // may refuse; must not overwrite
    const after = await Promise.all(files.map((file) => readFile(at(file), 'utf8')));
    expect(Object.fromEntries(files.map((file, i) => [file, after[i]]))).toEqual(Object.fromEntries(files.map((file, i) => [file, before[i]])));
  });

  it('generates the telco, smsapi (shipped) and core packages into the configured folder', async () => {
    const { catalogs, out } = configured();
    await writeFileAs('nobody', at(catalogs, 'telco.yaml'), await readFile(repo.telcoCatalog, 'utf8'));
    config = { ...configured(), providers: ['smsapi'] };
    await writeFileAs('nobody', at('errcat.config.json'), `${JSON.stringify(config, null, 2)}\n`);

    const first = await timed(() => errcat(['generate']));
    expectOk(first.result);
    const second = await timed(() => errcat(['generate']));
    expectOk(second.result);
    console.log(`[installed e2e] ${kind} + Node ${major}: errcat generate took ${first.seconds} s the first time after install, ${second.seconds} s the second`);

    const names = packageNames();
    for (const [folder, name] of [['telco', names.telco], ['smsapi', names.smsapi], ['core', names.core]] as const) {
      const manifest = JSON.parse(await readFile(at(out, folder, 'package.json'), 'utf8')) as { name: string };
      expect(manifest.name, `${out}/${folder}/package.json`).toBe(name);
    }
  });

  it(`links the generated packages into apps/api with ${kind} install --offline${kind === 'pnpm' ? ' (run by root, see link-workspaces.ts)' : ''}`, async () => {
    const names = packageNames();
    const manifestFile = at('apps', 'api', 'package.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
    const range = kind === 'npm' ? '*' : 'workspace:*';
    manifest.dependencies = { [names.core]: range, [names.smsapi]: range, [names.telco]: range };
    await writeFileAs('nobody', manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);

    expectOk(await linkWorkspaces(repo, 'nobody', toolPath(node, pnpmDir)));

    const { out } = configured();
    for (const [folder, name] of [['telco', names.telco], ['smsapi', names.smsapi], ['core', names.core]] as const) {
      const resolved = await as(at('apps', 'api'), 'node', ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(name)}))`]);
      expectOk(resolved);
      expect(resolved.stdout.trim().startsWith(`${pathToFileURL(at(out, folder)).href}/`), `${name} resolves to ${resolved.stdout.trim()}`).toBe(true);
    }
  });

  it('validates, and finds the output up to date, from the root and from apps/api, and through the errcat:check script', async () => {
    for (const cwd of [repo.root, at('apps', 'api')]) {
      expectOk(await errcat(['validate'], cwd));
      expectOk(await errcat(['generate', '--check'], cwd));
    }
    expectOk(await as(repo.root, kind, ['run', 'errcat:check']));
  });

  it('reports a changed catalog text with diff HEAD, from the root and apps/api; --check finds the output stale until regenerated', async () => {
    expectOk(await as(repo.root, 'git', ['add', '--all']));
    expectOk(await as(repo.root, 'git', ['commit', '--quiet', '--message', 'Adopt errcat']));
    const telco = at(configured().catalogs, 'telco.yaml');
    const text = await readFile(telco, 'utf8');
    expect(text).toContain(`text: ${OLD_TEXT}`);
    await writeFileAs('nobody', telco, text.replace(`text: ${OLD_TEXT}`, `text: ${NEW_TEXT}`));

    const fromRoot = await errcat(['diff', 'HEAD']);
    expectOk(fromRoot);
    for (const expected of ['NO_FUNDS', OLD_TEXT, NEW_TEXT]) expect(fromRoot.stdout).toContain(expected);
    const fromApp = await errcat(['diff', 'HEAD'], at('apps', 'api'));
    expectOk(fromApp);
    expect(fromApp.stdout).toBe(fromRoot.stdout);

    const stale = await errcat(['generate', '--check']);
    expect(stale.code, outputOf(stale)).toBe(1);
    expectOk(await errcat(['generate']));
    expectOk(await errcat(['generate', '--check']));
  });

  it('type-checks an app that imports the telco, smsapi and core packages, strictly, under nodenext and under bundler', async () => {
    const names = packageNames();
    await writeFileAs('nobody', at('apps', 'api', 'tsconfig.nodenext.json'), tsconfig({ module: 'nodenext', moduleResolution: 'nodenext', outDir: 'build', rootDir: 'src' }));
    await writeFileAs('nobody', at('apps', 'api', 'tsconfig.bundler.json'), tsconfig({ module: 'esnext', moduleResolution: 'bundler', noEmit: true }));
    await as(at('apps', 'api'), 'mkdir', ['-p', 'src']);
    await writeFileAs('nobody', at('apps', 'api', 'src', 'main.ts'), mainTs(names));

    for (const project of ['tsconfig.nodenext.json', 'tsconfig.bundler.json']) {
      const result = await tsc('-p', project, '--noEmit', '--pretty', 'false');
      expect(result.stdout + result.stderr, project).toBe('');
      expect(result.code, project).toBe(0);
    }
  });

  it(`runs the app, compiled by tsc, under Node ${major}`, async () => {
    expectOk(await tsc('-p', 'tsconfig.nodenext.json', '--pretty', 'false'));
    const result = await as(at('apps', 'api'), 'node', ['build/main.js']);
    expectOk(result);
    expect(JSON.parse(result.stdout)).toEqual({
      node: node.version,
      enumValue: 2,
      messageKey: 'TARIFF_NOT_FOUND',
      lookup: 'INVALID_KEY',
      text: NEW_TEXT,
      telco: { known: true, key: 'NO_FUNDS', topUp: true, retryable: false, httpStatus: 402 },
      smsapi: { known: true, key: 'INVALID_AUTHORIZATION', category: 'authentication', code: 101 },
      undocumented: { known: false, category: 'unknown', code: 999 },
    });
  });
});

/** Asserts a command exited 0, showing its output when it did not. */
function expectOk(result: ExecResult): void {
  expect(result.code, outputOf(result)).toBe(0);
}

/** Runs a command and measures its wall-clock time in seconds (two decimals). */
async function timed(run: () => Promise<ExecResult>): Promise<{ result: ExecResult; seconds: number }> {
  const started = performance.now();
  const result = await run();
  return { result, seconds: Math.round((performance.now() - started) / 10) / 100 };
}

/** A strict tsconfig for `src/` of apps/api; the packages' own declarations are checked too (no skipLibCheck). */
function tsconfig(options: Record<string, unknown>): string {
  const compilerOptions = { strict: true, target: 'es2022', types: [], skipLibCheck: false, ...options };
  return `${JSON.stringify({ compilerOptions, include: ['src'] }, null, 2)}\n`;
}

/**
 * The app: an enum and a lookup of the team's own provider, the shipped
 * provider's handle, and core's `normalize()`, `Category` and `isRetryable`.
 * The `@ts-expect-error` fails the type-check if the packages' types decay to `any`.
 */
function mainTs(names: { telco: string; smsapi: string; core: string }): string {
  return `import { TelcoApi, TelcoApiV2, lookupTelcoApi, telcoProvider } from '${names.telco}';
import { SmsapiApiErrors, smsapiProvider } from '${names.smsapi}';
import { Category, isRetryable, normalize } from '${names.core}';

declare const process: { readonly version: string };

// @ts-expect-error not a member: the enum is typed, not any
void TelcoApi.NOT_A_MEMBER;

const code: TelcoApi = TelcoApi.NO_FUNDS;
const noFunds = normalize(telcoProvider, { error: { code: 2, message: '${NEW_TEXT}' } }, { httpStatus: 402 });
const badAuth = normalize(smsapiProvider, '{"error":101,"message":"Invalid authorization info."}', { httpStatus: 401 });
const undocumented = normalize(telcoProvider, { error: { code: 999, message: 'new' } });

console.log(
  JSON.stringify({
    node: process.version,
    enumValue: code,
    messageKey: TelcoApiV2.TARIFF_NOT_FOUND,
    lookup: lookupTelcoApi('1')?.key ?? null,
    text: lookupTelcoApi(2)?.text ?? null,
    telco: {
      known: noFunds.known,
      key: noFunds.known ? noFunds.key : null,
      topUp: noFunds.category === Category.INSUFFICIENT_BALANCE,
      retryable: isRetryable(noFunds),
      httpStatus: noFunds.httpStatus ?? null,
    },
    smsapi: { known: badAuth.known, key: badAuth.known ? badAuth.key : null, category: badAuth.category, code: SmsapiApiErrors.INVALID_AUTHORIZATION },
    undocumented: { known: undocumented.known, category: undocumented.category, code: undocumented.code ?? null },
  }),
);
`;
}

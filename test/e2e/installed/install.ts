import path from 'node:path';
import { CACHE } from './cache.ts';
import { cleanEnv, exec, type ExecResult } from './exec.ts';
import { installSize, type InstallSize } from './install-size.ts';
import type { Monorepo, PackageManager } from './monorepo.ts';
import { pnpmBinary } from './pnpm-binary.ts';
import { declineBuildScripts } from './pnpm-workspace.ts';
import { SYSTEM_PATH } from './run-as.ts';

/** What installing errcat into a monorepo took and gave. */
export interface InstallReport extends InstallSize {
  /** Wall-clock seconds of the install command(s). */
  seconds: number;
  /**
   * Packages whose install scripts the package manager asked to be approved
   * (npm 11's `install-scripts` warning; pnpm 12's `ERR_PNPM_IGNORED_BUILDS`,
   * which fails the install until answered). A CLI should need none.
   */
  scriptsToApprove: string[];
}

/**
 * Installs a tarball of errcat as a development dependency of the monorepo's
 * root, the way its README will tell users to, as root (the tests then make
 * the installed package root-owned and read-only):
 * - npm: `npm install -D <tarball> --prefer-offline`: errcat's dependencies
 *   come from npm's cache, which this repository's own `npm ci` filled.
 * - pnpm: `pnpm add -D -w <tarball> --prefer-offline`. pnpm has its own store
 *   (under `test/.tmp/`, see pnpm-workspace.ts): the first run on a machine
 *   fetches errcat's dependencies into it from the registry, later runs find
 *   them there. When pnpm stops on build scripts nobody approved, they are
 *   declined (recorded in `scriptsToApprove`) and the install is run again.
 * Measures what landed in `node_modules` and prints it.
 */
export async function installErrcat(repo: Monorepo, tarball: string, kind: PackageManager = repo.kind): Promise<InstallReport> {
  const started = performance.now();
  const added = await addDevDependency(repo.root, kind, tarball);
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  const size = await installSize(repo.root);
  const report = { ...size, seconds, scriptsToApprove: added.scriptsToApprove };
  console.log(
    `[installed e2e] ${kind} install of ${path.basename(tarball)}: ${size.packages} packages, ${size.megabytes} MiB of node_modules (du), ` +
      `${seconds} s` + (report.scriptsToApprove.length > 0 ? `; install scripts to approve: ${report.scriptsToApprove.join(', ')}` : ''),
  );
  return report;
}

/**
 * Adds `spec` (a registry spec or a tarball path) to the root's
 * devDependencies with the given package manager, preferring its cache; as
 * {@link installErrcat} describes. Throws with the output when it fails.
 */
export async function addDevDependency(root: string, kind: PackageManager, spec: string): Promise<{ scriptsToApprove: string[] }> {
  if (kind === 'npm') {
    const result = await exec('npm', ['install', '--save-dev', '--prefer-offline', spec], { cwd: root, env: cleanEnv() });
    check(result, `npm install -D ${spec}`);
    // npm warn install-scripts   esbuild@0.28.2 (postinstall: node install.js)
    const scriptsToApprove = [...result.stderr.matchAll(/^npm warn install-scripts\s+(\S+@\S+) \(/gm)].map((m) => m[1]!);
    return { scriptsToApprove };
  }
  const pnpm = await pnpmBinary();
  const env = pnpmRootEnv(path.dirname(pnpm));
  const first = await exec(pnpm, ['add', '--save-dev', '--workspace-root', '--prefer-offline', spec], { cwd: root, env });
  if (first.code === 0) return { scriptsToApprove: [] };
  if (!`${first.stdout}${first.stderr}`.includes('ERR_PNPM_IGNORED_BUILDS')) check(first, `pnpm add -D -w ${spec}`);
  const scriptsToApprove = await declineBuildScripts(root);
  check(await exec(pnpm, ['install', '--prefer-offline'], { cwd: root, env }), 'pnpm install (after declining build scripts)');
  return { scriptsToApprove };
}

/** The environment of pnpm run as root by the harness: its own home under `test/.tmp/`, so nothing lands in root's. */
export function pnpmRootEnv(pnpmDir: string): NodeJS.ProcessEnv {
  const env = cleanEnv({ HOME: path.join(CACHE, 'pnpm-home'), PATH: [path.dirname(process.execPath), pnpmDir, SYSTEM_PATH].join(':') });
  for (const name of Object.keys(env)) if (name.startsWith('XDG_')) delete env[name];
  return env;
}

function check(result: ExecResult, what: string): void {
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}\n${result.stdout}${result.stderr}`);
}

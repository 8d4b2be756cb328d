import path from 'node:path';
import { exec, type ExecResult } from './exec.ts';
import { handOver } from './hand-over.ts';
import { pnpmRootEnv } from './install.ts';
import type { Monorepo } from './monorepo.ts';
import type { User } from './ownership.ts';
import { pnpmBinary } from './pnpm-binary.ts';
import { runAs } from './run-as.ts';

/**
 * Runs the package manager's install in a handed-over monorepo, offline, so
 * that it links the workspace packages added since (the generated ones) and
 * the dependencies an app declared on them.
 * - npm: `npm install --offline` as the user, like any developer.
 * - pnpm: `pnpm install --offline` as root, then the monorepo is handed over
 *   again. pnpm 12 chmods the bin of every direct dependency on every
 *   install, even one with nothing to do, and a user may not chmod a file
 *   root owns (`ERR_PNPM_CMD_SHIM_CHMOD ... Operation not permitted`): with
 *   pnpm, whoever owns `node_modules/errcat` runs the installs, as in an
 *   image whose dependencies root installed.
 */
export async function linkWorkspaces(repo: Monorepo, user: User, searchPath: string): Promise<ExecResult> {
  if (repo.kind === 'npm') return runAs(user, 'npm', ['install', '--offline'], { cwd: repo.root, env: { PATH: searchPath } });
  const pnpm = await pnpmBinary();
  const result = await exec(pnpm, ['install', '--offline'], { cwd: repo.root, env: pnpmRootEnv(path.dirname(pnpm)) });
  await handOver(repo, user);
  return result;
}

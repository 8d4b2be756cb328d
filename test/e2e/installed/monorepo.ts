import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execOk } from './exec.ts';
import { pnpmSettings } from './pnpm-workspace.ts';
import { tempFolder } from './temp-folder.ts';

/** The package managers whose monorepos the tests install errcat into. */
export type PackageManager = 'npm' | 'pnpm';

/** A throw-away monorepo, as a team has before it adopts errcat. */
export interface Monorepo {
  kind: PackageManager;
  /** The repository root (absolute). */
  root: string;
  /** The root package's name; `errcat init` derives the default scope from it. */
  name: string;
  /** `telco.yaml` at the root: a catalog, for a provider errcat does not ship, that the team wrote. */
  telcoCatalog: string;
  /** Removes the repository and its temporary folder. */
  remove(): Promise<void>;
}

/** The catalog every monorepo carries; harness.test.ts checks it is valid. */
export const TELCO_YAML = fileURLToPath(new URL('telco.yaml', import.meta.url));

const NAME = 'acme-platform';

/**
 * Makes a monorepo in a fresh temporary folder: a private root package with
 * workspaces `apps/*` and `packages/*` (in `package.json` for npm, in
 * `pnpm-workspace.yaml` for pnpm, with the harness's store settings), an app
 * `apps/api`, an empty `packages/`, `telco.yaml`, a `.gitignore`, and a git
 * repository holding all of it in one commit. Owned by root until given away.
 */
export async function monorepo(kind: PackageManager): Promise<Monorepo> {
  const folder = await tempFolder(`${kind}-monorepo`);
  const root = path.join(folder.path, 'repo');
  try {
    await mkdir(path.join(root, 'apps', 'api'), { recursive: true });
    await mkdir(path.join(root, 'packages'), { recursive: true });
    const workspaces = ['apps/*', 'packages/*'];
    await writeJson(path.join(root, 'package.json'), {
      name: NAME,
      version: '1.0.0',
      private: true,
      ...(kind === 'npm' ? { workspaces } : {}),
    });
    if (kind === 'pnpm') await writeFile(path.join(root, 'pnpm-workspace.yaml'), pnpmSettings(workspaces));
    await writeJson(path.join(root, 'apps', 'api', 'package.json'), { name: `@${NAME}/api`, version: '1.0.0', private: true, type: 'module' });
    await writeFile(path.join(root, 'packages', '.gitkeep'), '');
    await writeFile(path.join(root, '.gitignore'), 'node_modules/\nbuild/\n');
    const telcoCatalog = path.join(root, 'telco.yaml');
    await copyFile(TELCO_YAML, telcoCatalog);

    const git = (...args: string[]) =>
      execOk('git', ['-c', 'init.defaultBranch=main', '-c', 'user.name=Acme', '-c', 'user.email=dev@acme.invalid', ...args], { cwd: root });
    await git('init', '--quiet');
    await git('add', '--all');
    await git('commit', '--quiet', '--message', 'A monorepo before errcat');
    return { kind, root, name: NAME, telcoCatalog, remove: folder.remove };
  } catch (error) {
    await folder.remove();
    throw error;
  }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
}

import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnv, execOk } from './exec.ts';

/** The repository's root folder. */
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Where the harness keeps what it fetched from the registry (Node 24, pnpm,
 * pnpm's store and metadata cache), so that a second run fetches nothing.
 * Inside `test/.tmp/`, which git ignores.
 */
export const CACHE = path.join(REPO, 'test', '.tmp', 'installed-e2e');

/**
 * The folder of a registry package installed once into the cache with
 * `npm install --no-save --prefix <cache>/<folder> <spec>`; later calls find
 * it there and fetch nothing. Installs go to a scratch folder renamed into
 * place, so an interrupted or concurrent install never leaves a half one.
 */
export async function cachedPackage(folder: string, spec: string, name: string): Promise<string> {
  const prefix = path.join(CACHE, folder);
  const packageDir = path.join(prefix, 'node_modules', name);
  if (await exists(path.join(packageDir, 'package.json'))) return packageDir;
  await mkdir(CACHE, { recursive: true });
  const scratch = `${prefix}.partial-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  await execOk('npm', ['install', '--no-save', '--no-package-lock', '--prefix', scratch, spec], { env: cleanEnv() });
  try {
    await rename(scratch, prefix);
  } catch (error) {
    // Another run put it there first; keep theirs.
    await rm(scratch, { recursive: true, force: true });
    if (!(await exists(path.join(packageDir, 'package.json')))) throw error;
  }
  return packageDir;
}

/** Whether a path exists. */
export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

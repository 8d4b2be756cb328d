import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { CACHE } from './cache.ts';
import { execOk } from './exec.ts';
import { assertScratch } from './temp-folder.ts';

/**
 * The real folder of a package installed in `repo`: `node_modules/<name>`
 * with links resolved, so under pnpm the folder in `node_modules/.pnpm/`.
 */
export function installedPackageDir(repo: string, name: string): Promise<string> {
  return realpath(path.join(repo, 'node_modules', name));
}

/**
 * Makes an installed package as a global or system-wide install is for the
 * user who runs it: owned by root and read-only for everyone (`chown -R
 * root:root`, then `chmod -R a-w`), links resolved first. A tool that writes
 * into its own folder (a cache, a build on first run) fails there. Returns
 * the real folder changed; refuses any folder outside the harness's own.
 */
export async function makeReadOnly(packageDir: string): Promise<string> {
  const real = await assertScratch(packageDir, CACHE);
  await execOk('chown', ['-R', '-P', 'root:root', real]);
  await execOk('chmod', ['-R', 'a-w', real]);
  return real;
}

import path from 'node:path';
import { cachedPackage } from './cache.ts';
import { execOk } from './exec.ts';

/**
 * The pnpm the tests use, pinned exactly: pnpm 12 is a native executable
 * (the `pnpm` package's install script links in `@pnpm/exe.<platform>`), and
 * its behaviour (build-script approval, lockfile policies, workspace linking)
 * moves between minor versions.
 */
export const PNPM_VERSION = '12.4.2';

let binary: Promise<string> | undefined;

/**
 * The path of pnpm {@link PNPM_VERSION}, installed once from the registry with
 * `npm install --no-save --prefix test/.tmp/installed-e2e/pnpm pnpm@12.4.2` and
 * checked to report that version.
 */
export function pnpmBinary(): Promise<string> {
  binary ??= (async () => {
    const packageDir = await cachedPackage('pnpm', `pnpm@${PNPM_VERSION}`, 'pnpm');
    const executable = path.join(packageDir, 'pnpm');
    const version = (await execOk(executable, ['--version'])).stdout.trim();
    if (version !== PNPM_VERSION) throw new Error(`pnpm@${PNPM_VERSION} reports ${version}`);
    return executable;
  })();
  return binary;
}

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GeneratedFile } from '../../../../generator/emit/generated-file.ts';
import { temporaryDir } from '../../../helpers/generated-output.ts';

/** Generated packages laid out as npm installs them, for plain Node to import. */
export interface InstalledPackages {
  /** Imports a package's entry point (`dist/index.js`) by its folder name, e.g. `core` or a provider id. */
  load(pkg: string): Promise<Record<string, unknown>>;
  remove(): Promise<void>;
}

/**
 * Writes each package's `package.json` and `dist/*.js` under a fresh
 * `node_modules/<scope>/<pkg>/`, so that a provider's `import ... from
 * '<scope>/core'` resolves as it does for a user, and modules load natively
 * (paths under node_modules are not transformed by vitest).
 */
export async function installPackages(files: readonly GeneratedFile[], scope: string): Promise<InstalledPackages> {
  const { dir, remove } = await temporaryDir('property-runtime');
  const root = path.join(dir, 'node_modules', ...scope.split('/'));
  for (const file of files) {
    if (!/^[^/]+\/(package\.json|dist\/[^/]+\.js)$/.test(file.path)) continue;
    const target = path.join(root, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content, 'utf8');
  }
  return {
    load: async (pkg) => (await import(pathToFileURL(path.join(root, pkg, 'dist', 'index.js')).href)) as Record<string, unknown>,
    remove,
  };
}

import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { execOk } from './exec.ts';
import { exists } from './cache.ts';

/** How much an install put into a repository's `node_modules`. */
export interface InstallSize {
  /** Package folders installed (each copy of a package counts; workspace links do not). */
  packages: number;
  /** Disk usage of `node_modules` in MiB, as `du` counts it. */
  megabytes: number;
}

/**
 * Measures `<root>/node_modules`: counts the real package folders in it
 * (npm's nested layout and pnpm's `.pnpm/<id>/node_modules/` alike; links,
 * which are workspace packages or pnpm's pointers into `.pnpm`, are not
 * counted) and asks `du` for its size.
 */
export async function installSize(root: string): Promise<InstallSize> {
  const nodeModules = path.join(root, 'node_modules');
  const { stdout } = await execOk('du', ['-sk', nodeModules]);
  const kib = Number(stdout.split('\t')[0]);
  return { packages: await countPackages(nodeModules), megabytes: Math.round((kib / 1024) * 10) / 10 };
}

async function countPackages(nodeModules: string): Promise<number> {
  if (!(await exists(nodeModules))) return 0;
  let count = 0;
  for (const entry of await readdir(nodeModules, { withFileTypes: true })) {
    const full = path.join(nodeModules, entry.name);
    if (!entry.isDirectory()) continue; // files, and links (lstat-based dirents)
    if (entry.name === '.pnpm') {
      for (const store of await readdir(full, { withFileTypes: true })) {
        if (store.isDirectory() && store.name !== 'node_modules') count += await countPackages(path.join(full, store.name, 'node_modules'));
      }
    } else if (entry.name.startsWith('@')) {
      count += await countPackages(full);
    } else if (!entry.name.startsWith('.') && (await lstat(path.join(full, 'package.json')).catch(() => undefined)) !== undefined) {
      count += 1 + (await countPackages(path.join(full, 'node_modules')));
    }
  }
  return count;
}

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { CACHE } from './cache.ts';

/** pnpm's content-addressable store, kept between runs so packages are fetched once per machine. */
export const PNPM_STORE = path.join(CACHE, 'pnpm-store');

/** pnpm's metadata cache (package documents, lockfile verifications), kept between runs like the store. */
export const PNPM_CACHE = path.join(CACHE, 'pnpm-cache');

/**
 * The text of a `pnpm-workspace.yaml` listing `packages`, with the settings the
 * harness needs in the file itself, so that every pnpm run in the monorepo,
 * root's or another user's, finds them:
 * - `storeDir` and `cacheDir`: the store and metadata cache under `test/.tmp/`,
 *   shared by every monorepo and run. A pnpm run by another user must use the
 *   store the install used (pnpm refuses a node_modules linked from another
 *   store), and pnpm 12 checks the lockfile against its supply-chain policies
 *   from the metadata cache, so an offline install needs that cache too.
 * - `packageImportMethod: copy`: files are copied out of the store, not hard
 *   linked. The tests change the owner and mode of installed files; with hard
 *   links that would change the store's own files, and so the files of every
 *   other monorepo installed from it.
 * - `updateNotifier: false`: pnpm would otherwise ask the registry for its
 *   latest version on commands such as `pnpm run`.
 */
export function pnpmSettings(packages: readonly string[]): string {
  return [
    'packages:',
    ...packages.map((p) => `  - ${JSON.stringify(p)}`),
    '# The test harness\'s settings (test/e2e/installed/pnpm-workspace.ts says why).',
    `storeDir: ${JSON.stringify(PNPM_STORE)}`,
    `cacheDir: ${JSON.stringify(PNPM_CACHE)}`,
    'packageImportMethod: copy',
    'updateNotifier: false',
    '',
  ].join('\n');
}

/**
 * Answers "no" to every build script pnpm left for approval: pnpm 12 stops an
 * install (`ERR_PNPM_IGNORED_BUILDS`) when a dependency has an install script
 * nobody approved, and writes each such package into `allowBuilds` of
 * `pnpm-workspace.yaml` with a placeholder instead of true or false. Returns
 * the packages it answered for.
 */
export async function declineBuildScripts(root: string): Promise<string[]> {
  const file = path.join(root, 'pnpm-workspace.yaml');
  const document = parseDocument(await readFile(file, 'utf8'));
  const answers = (document.toJS() as { allowBuilds?: Record<string, unknown> } | null)?.allowBuilds ?? {};
  const pending = Object.entries(answers)
    .filter(([, answer]) => typeof answer !== 'boolean')
    .map(([name]) => name);
  for (const name of pending) document.setIn(['allowBuilds', name], false);
  if (pending.length > 0) await writeFile(file, document.toString());
  return pending;
}

import { cp, symlink } from 'node:fs/promises';
import path from 'node:path';
import { REPO } from './run-errcat.ts';

/** The parts of this checkout the built CLI runs from: what the package ships, as `npm pack` would. */
const PACKAGE_PARTS = ['bin', 'dist', 'schema', 'templates', 'runtime', 'package.json'];

/**
 * A copy of this errcat, built, at `dir` (with this checkout's node_modules
 * linked), for tests that change errcat's own files — a template, a
 * precompiled file, a schema — without touching the checkout. Run it with
 * `runErrcat(args, { root: dir })`. Returns `dir`.
 */
export async function errcatCopy(dir: string, options: { also?: readonly string[] } = {}): Promise<string> {
  for (const part of [...PACKAGE_PARTS, ...(options.also ?? [])]) await cp(path.join(REPO, part), path.join(dir, part), { recursive: true });
  await symlink(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

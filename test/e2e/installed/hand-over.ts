import type { Monorepo } from './monorepo.ts';
import { giveTo, type User } from './ownership.ts';
import { installedPackageDir, makeReadOnly } from './read-only.ts';

/**
 * Gives the monorepo to `user` (they own it, its git repository and its
 * node_modules) except the installed errcat, which stays root's and
 * read-only. Returns errcat's real folder.
 */
export async function handOver(repo: Monorepo, user: User): Promise<string> {
  await giveTo(user, repo.root);
  return makeReadOnly(await installedPackageDir(repo.root, 'errcat'));
}

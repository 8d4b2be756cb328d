import { writeFile } from 'node:fs/promises';
import { CACHE } from './cache.ts';
import { execOk } from './exec.ts';
import { assertScratch } from './temp-folder.ts';

/** The unprivileged users the harness runs commands as, with their primary group. */
export const GROUP_OF = { nobody: 'nogroup' } as const;

/** A user the harness can run commands as (see {@link GROUP_OF}). */
export type User = keyof typeof GROUP_OF;

/**
 * Makes `user` the owner of `target` and everything below it (`chown -R`,
 * symbolic links themselves, never what they point at), as when a developer
 * clones a repository: their own files, their own git repository, so git
 * needs no `safe.directory`. Only inside the harness's own folders.
 */
export async function giveTo(user: User, target: string): Promise<void> {
  await execOk('chown', ['-R', '-P', `${user}:${GROUP_OF[user]}`, await assertScratch(target, CACHE)]);
}

/** Writes a file as the test (root) and gives it to `user`, as if they had written it. */
export async function writeFileAs(user: User, file: string, text: string): Promise<void> {
  await writeFile(file, text);
  await giveTo(user, file);
}

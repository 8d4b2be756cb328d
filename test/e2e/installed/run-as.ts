import path from 'node:path';
import { exec, NPM_QUIET, type ExecResult } from './exec.ts';
import { GROUP_OF, giveTo, type User } from './ownership.ts';
import { tempFolder, type TempFolder } from './temp-folder.ts';

/** The `PATH` a command run as another user gets unless the caller gives one. */
export const SYSTEM_PATH = '/usr/local/bin:/usr/bin:/bin';

/** Options of {@link runAs}. */
export interface RunAsOptions {
  cwd: string;
  /** Added to (and overriding) the user's environment; set `PATH` here to choose the Node. */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed; default 5 minutes. */
  timeout?: number;
}

const homes = new Map<User, Promise<TempFolder>>();

/**
 * A home folder owned by `user`, made once (until {@link removeHomes}) under
 * the system's temporary folder: npm's cache, git's and pnpm's state go
 * there, never into root's home.
 */
export async function homeOf(user: User): Promise<string> {
  let home = homes.get(user);
  if (home === undefined) {
    home = (async () => {
      const folder = await tempFolder(`home-${user}`);
      await giveTo(user, folder.path);
      return folder;
    })();
    homes.set(user, home);
  }
  return (await home).path;
}

/** Removes the home folders {@link homeOf} made; a test file calls it in `afterAll`. */
export async function removeHomes(): Promise<void> {
  const made = [...homes.values()];
  homes.clear();
  for (const home of made) await (await home).remove();
}

/**
 * Runs a command as an unprivileged user (`setpriv --reuid=<user>
 * --regid=<group> --clear-groups`), as a developer would run it: a fresh
 * environment (nothing of root's), a writable HOME of their own, npm's cache
 * in it, a git identity for commits, and the given `PATH`. Resolves with the
 * exit code and output; a non-zero exit is a result, not an error.
 */
export async function runAs(user: User, command: string, args: readonly string[], options: RunAsOptions): Promise<ExecResult> {
  const home = await homeOf(user);
  const env: NodeJS.ProcessEnv = {
    HOME: home,
    USER: user,
    LOGNAME: user,
    PATH: SYSTEM_PATH,
    LANG: 'C.UTF-8',
    npm_config_cache: path.join(home, '.npm'),
    ...NPM_QUIET,
    GIT_AUTHOR_NAME: 'Nobody',
    GIT_AUTHOR_EMAIL: 'nobody@example.invalid',
    GIT_COMMITTER_NAME: 'Nobody',
    GIT_COMMITTER_EMAIL: 'nobody@example.invalid',
    ...options.env,
  };
  return exec('/usr/bin/setpriv', [`--reuid=${user}`, `--regid=${GROUP_OF[user]}`, '--clear-groups', '--', command, ...args], {
    cwd: options.cwd,
    env,
    timeout: options.timeout ?? 300_000,
  });
}

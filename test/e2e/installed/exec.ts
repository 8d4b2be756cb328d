import { execFile } from 'node:child_process';

/** What a finished command gave: its exit code (1 when it could not start or was killed) and its output. */
export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link exec}. */
export interface ExecOptions {
  cwd?: string;
  /** The whole environment of the command (nothing is inherited). */
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the command is killed; default 5 minutes. */
  timeout?: number;
}

/**
 * Runs a command without a shell and resolves with its exit code and output;
 * a non-zero exit is a result, not an error, so a test can assert on the
 * message a failing command printed.
 */
export function exec(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env ?? cleanEnv(), timeout: options.timeout ?? 300_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        const why = error !== null && typeof error.code !== 'number' ? `\n[exec] ${command}: ${error.message}` : '';
        resolve({ code, stdout, stderr: stderr + why });
      },
    );
  });
}

/**
 * Runs a command like {@link exec} but throws, with the command and its
 * output, when it exits non-zero: for set-up steps that must succeed.
 */
export async function execOk(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const result = await exec(command, args, options);
  if (result.code !== 0) throw new Error(`${[command, ...args].join(' ')} exited ${result.code}\n${result.stdout}${result.stderr}`);
  return result;
}

/**
 * This process's environment without what `npm run`, vitest and CI add
 * (`npm_*` would point npm or pnpm at the repository's own settings,
 * `NODE_ENV` changes what they install, `CI` makes pnpm refuse to update a
 * lockfile), with npm's update check, funding and audit messages off:
 * a package manager run by the harness behaves as one run by hand, and asks
 * the registry for nothing but packages.
 */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^(npm_|vitest|node_env$|ci$)/i.test(name)) env[name] = value;
  return { ...env, ...NPM_QUIET, ...extra };
}

/** npm settings that keep it from asking the registry anything besides packages, and from printing news. */
export const NPM_QUIET: Readonly<Record<string, string>> = {
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

/** A command's output for an assertion message: exit code, stdout and stderr, each cut to its first `limit` characters. */
export function outputOf(result: ExecResult, limit = 3000): string {
  const cut = (text: string) => (text.length > limit ? `${text.slice(0, limit)}\n[… ${text.length - limit} more characters]` : text);
  return `exit ${result.code}\n--- stdout\n${cut(result.stdout)}\n--- stderr\n${cut(result.stderr)}`;
}

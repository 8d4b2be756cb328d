import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** This checkout's root folder. */
export const REPO = path.resolve(import.meta.dirname, '../..');

/** What a CLI run gave: its exit code and output. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the errcat CLI as a user does (`node bin/errcat.js ...`), by default
 * this checkout's, from its root; returns the exit code and output instead of
 * throwing on a non-zero exit. `cwd` runs it from another folder, the project
 * it writes into (its output folder must lie inside that folder).
 * `fileSizeLimitKiB` makes every write past that size fail, as on a full disk.
 * `timeoutMs` kills a run that hangs (code is then not 0).
 */
export async function runErrcat(
  args: readonly string[],
  options: { root?: string; cwd?: string; fileSizeLimitKiB?: number; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  const root = options.root ?? REPO;
  const command = [process.execPath, path.join(root, 'bin/errcat.js'), ...args];
  // A full disk, simulated: past the limit a write fails with EFBIG (SIGXFSZ, which would kill the process, ignored).
  const [file, ...rest] =
    options.fileSizeLimitKiB === undefined ? command : ['bash', '-c', `trap '' XFSZ; ulimit -f ${options.fileSizeLimitKiB}; exec "$0" "$@"`, ...command];
  try {
    const { stdout, stderr } = await run(file!, rest, {
      cwd: options.cwd ?? root,
      timeout: options.timeoutMs ?? 0,
      killSignal: 'SIGKILL',
      env: { ...process.env, ...options.env },
      maxBuffer: 64 << 20,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    // A run killed on timeout has no exit code: report it as a failure of its own (-1).
    const e = error as { code: number | string | null; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr };
  }
}

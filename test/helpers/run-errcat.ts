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
  /** With `measure`: CPU seconds (user and system) and peak resident memory of the run, in MiB; the report line is taken out of `stderr`. */
  usage?: { cpuSeconds: number; peakMiB: number };
}

/** Options of a CLI run. */
export interface RunOptions {
  /** The checkout whose CLI runs (default this one). */
  root?: string;
  /** The working folder (default `root`). */
  cwd?: string;
  /** Every write past this size fails, as on a full disk. */
  fileSizeLimitKiB?: number;
  /** Report the run's CPU time and peak memory (`usage`), for the limits on hostile input. */
  measure?: boolean;
  /** Kill the run after this long (a hang then fails the test, with code -1, instead of the whole suite). */
  timeoutMs?: number;
  /** Variables added to the environment. */
  env?: NodeJS.ProcessEnv;
}

/** The usage line test/helpers/report-usage.cjs prints on exit. */
const USAGE_LINE = /\nerrcat-usage cpu-ms=(\d+) peak-rss-kib=(\d+)\n$/;

/**
 * Runs the errcat CLI as a user does (`node bin/errcat.js ...`), by default
 * this checkout's, from `cwd` (by default its root, whose errcat.config.json
 * then applies); returns the exit code and output instead of throwing on a
 * non-zero exit. `fileSizeLimitKiB` makes every write past that size fail, as
 * on a full disk.
 */
export async function runErrcat(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const root = options.root ?? REPO;
  const preload = options.measure ? ['--require', path.join(REPO, 'test/helpers/report-usage.cjs')] : [];
  const command = [process.execPath, ...preload, path.join(root, 'bin/errcat.js'), ...args];
  // A full disk, simulated: past the limit a write fails with EFBIG (SIGXFSZ, which would kill the process, ignored).
  const [file, ...rest] =
    options.fileSizeLimitKiB === undefined ? command : ['bash', '-c', `trap '' XFSZ; ulimit -f ${options.fileSizeLimitKiB}; exec "$0" "$@"`, ...command];
  const settings = {
    cwd: options.cwd ?? root,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...options.env },
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const }),
  };
  try {
    const { stdout, stderr } = await run(file!, rest, settings);
    return withUsage({ code: 0, stdout, stderr });
  } catch (error) {
    // A run killed on timeout has no exit code: report it as a failure of its own (-1).
    const e = error as { code: number | string | null; stdout: string; stderr: string };
    return withUsage({ code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout, stderr: e.stderr });
  }
}

/** The result with the usage line, if any, moved from `stderr` to `usage`. */
function withUsage(result: CliResult): CliResult {
  const found = USAGE_LINE.exec(result.stderr);
  if (!found) return result;
  return { ...result, stderr: result.stderr.slice(0, found.index), usage: { cpuSeconds: Number(found[1]) / 1000, peakMiB: Number(found[2]) / 1024 } };
}

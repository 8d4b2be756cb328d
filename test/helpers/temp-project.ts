import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO, runErrcat, type CliResult } from './run-errcat.ts';

/**
 * A throw-away project for tests that attack the output folder: `work/` (a
 * fresh temporary folder) holds `project/`, where the CLI runs, with the
 * white-label fixture's catalogs in `project/catalogs/` and its output folder
 * at `project/generated/`; anything "outside the project" goes in `work/`.
 */
export interface TempProject {
  /** The temporary folder around the project: the place for things outside it. */
  work: string;
  /** The project folder, the CLI's working directory. */
  project: string;
  /** The output folder, `project/generated`. */
  out: string;
  /** Runs `errcat <args>` from the project. */
  errcat(args: readonly string[], options?: { timeoutMs?: number; env?: NodeJS.ProcessEnv }): Promise<CliResult>;
  /** `errcat generate` (plus `extra`) into `generated/`. */
  generate(...extra: string[]): Promise<CliResult>;
  /** Removes the whole temporary folder. */
  remove(): Promise<void>;
}

/** Makes a temporary project (see {@link TempProject}). */
export async function tempProject(prefix: string): Promise<TempProject> {
  const work = await mkdtemp(path.join(tmpdir(), `errcat-${prefix}-`));
  const project = path.join(work, 'project');
  await mkdir(project);
  await cp(path.join(REPO, 'test/fixtures/white-label/catalogs'), path.join(project, 'catalogs'), { recursive: true });
  const errcat: TempProject['errcat'] = (args, options = {}) => runErrcat(args, { cwd: project, ...options });
  return {
    work,
    project,
    out: path.join(project, 'generated'),
    errcat,
    generate: (...extra) => errcat(['generate', '--catalogs', 'catalogs', '--out', 'generated', ...extra]),
    remove: () => rm(work, { recursive: true, force: true }),
  };
}

/** Whether CLI output carries a JavaScript stack trace (which must never reach a user). */
export function hasStackTrace(result: CliResult): boolean {
  return /^\s+at .+[:(]/m.test(result.stdout + result.stderr);
}

import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { errcatCopy } from './errcat-copy.ts';
import { REPO, runErrcat } from './run-errcat.ts';
import { treeOf } from './tree-of.ts';

/** A copy of errcat in a folder of its own, with the white-label fixture's catalogs beside it, and a full run of it. */
export interface CopyRun {
  /** The folder that holds the copy (`errcat/`) and the catalogs (`catalogs/`); remove it when done. */
  work: string;
  /** The copy's root: change its `dist/`, `templates/` or `runtime/` to see what a run makes of them. */
  copy: string;
  /**
   * A full run of the copy into a new output folder, which must succeed
   * without a word on stderr: the output, less the manifest (whose record
   * hashes errcat's own files, and so differs once they change).
   */
  generate(): Promise<Record<string, string>>;
}

/** A copy of this errcat (see `errcatCopy`) set up to generate the white-label fixture's catalogs. */
export async function copyRun(prefix: string): Promise<CopyRun> {
  const work = await mkdtemp(path.join(tmpdir(), prefix));
  const copy = await errcatCopy(path.join(work, 'errcat'));
  await cp(path.join(REPO, 'test/fixtures/white-label/catalogs'), path.join(work, 'catalogs'), { recursive: true });
  let runs = 0;
  const generate = async (): Promise<Record<string, string>> => {
    const out = `generated-${++runs}`;
    const result = await runErrcat(['generate', '--catalogs', 'catalogs', '--out', out], { root: copy, cwd: work });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const { ['.errcat-manifest.json']: _manifest, ...tree } = await treeOf(path.join(work, out));
    return tree;
  };
  return { work, copy, generate };
}

/**
 * A copy run with one of the files the build wrote (`dist/<name>`) taken out:
 * the file's path and its text as the build wrote it, to put back as it was,
 * damaged or changed, and what the run's `output` is without it (compiled at
 * run time), which every run with the file must equal.
 */
export async function copyRunWithoutBuildFile<T>(
  prefix: string,
  name: string,
  output: (run: CopyRun) => Promise<T>,
): Promise<{ run: CopyRun; file: string; built: string; compiled: T }> {
  const run = await copyRun(prefix);
  const file = path.join(run.copy, 'dist', name);
  const built = await readFile(file, 'utf8');
  await rm(file);
  return { run, file, built, compiled: await output(run) };
}

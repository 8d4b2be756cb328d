import path from 'node:path';
import { REPO } from './cache.ts';
import { cleanEnv, execOk } from './exec.ts';
import { tempFolder } from './temp-folder.ts';

/** A tarball `npm pack` made of this repository. */
export interface Tarball {
  /** Absolute path of the `.tgz`, readable by every user. */
  path: string;
  /** Removes the tarball and its folder. */
  remove(): Promise<void>;
}

/**
 * Packs this repository as npm would publish it (`npm pack`, running any
 * `prepack` script) into a fresh temporary folder, never into the repository.
 */
export async function packErrcat(): Promise<Tarball> {
  const folder = await tempFolder('pack');
  try {
    const { stdout } = await execOk('npm', ['pack', '--json', '--pack-destination', folder.path], { cwd: REPO, env: cleanEnv() });
    // A prepack script may print before npm's JSON, which starts on a line of its own.
    const [packed] = JSON.parse(stdout.slice(stdout.search(/^\[$/m))) as { filename: string }[];
    if (packed === undefined) throw new Error(`npm pack reported no tarball:\n${stdout}`);
    return { path: path.join(folder.path, packed.filename), remove: folder.remove };
  } catch (error) {
    await folder.remove();
    throw error;
  }
}

/** The paths inside a tarball, as `tar -tzf` lists them (npm's start with `package/`). */
export async function tarballListing(tarball: string): Promise<string[]> {
  const { stdout } = await execOk('tar', ['-tzf', tarball]);
  return stdout.split('\n').filter((line) => line !== '');
}

/** The text of one file inside a tarball (`path` as the listing names it, `package/...`). */
export async function packedText(tarball: string, path: string): Promise<string> {
  return (await execOk('tar', ['-xzOf', tarball, path])).stdout;
}

/** The `package.json` inside a tarball, parsed. */
export async function packedManifest(tarball: string): Promise<{ name: string; version: string; bin?: string | Record<string, string> }> {
  return JSON.parse(await packedText(tarball, 'package/package.json')) as { name: string; version: string; bin?: string | Record<string, string> };
}

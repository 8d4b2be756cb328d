import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readRegularFile } from '../load/read-regular-file.ts';
import type { GeneratedFile } from '../emit/generated-file.ts';
import { MANIFEST_NAME, manifestContent, previousManifest } from './manifest.ts';
import { LOCK_NAME } from './output-lock.ts';
import { outputPath } from './output-path.ts';

/** Marks errcat's temporary files, so that a run can sweep what a killed run left. */
export const TEMP_MARKER = '.errcat-tmp-';

/** What a run would change in the output folder. */
export interface ChangePlan {
  /** Files to create, with their new content. */
  added: GeneratedFile[];
  /**
   * Files whose content differs, with old and new content; `unlike` says what
   * stands there instead when it is no file errcat wrote (a link, a folder, a
   * pipe, a file far larger than the new one), whose content is not read.
   */
  changed: { file: GeneratedFile; old: string; unlike?: string }[];
  /** Files identical on disk. */
  unchanged: string[];
  /** Files errcat made before and no longer makes. */
  removed: string[];
  /** Files under the output folder that errcat never made: left alone, reported. */
  foreign: string[];
  /** Temporary files an interrupted run left behind. */
  stale: string[];
  /** The manifest to write, as a generated file. */
  manifest: GeneratedFile;
}

/** Compares the generated files with the output folder; reads only. */
export async function planChanges(outDir: string, files: readonly GeneratedFile[]): Promise<ChangePlan> {
  const manifest = { path: MANIFEST_NAME, content: manifestContent(files.map((f) => f.path)) };
  const plan: ChangePlan = { added: [], changed: [], unchanged: [], removed: [], foreign: [], stale: [], manifest };
  for (const file of [...files, manifest]) {
    const old = await readIfExists(outputPath(outDir, file.path), file.content);
    if (old === undefined) plan.added.push(file);
    else if (typeof old !== 'string') plan.changed.push({ file, old: '', unlike: old.unlike });
    else if (old !== file.content) plan.changed.push({ file, old });
    else plan.unchanged.push(file.path);
  }
  // The lock is the writer's own, never stale output.
  const wanted = new Set([...files.map((f) => f.path), MANIFEST_NAME, LOCK_NAME]);
  const owned = new Set(await previousManifest(outDir));
  for (const existing of await filesUnder(outDir)) {
    if (wanted.has(existing)) continue;
    if (path.basename(existing).includes(TEMP_MARKER)) plan.stale.push(existing);
    else if (owned.has(existing)) plan.removed.push(existing);
    else plan.foreign.push(existing);
  }
  return plan;
}

/** Whether applying the plan would change anything errcat owns. */
export function planIsClean(plan: ChangePlan): boolean {
  return plan.added.length + plan.changed.length + plan.removed.length + plan.stale.length === 0;
}

/**
 * The text of a file in the output folder, undefined when there is none, or
 * what stands there when it is no file errcat wrote. The output folder
 * arrives with pull requests too, so it is read like a catalog: no link is
 * followed, no pipe or device read, and no more than twice the new content
 * (plus 64 KiB) is read: a file that big differs whatever it holds.
 */
async function readIfExists(file: string, content: string): Promise<string | { unlike: string } | undefined> {
  const read = await readRegularFile(file, 2 * Buffer.byteLength(content) + 64 * 1024);
  switch (read.kind) {
    case 'read':
      return read.bytes.toString('utf8');
    case 'missing':
      return undefined;
    case 'link':
      return { unlike: 'a symbolic link' };
    case 'not-regular':
      return { unlike: read.what };
    case 'too-large':
      return { unlike: 'a file far larger than the new one' };
  }
}

/** Every file under a folder, as sorted `/`-separated relative paths; `node_modules` (npm's workspace links) is skipped. */
async function filesUnder(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules') continue;
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
      else out.push(relative);
    }
  };
  await walk(root, '');
  return out.sort();
}

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
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
  /** Files whose content differs, with old and new content. */
  changed: { file: GeneratedFile; old: string }[];
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
    const old = await readIfExists(outputPath(outDir, file.path));
    if (old === undefined) plan.added.push(file);
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

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    // ENOTDIR: a parent is a file, so this file cannot exist either.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
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
      // The lock is a folder of the writer's own (see output-lock.ts), never output.
      if (entry.name === 'node_modules' || (prefix === '' && entry.name === LOCK_NAME)) continue;
      const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
      else out.push(relative);
    }
  };
  await walk(root, '');
  return out.sort();
}

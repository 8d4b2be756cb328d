import { mkdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from '../emit/generated-file.ts';
import { outputPath } from './output-path.ts';
import { TEMP_MARKER, type ChangePlan } from './plan-changes.ts';
import { WriteError } from './write-error.ts';

/**
 * Applies a plan so that every file is always whole: each new content goes to
 * a temporary file beside its target first; only when all are written are they
 * renamed over their targets (rename is atomic on one file system). A failure
 * while writing removes the temporary files and leaves the folder as it was.
 * Files no longer made are removed next, and the manifest is renamed last,
 * so a killed run is repaired by the next one.
 */
export async function applyChanges(outDir: string, plan: ChangePlan): Promise<void> {
  for (const stale of plan.stale) await rm(outputPath(outDir, stale), { force: true });
  const toWrite: GeneratedFile[] = [...plan.added, ...plan.changed.map((c) => c.file)];
  const manifestChanged = toWrite.some((f) => f.path === plan.manifest.path);
  const ordered = toWrite.filter((f) => f.path !== plan.manifest.path);
  if (manifestChanged) ordered.push(plan.manifest);

  const staged: { temp: string; target: string }[] = [];
  const madeDirs: string[] = [];
  let writing = outDir;
  try {
    for (const file of ordered) {
      const target = outputPath(outDir, file.path);
      const temp = path.join(path.dirname(target), `.${path.basename(target)}${TEMP_MARKER}${process.pid}`);
      writing = target;
      const made = await mkdir(path.dirname(target), { recursive: true });
      if (made) madeDirs.push(made);
      staged.push({ temp, target });
      await writeFile(temp, file.content, 'utf8');
    }
  } catch (error) {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    // Folders this run created hold nothing but its temporary files: the tree goes back to what it was.
    for (const dir of madeDirs.reverse()) await rm(dir, { recursive: true, force: true });
    throw new WriteError(writing, error);
  }
  const manifest = manifestChanged ? staged.pop() : undefined;
  let current = outDir;
  try {
    for (const { temp, target } of staged) {
      current = target;
      await rename(temp, target);
    }
    // Before the manifest: while it still lists them, a killed run's leftovers are errcat's to remove, not foreign files.
    for (const removed of plan.removed) {
      const target = outputPath(outDir, removed);
      current = target;
      await rm(target, { force: true });
      await removeEmptyParents(path.dirname(target), path.resolve(outDir));
    }
    if (manifest) {
      current = manifest.target;
      await rename(manifest.temp, manifest.target);
    }
  } catch (error) {
    // Past staging some files are new already; as after a kill, the next run completes the tree.
    throw new WriteError(current, error, { untouched: false });
  }
}

async function removeEmptyParents(dir: string, root: string): Promise<void> {
  let current = dir;
  while (current.startsWith(root + path.sep)) {
    try {
      await rmdir(current);
    } catch {
      return; // not empty (or gone): stop climbing
    }
    current = path.dirname(current);
  }
}

import { open, rename, rm, rmdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { encodedSize, type EncodedText, type GeneratedFile } from '../emit/generated-file.ts';
import { MANIFEST_NAME } from './manifest.ts';
import { conflictProblem, OutputConflictError } from './output-conflict-error.ts';
import { entryKind } from '../load/output/entry-kind.ts';
import { inspectPath } from '../load/output/output-entry.ts';
import { ensureFolders } from './output-folders.ts';
import { outputPath } from './output-path.ts';
import { ensureOutputRoot } from './output-root.ts';
import { planTouchesFiles, type ChangePlan } from './plan-changes.ts';
import { tempPathFor } from './temp-name.ts';
import { aFewAtATime } from '../vocabulary/a-few-at-a-time.ts';
import { WriteError } from './write-error.ts';

/**
 * Applies a plan so that every file is always whole, and only where errcat
 * may write:
 *
 * 1. A plan with conflicts (a link or special file where errcat wants a
 *    file or folder, a file errcat did not write in the way) is refused
 *    before anything is written.
 * 2. Temporary files a killed run left are swept.
 * 3. Each new content goes to a temporary file beside its target, created
 *    exclusively (never through a link), in folders checked or made one at a
 *    time (see `output-folders.ts`). A failure here removes the temporary
 *    files and the folders this run made: the folder is as it was.
 * 4. The transition manifest goes in (old and new hashes: whatever a kill
 *    leaves below is covered), then the files are renamed over their targets
 *    (atomic on one file system), files no longer made are removed, and the
 *    final manifest is renamed last. Each target is checked again just
 *    before it is touched. A killed run is completed by the next one.
 */
export async function applyChanges(outDir: string, plan: ChangePlan, options: { projectRoot: string }): Promise<void> {
  const root = (await ensureOutputRoot(options.projectRoot, outDir)).path;
  if (root !== plan.root) throw new TypeError(`the plan was made for ${plan.root}, not ${root}`);
  if (plan.unverified.length > 0) throw new TypeError(`the plan kept files that changed: ${plan.unverified.join(', ')}`);
  if (plan.conflicts.length > 0) throw new OutputConflictError(plan.conflicts.map((c) => ({ path: path.join(root, c.path), problem: c.problem })));

  for (const stale of plan.stale) await removeFile(root, stale, { untouched: true });
  const toWrite: GeneratedFile[] = [...plan.added, ...plan.changed.map((c) => c.file)].filter((f) => f.path !== MANIFEST_NAME);
  const { staged, unstage } = await stageAll(root, toWrite, plan.bytes);

  let manifestOnDisk = plan.unchanged.includes(MANIFEST_NAME) && !plan.cacheOnly ? plan.manifest.content : undefined;
  if (planTouchesFiles(plan) && manifestOnDisk !== plan.transition.content) {
    try {
      await replaceFile(root, plan.transition);
    } catch (error) {
      await unstage();
      throw error instanceof OutputConflictError ? error : new WriteError(path.join(root, MANIFEST_NAME), error);
    }
    manifestOnDisk = plan.transition.content;
  }
  let current = root;
  try {
    // A few at a time: each rename is whole on its own, and the transition manifest covers any order a kill leaves.
    current = root;
    await aFewAtATime(staged, async ({ temp, target, relative }) => {
      try {
        await checkTarget(root, relative);
        await rename(temp, target);
      } catch (error) {
        if (current === root) current = target;
        throw error;
      }
    });
    // Before the final manifest: while the manifest on disk still lists them, a killed run's leftovers are errcat's to remove.
    for (const removed of plan.removed) {
      current = path.join(root, removed);
      await removeFile(root, removed, { untouched: false });
      await removeEmptyParents(path.dirname(current), root);
    }
    for (const folder of plan.removedFolders) {
      current = path.join(root, folder);
      await removeEmptyParents(current, root);
    }
    if (manifestOnDisk !== plan.manifest.content) {
      current = path.join(root, MANIFEST_NAME);
      await replaceFile(root, plan.manifest);
    }
  } catch (error) {
    // Past staging some files are new already; as after a kill, the next run completes the tree.
    if (error instanceof OutputConflictError) throw new OutputConflictError(error.conflicts, { untouched: false });
    throw new WriteError(current, error, { untouched: false });
  }
}

interface Staged {
  temp: string;
  target: string;
  relative: string;
}

/**
 * Writes every file to its temporary file; on failure removes them and the
 * folders made, and throws. `unstage` does the same later (when the
 * transition manifest cannot be written).
 */
async function stageAll(root: string, files: readonly GeneratedFile[], bytes: ReadonlyMap<string, EncodedText>): Promise<{ staged: Staged[]; unstage: () => Promise<void> }> {
  const staged: Staged[] = [];
  const madeFolders: string[] = [];
  const unstage = async () => {
    await Promise.all(staged.map((s) => rm(s.temp, { force: true })));
    // Folders this run made held nothing but its temporary files: deepest first, each only if empty.
    for (const folder of [...madeFolders].reverse()) await rmdir(folder).catch(() => undefined);
  };
  let writing = root;
  try {
    // Folders first, one at a time and parents first (sorted), so that the files can then be written a few at a time.
    for (const dir of [...new Set(files.map((f) => path.posix.dirname(f.path)))].sort()) {
      writing = path.join(root, dir);
      madeFolders.push(...(await ensureFolders(root, dir)));
    }
    writing = root;
    await aFewAtATime(files, async (file) => {
      const target = outputPath(root, file.path);
      const temp = tempPathFor(target);
      try {
        // 'wx': created here or failing; an entry already at the temporary name (a link, say) is never written through.
        const handle = await open(temp, 'wx');
        staged.push({ temp, target, relative: file.path });
        try {
          await writeAll(handle, bytes.get(file.path) ?? [Buffer.from(file.content, 'utf8')]);
        } finally {
          await handle.close();
        }
      } catch (error) {
        if (writing === root) writing = target; // the first failure is the one reported
        throw error;
      }
    });
  } catch (error) {
    await unstage();
    if (error instanceof OutputConflictError) throw error;
    throw new WriteError(writing, error);
  }
  // Renamed in the files' order, whatever order the writes finished in.
  const order = new Map(files.map((f, i) => [f.path, i]));
  staged.sort((a, b) => order.get(a.relative)! - order.get(b.relative)!);
  return { staged, unstage };
}

/** Pieces written to a file in one pass, at most this many a call (the system's limit on one vectored write is 1,024). */
const PIECES_PER_WRITE = 1024;

/** Writes the pieces one after another from the file's start: vectored, so a file made in a thousand pieces is not a thousand writes. */
async function writeAll(handle: FileHandle, pieces: EncodedText): Promise<void> {
  let position = 0;
  for (let i = 0; i < pieces.length; i += PIECES_PER_WRITE) {
    const batch = pieces.slice(i, i + PIECES_PER_WRITE);
    const size = encodedSize(batch);
    const { bytesWritten } = await handle.writev(batch as Uint8Array[], position);
    // A vectored write that stops short (a full disk) says only how much it wrote: the rest is written again, and the system says why it fails.
    if (bytesWritten < size) await writeRest(handle, Buffer.concat(batch).subarray(bytesWritten), position + bytesWritten);
    position += size;
  }
}

/** Writes the bytes at `position`, as often as it takes; throws the system's error when it refuses. */
async function writeRest(handle: FileHandle, rest: Buffer, position: number): Promise<void> {
  for (let done = 0; done < rest.length; ) {
    const { bytesWritten } = await handle.write(rest, done, rest.length - done, position + done);
    if (bytesWritten === 0) throw new Error(`the file system took none of the last ${rest.length - done} bytes`);
    done += bytesWritten;
  }
}

/** Writes a file through a temporary file and a rename (used for the manifest). */
async function replaceFile(root: string, file: GeneratedFile): Promise<void> {
  const target = outputPath(root, file.path);
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(file.content, 'utf8');
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await checkTarget(root, file.path);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A file about to be replaced must still be a regular file (or missing), reached through real folders only. */
async function checkTarget(root: string, relative: string): Promise<void> {
  const found = await inspectPath(root, relative);
  if (found.state === 'unsafe') throw new OutputConflictError([{ path: found.at, problem: conflictProblem(found.kind, 'folder') }]);
  if (found.state === 'present' && !found.stats.isFile()) {
    throw new OutputConflictError([{ path: path.join(root, relative), problem: conflictProblem(entryKind(found.stats), 'file') }]);
  }
}

/** Removes a file errcat owns if it is still a regular file reached through real folders; anything else there is left alone. */
async function removeFile(root: string, relative: string, options: { untouched: boolean }): Promise<void> {
  const found = await inspectPath(root, relative);
  if (found.state !== 'present' || !found.stats.isFile()) return;
  const target = path.join(root, relative);
  await rm(target, { force: true }).catch((error: unknown) => {
    throw new WriteError(target, error, options);
  });
}

async function removeEmptyParents(dir: string, root: string): Promise<void> {
  let current = dir;
  while (current.startsWith(root + path.sep)) {
    try {
      await rmdir(current); // only ever removes an empty folder; a link is not a folder (ENOTDIR)
    } catch {
      return; // not empty (or gone): stop climbing
    }
    current = path.dirname(current);
  }
}

import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { entryKind, type EntryKind } from '../load/output/entry-kind.ts';
import { conflictProblem, OutputConflictError } from './output-conflict-error.ts';
import { readOutputFile } from '../load/output/output-file.ts';
import { ensureOutputRoot } from './output-root.ts';
import { WriteError } from './write-error.ts';

/** Name of the lock in the output folder: a folder, there while a run writes (git should ignore it). */
export const LOCK_NAME = '.errcat.lock';

/**
 * How the lock works, and why it is sound.
 *
 * Layout, inside the output folder:
 *
 *     .errcat.lock/                    the lock's own folder
 *     .errcat.lock/held/<pid>-<token>  the holder: its pid and a random token, in the NAME
 *     .errcat.lock/<pid>-<token>/      a run's staging folder while it tries to take the lock
 *
 * To take the lock, a run makes its staging folder holding one file of the
 * same name, then renames the folder to `held`. rename(2) of a folder onto
 * an existing path succeeds only if that path is missing or an EMPTY folder,
 * atomically; onto a non-empty one it fails (ENOTEMPTY). `held` is never
 * seen without its holder's file, because the folder and the file arrive
 * together (the old lock was an empty file for a moment, which a second run
 * read as pid 0 and deleted). So `held` has at most one file, and a run
 * holds the lock exactly while its file is there.
 *
 * A file in `held` is removed only by name, and a name is one run's own
 * (pid and 128 random bits): by its holder on release, or by a run that
 * judged that holder stale. Removing a name can never remove another run's
 * lock, so release is owner-only, and a takeover cannot hit a newer holder:
 * two runs that both judged the same dead holder stale both unlink its name
 * (one gets ENOENT), both try `rmdir held` (which only removes an empty
 * folder, so never a new holder's), and both rename their staging folder
 * onto `held`; the kernel lets exactly one through, and the other finds a
 * live holder and stops. (The old lock removed the stale FILE by path, and
 * could so remove the lock a faster run had just taken.)
 *
 * A holder is stale, and taken over at once, when its pid is not alive, is
 * 0 or 1 (no errcat run is init; errcat as a container's init is alone
 * there), or is this process's own pid while this process does not hold
 * that lock (the pid's earlier owner is gone). A lock file of the older
 * errcat (`.errcat.lock` as a file holding a pid) is judged the same way;
 * one whose content is not a pid is stale once older than
 * {@link UNREADABLE_GRACE_MS} (an older errcat may be writing its pid this
 * moment). Liveness is checked with kill(pid, 0): the lock assumes the runs
 * share one pid namespace (one machine or container), as before. A link,
 * FIFO or anything else where the lock goes, or something errcat does not
 * put in `held`, is refused with its path and never removed.
 */
const HELD = 'held';

/** A holder's (or staging folder's) name: decimal pid, a dash, 32 hex digits. */
const HOLDER_NAME = /^([0-9]{1,10})-([0-9a-f]{32})$/;

/** How old an unreadable lock file of an older errcat must be to be stale. */
export const UNREADABLE_GRACE_MS = 5_000;

/** Attempts to take the lock while it keeps changing hands (each takes microseconds). */
const MAX_ATTEMPTS = 50;

/** Holder names this process holds now: a second lockOutput in the same process must wait, not take over. */
const heldHere = new Set<string>();

/** Thrown when another live run holds the output folder (`pid` undefined: an unreadable lock of an older errcat). */
export class OutputLockedError extends Error {
  constructor(outDir: string, pid: number | undefined) {
    super(
      pid === undefined
        ? `another errcat run may be writing ${outDir}: its lock ${path.join(outDir, LOCK_NAME)} cannot be read; wait a few seconds and run again`
        : `another errcat run (pid ${pid}) is writing ${outDir}; wait for it to finish`,
    );
    this.name = 'OutputLockedError';
  }
}

/**
 * Takes the output folder for one writing run: two runs at once would
 * interleave their renames and removals. The output folder must be strictly
 * inside `projectRoot` (made if missing, see `ensureOutputRoot`). Returns the
 * release function, which removes this run's lock and nothing else.
 */
export async function lockOutput(outDir: string, options: { projectRoot: string }): Promise<() => Promise<void>> {
  const root = await ensureOutputRoot(options.projectRoot, outDir);
  const lock = path.join(root.path, LOCK_NAME);
  const shown = path.relative(process.cwd(), root.path) || root.path;
  const name = `${process.pid}-${randomBytes(16).toString('hex')}`;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (await tryToTake(lock, name, shown)) {
      heldHere.add(name);
      await sweepDeadStaging(lock);
      return () => release(lock, name);
    }
    await sleep(1 + Math.floor(Math.random() * 10)); // let the run that is moving in or out finish
  }
  throw new WriteError(lock, new Error('the lock kept changing hands; run again'));
}

/** One attempt: true when taken, false to try again (the lock changed meanwhile); throws when held or refused. */
async function tryToTake(lock: string, name: string, shown: string): Promise<boolean> {
  const found = await lstatIfAny(lock);
  if (found === undefined) {
    await mkdir(lock).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new WriteError(lock, error);
    });
    return false; // look again at what is there now
  }
  if (found.isFile()) return takeOverOldLockFile(lock, shown, found.mtimeMs);
  if (!found.isDirectory()) throw refused(lock, entryKind(found));

  const staging = path.join(lock, name);
  try {
    await mkdir(staging);
    await writeFile(path.join(staging, name), `errcat pid ${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    await removeStaging(lock, name);
    // The lock folder was removed by a run releasing it: start again.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    await rmdir(lock).catch(() => undefined); // only if empty: no lock folder left behind by a failed run
    throw new WriteError(lock, error);
  }
  try {
    await rename(staging, path.join(lock, HELD));
    return true;
  } catch (error) {
    await removeStaging(lock, name);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOTDIR' && code !== 'EISDIR') throw new WriteError(lock, error);
  }
  return judgeHolder(lock, shown);
}

/** `held` is taken: throws if its holder is live (or it is not errcat's), clears it and returns false if the holder is stale. */
async function judgeHolder(lock: string, shown: string): Promise<boolean> {
  const held = path.join(lock, HELD);
  const stats = await lstatIfAny(held);
  if (stats === undefined) return false; // released meanwhile
  if (!stats.isDirectory()) throw refused(held, entryKind(stats));
  const holders = await readdir(held).catch(() => undefined);
  if (holders === undefined || holders.length === 0) return false; // being released or taken: look again
  const match = holders.length === 1 ? HOLDER_NAME.exec(holders[0]!) : null;
  if (!match) {
    throw new OutputConflictError([{ path: held, problem: `holds entries errcat does not put in its lock; remove ${path.relative(process.cwd(), lock) || lock} if no errcat run is writing` }]);
  }
  const pid = Number(match[1]);
  if (heldHere.has(holders[0]!) || !isStale(pid)) throw new OutputLockedError(shown, pid);
  // Its holder is gone: remove exactly its name (never whatever holds `held` by then), then the folder if empty.
  await rm(path.join(held, holders[0]!), { force: true });
  await rmdir(held).catch(() => undefined);
  return false;
}

/** The lock of an older errcat: a file holding a pid. Throws while it may be live; removes it once stale. */
async function takeOverOldLockFile(lock: string, shown: string, mtimeMs: number): Promise<boolean> {
  const file = await readOutputFile(path.dirname(lock), LOCK_NAME, { keepBytes: 64, hash: false });
  if (file.kind === 'refused') throw refused(lock, file.what);
  if (file.kind !== 'file') return false;
  const text = file.head.toString('latin1').trim();
  if (/^[0-9]{1,10}$/.test(text)) {
    if (!isStale(Number(text))) throw new OutputLockedError(shown, Number(text));
  } else if (Date.now() - mtimeMs < UNREADABLE_GRACE_MS) {
    throw new OutputLockedError(shown, undefined);
  }
  // unlink never removes a folder: if a new lock folder took the name meanwhile, this fails and the next attempt sees it.
  await rm(lock).catch(() => undefined);
  return false;
}

/** Release: remove this run's own name, then the folders if they are empty (another run may be moving in). */
async function release(lock: string, name: string): Promise<void> {
  heldHere.delete(name);
  const held = path.join(lock, HELD);
  try {
    await rm(path.join(held, name), { force: true });
  } catch {
    return; // left behind, the lock names a pid that will be dead: the next run takes it over
  }
  await rmdir(held).catch(() => undefined);
  await rmdir(lock).catch(() => undefined);
}

/** Removes staging folders of runs that died while taking the lock (called while holding it). */
async function sweepDeadStaging(lock: string): Promise<void> {
  const entries = await readdir(lock).catch(() => [] as string[]);
  for (const entry of entries) {
    const match = HOLDER_NAME.exec(entry);
    if (match && isStale(Number(match[1]))) await removeStaging(lock, entry);
  }
}

/** Removes a staging folder by its exact shape: its one file, then the folder (rmdir: only if nothing else is in it). */
async function removeStaging(lock: string, name: string): Promise<void> {
  const staging = path.join(lock, name);
  await rm(path.join(staging, name), { force: true }).catch(() => undefined);
  await rmdir(staging).catch(() => undefined);
}

/**
 * Whether an entry of the output folder is part of the lock (so not foreign):
 * the lock folder (or an older errcat's lock file), `held`, staging folders
 * and the holder files in them, by their exact names and kinds.
 */
export function isLockEntry(relative: string, kind: EntryKind): boolean {
  const parts = relative.split('/');
  if (parts[0] !== LOCK_NAME) return false;
  if (parts.length === 1) return kind === 'folder' || kind === 'file';
  if (parts.length === 2) return kind === 'folder' && (parts[1] === HELD || HOLDER_NAME.test(parts[1]!));
  return parts.length === 3 && kind === 'file' && HOLDER_NAME.test(parts[2]!) && (parts[1] === HELD || parts[1] === parts[2]);
}

function isStale(pid: number): boolean {
  if (pid <= 1 || pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM'; // EPERM: alive, someone else's
  }
}

function refused(file: string, kind: EntryKind): OutputConflictError {
  return new OutputConflictError([{ path: file, problem: conflictProblem(kind, 'folder') }]);
}

async function lstatIfAny(file: string) {
  try {
    return await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new WriteError(file, error);
  }
}

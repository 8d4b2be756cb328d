import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument, isSeq, YAMLSeq } from 'yaml';

/** The workspace manager a repository uses, judged by its files. */
export type WorkspaceKind = 'pnpm' | 'npm';

/** A change to a file `errcat init` edits: its new text, or why it is left alone. */
export type FileEdit = { changed: true; text: string; summary: string } | { changed: false; summary: string };

/**
 * The root of the workspace a folder belongs to: the nearest folder from it
 * upward with a pnpm-workspace.yaml, or a package.json that declares
 * `workspaces`; the folder itself when there is none. npm and pnpm read
 * workspaces only at the root, so `errcat init` run in `apps/api` of a
 * monorepo sets errcat up there, where every command finds it again.
 */
export async function workspaceRoot(cwd: string): Promise<string> {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (await readFile(path.join(dir, 'pnpm-workspace.yaml'), 'utf8').then(() => true, () => false)) return dir;
    const pkg = await readFile(path.join(dir, 'package.json'), 'utf8').then((text) => text, () => undefined);
    if (pkg !== undefined && declaresWorkspaces(pkg)) return dir;
    if (path.dirname(dir) === dir) return path.resolve(cwd);
  }
}

function declaresWorkspaces(text: string): boolean {
  try {
    return (JSON.parse(text) as { workspaces?: unknown } | null)?.workspaces !== undefined;
  } catch {
    return false; // not JSON: npm will say so where it matters
  }
}

/** pnpm when the repository has a pnpm-workspace.yaml, npm otherwise. */
export async function workspaceKind(root: string): Promise<WorkspaceKind> {
  return (await readFile(path.join(root, 'pnpm-workspace.yaml'), 'utf8').then(() => true, () => false)) ? 'pnpm' : 'npm';
}

/** pnpm-workspace.yaml with `glob` added to `packages` (comments and order kept), unless it is there already. */
export function pnpmWorkspaceWith(text: string, glob: string): FileEdit {
  const document = parseDocument(text);
  const packages = document.get('packages', true);
  const list = isSeq(packages) ? packages : new YAMLSeq();
  if (list.items.some((item) => String((item as { value?: unknown }).value ?? item) === glob)) return { changed: false, summary: `pnpm-workspace.yaml already lists ${glob}` };
  list.add(glob);
  if (!isSeq(packages)) document.set('packages', list);
  return { changed: true, text: document.toString(), summary: `pnpm-workspace.yaml: added ${glob} to packages` };
}

/** npm's `workspaces` of a package.json with `glob` added (an array, or the `packages` of the object form), unless it is there already. */
export function npmWorkspacesWith(pkg: Record<string, unknown>, glob: string): { pkg: Record<string, unknown>; added: boolean } {
  const current = pkg.workspaces;
  if (current !== null && typeof current === 'object' && !Array.isArray(current)) {
    const packages = Array.isArray((current as { packages?: unknown }).packages) ? ((current as { packages: unknown[] }).packages) : [];
    if (packages.includes(glob)) return { pkg, added: false };
    return { pkg: { ...pkg, workspaces: { ...current, packages: [...packages, glob] } }, added: true };
  }
  const list = Array.isArray(current) ? current : [];
  if (list.includes(glob)) return { pkg, added: false };
  return { pkg: { ...pkg, workspaces: [...list, glob] }, added: true };
}

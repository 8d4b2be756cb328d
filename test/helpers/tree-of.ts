import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every file under a folder with its content, keyed by its `/`-separated
 * path, to compare whole trees; with `folders`, every folder too (as
 * `<folder>`), so that a folder left behind shows.
 */
export async function treeOf(root: string, options: { folders?: boolean } = {}): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries.sort((a, b) => (path.join(a.parentPath, a.name) < path.join(b.parentPath, b.name) ? -1 : 1))) {
    const full = path.join(entry.parentPath, entry.name);
    const name = path.relative(root, full).split(path.sep).join('/');
    if (entry.isDirectory()) {
      if (options.folders) out[name] = '<folder>';
      continue;
    }
    // A file removed while the tree is read (a lock released, say) is simply not in it.
    const content = await readFile(full, 'utf8').catch(() => undefined);
    if (content !== undefined) out[name] = content;
  }
  return out;
}

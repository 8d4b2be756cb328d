import { existsSync } from 'node:fs';
import path from 'node:path';
import { OptionError } from '../vocabulary/option-error.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import { catalogStem, displayPath, isCatalogFileName } from './catalog-files.ts';
import { decodeCatalogBytes, oversized, type DecodedCatalog } from './decode-catalog-bytes.ts';
import { git, GitError } from './git.ts';
import { parseCatalogText } from './parse-catalog-text.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';
import type { LoadResult } from './read-catalog-files.ts';

/**
 * Reads the catalog folder as it was at a git ref, as `readCatalogFiles`
 * reads it from the disk: the same size and UTF-8 checks, the same parser.
 * Each file is named `<ref>:<file>` in messages. A ref with no catalog folder
 * gives no catalogs. Returns the full id of the commit the ref named.
 *
 * Git runs in the catalog folder (or the nearest folder above it that exists
 * in the working tree), so this works from any folder of any repository.
 */
export async function readCatalogsAtRef(ref: string, dir: string): Promise<LoadResult & { commit: string }> {
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f]/.test(ref)) {
    // A leading `-` would be read by git as an option.
    throw new OptionError('<ref>', `\`${ref}\` is not a git ref`);
  }
  const folder = path.resolve(dir);
  const cwd = nearestExisting(folder);
  const pathspec = path.relative(cwd, folder).split(path.sep).join('/') || '.';
  const commit = await resolveCommit(ref, cwd);
  const listing = await git(['ls-tree', '-l', '-z', commit, '--', pathspec === '.' ? '.' : `${pathspec}/`], cwd);

  const result: LoadResult & { commit: string } = { catalogs: [], diagnostics: [], commit };
  for (const item of parseListing(listing)) {
    if (item.type !== 'blob' || item.mode === '120000' || !isCatalogFileName(item.path)) continue;
    const file = `${ref}:${displayPath(path.join(cwd, item.path))}`;
    const read = await readBlob(item, file, cwd);
    if (!read.ok) {
      result.diagnostics.push(read.diagnostic);
      continue;
    }
    const parsed = parseCatalogText(file, catalogStem(item.path), read.text);
    if (parsed.ok) result.catalogs.push(parsed.catalog);
    else result.diagnostics.push(...parsed.diagnostics);
  }
  return result;
}

/**
 * A shipped provider's resolved catalog as a project generated it at a
 * commit (`<outDir>/<id>/catalog.json`, itself a valid catalog): what that
 * commit's errcat version shipped. Undefined when the commit has none, or a
 * damaged one; the caller then falls back to the installed catalog.
 */
export async function readGeneratedCatalogAtRef(ref: string, commit: string, outDir: string, id: string): Promise<LoadedCatalog | undefined> {
  const target = path.resolve(outDir, id, 'catalog.json');
  const cwd = nearestExisting(path.dirname(target));
  try {
    const listing = await git(['ls-tree', '-l', '-z', commit, '--', path.relative(cwd, target).split(path.sep).join('/')], cwd);
    const item = parseListing(listing).find((i) => i.type === 'blob' && i.mode !== '120000');
    if (item === undefined) return undefined;
    const file = `${ref}:${displayPath(target)}`;
    const read = await readBlob(item, file, cwd);
    const parsed = read.ok ? parseCatalogText(file, id, read.text) : undefined;
    return parsed?.ok ? { ...parsed.catalog, source: file } : undefined;
  } catch (error) {
    if (error instanceof GitError) return undefined; // the output folder is outside the repository: nothing recorded
    throw error;
  }
}

async function resolveCommit(ref: string, cwd: string): Promise<string> {
  try {
    return (await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd)).toString('utf8').trim();
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    // `--quiet` makes an unknown ref fail silently; anything git says is another problem (not a repository, ...).
    const why = error.said || 'no such commit';
    throw new OptionError('<ref>', `git cannot compare with \`${ref}\`: ${why}`);
  }
}

/** One item of `git ls-tree -l -z`: `<mode> SP <type> SP <object> SP+ <size> TAB <path> NUL`. */
interface TreeItem {
  mode: string;
  type: string;
  object: string;
  size: number;
  path: string;
}

function parseListing(listing: Buffer): TreeItem[] {
  return listing
    .toString('utf8')
    .split('\0')
    .filter((line) => line !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', object = '', size = '-'] = line.slice(0, tab).split(/ +/);
      return { mode, type, object, size: size === '-' ? 0 : Number(size), path: line.slice(tab + 1) };
    });
}

/** The text of a blob, read by object id (so paths never need quoting); its size is checked from the listing before reading. */
async function readBlob(item: TreeItem, file: string, cwd: string): Promise<DecodedCatalog> {
  if (item.size > LIMITS.maxFileBytes) return oversized(file, item.size);
  return decodeCatalogBytes(await git(['cat-file', 'blob', item.object], cwd, { maxBuffer: LIMITS.maxFileBytes + 1 }), file);
}

/** The folder itself if it exists in the working tree, else its nearest ancestor that does (git needs a place to run). */
function nearestExisting(folder: string): string {
  let current = folder;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

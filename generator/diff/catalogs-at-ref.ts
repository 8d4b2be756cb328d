import { existsSync } from 'node:fs';
import path from 'node:path';
import { OptionError } from '../cli/options.ts';
import { LIMITS } from '../load/limits.ts';
import type { LoadedCatalog } from '../load/loaded-catalog.ts';
import { parseCatalogText } from '../load/parse-catalog-text.ts';
import { displayPath, firstInvalidUtf8 } from '../load/read-catalog-files.ts';
import { buildModel } from '../model/build-model.ts';
import type { Model } from '../model/model.ts';
import { CatalogError, type Diagnostic } from '../validate/diagnostic.ts';
import { validateCatalogs } from '../validate/validate-catalogs.ts';
import { git, GitError } from './git.ts';

/** Catalog files errcat reads, by extension (as `readCatalogFiles` does on disk). */
const CATALOG_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** The catalogs of a commit, resolved: the commit the ref named and the model built from them. */
export interface ModelAtRef {
  /** Full id of the commit the ref pointed to. */
  commit: string;
  model: Model;
}

/**
 * Reads the catalog folder as it was at a git ref and builds the model from
 * it, as `loadModel` does from the disk: the same parser, the same validation
 * (against today's schema and rules), the same model. If that side does not
 * validate, the diagnostics are thrown as a `CatalogError`, each located in
 * `<ref>:<file>`, since a diff against catalogs errcat cannot read would
 * report nonsense. A ref with no catalog folder gives an empty model: every
 * provider is then reported as added.
 *
 * Git runs in the catalog folder (or the nearest folder above it that exists
 * in the working tree), so this works from any folder of any repository.
 */
export async function modelAtRef(ref: string, options: { catalogDir: string; scope: string }): Promise<ModelAtRef> {
  if (ref === '' || ref.startsWith('-') || /[\u0000-\u001f]/.test(ref)) {
    // A leading `-` would be read by git as an option.
    throw new OptionError('<ref>', `\`${ref}\` is not a git ref`);
  }
  const folder = path.resolve(options.catalogDir);
  const cwd = nearestExisting(folder);
  const pathspec = path.relative(cwd, folder).split(path.sep).join('/') || '.';
  const commit = await resolveCommit(ref, cwd);
  const listing = await git(['ls-tree', '-l', '-z', commit, '--', pathspec === '.' ? '.' : `${pathspec}/`], cwd);

  const loaded: LoadedCatalog[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const item of parseListing(listing)) {
    if (item.type !== 'blob' || item.mode === '120000' || !CATALOG_EXTENSIONS.has(path.extname(item.path))) continue;
    const file = `${ref}:${displayPath(path.join(cwd, item.path))}`;
    const stem = path.basename(item.path, path.extname(item.path));
    const read = await readBlob(item, file, cwd);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const parsed = parseCatalogText(file, stem, read.text);
    if (parsed.ok) loaded.push(parsed.catalog);
    else diagnostics.push(...parsed.diagnostics);
  }
  const validated = validateCatalogs(loaded);
  diagnostics.push(...validated.diagnostics);
  if (diagnostics.length > 0) throw new CatalogError(diagnostics);
  return { commit, model: buildModel(validated.catalogs, { scope: options.scope }) };
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

/**
 * The text of a blob, refused as `readCatalogFile` refuses a file on disk:
 * over the size limit (checked before reading, from the listing) or not UTF-8.
 * Read by object id, so paths never need quoting.
 */
async function readBlob(item: TreeItem, file: string, cwd: string): Promise<{ ok: true; text: string } | { ok: false; diagnostic: Diagnostic }> {
  const refuse = (message: string, line = 1, column = 1) => ({ ok: false as const, diagnostic: { file, line, column, message, pointer: '' } });
  if (item.size > LIMITS.maxFileBytes) return refuse(`file is ${item.size} bytes, over the ${LIMITS.maxFileBytes}-byte limit for a catalog`);
  const bytes = await git(['cat-file', 'blob', item.object], cwd, { maxBuffer: LIMITS.maxFileBytes + 1 });
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, firstInvalidUtf8(bytes))).replace(/^\uFEFF/, '');
    const lines = before.split('\n');
    return refuse('file is not valid UTF-8', lines.length, [...lines[lines.length - 1]!].length + 1);
  }
}

/** The folder itself if it exists in the working tree, else its nearest ancestor that does (git needs a place to run). */
function nearestExisting(folder: string): string {
  let current = folder;
  while (!existsSync(current) && path.dirname(current) !== current) current = path.dirname(current);
  return current;
}

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../vocabulary/diagnostic.ts';
import { SetupError } from '../vocabulary/setup-error.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import { catalogStem, displayPath, isCatalogFileName, relativePosix } from './catalog-files.ts';
import { decodeCatalogBytes, refusal } from './decode-catalog-bytes.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';
import { parseCatalogText, type ParseResult } from './parse-catalog-text.ts';
import { parsedKey, type ParsedCatalogs } from './parsed-catalogs.ts';
import { readRegularFile, refusalMessage } from './read-regular-file.ts';

/** What loading catalogs found: the loaded files and every problem that stopped others. */
export interface LoadResult {
  catalogs: LoadedCatalog[];
  diagnostics: Diagnostic[];
}

/**
 * Reads every catalog file of a folder (sorted by name, so that reports are stable).
 * Links, folders, pipes and devices with a catalog's name, files too large and
 * files not valid UTF-8 are refused before parsing, each with its own problem. Generated
 * files name each catalog relative to `root`, the project root. With `parsed` (within its
 * `load`), a file whose bytes were parsed before in this process is not parsed again. Files
 * whose names `skip` gives are not read (see `CatalogSource`).
 */
export async function readCatalogFiles(dir: string, root: string, parsed?: ParsedCatalogs, skip?: (name: string) => boolean): Promise<LoadResult> {
  const names = (await catalogFolderNames(dir)).filter(isCatalogFileName).sort();
  const result: LoadResult = { catalogs: [], diagnostics: [] };
  for (const name of names) {
    const file = path.join(dir, name);
    if (skip?.(name)) {
      parsed?.keep(parsedKey(file, shownByDefault(file)));
      continue;
    }
    const loaded = await readCatalogFile(file, undefined, parsed);
    if (loaded.ok) result.catalogs.push({ ...loaded.catalog, source: relativePosix(root, file) });
    else result.diagnostics.push(...loaded.diagnostics);
  }
  return result;
}

export { relativePosix };

/** The names in a catalog folder; a missing folder or a file in its place is a setup problem the user can act on. */
async function catalogFolderNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const shown = displayPath(path.resolve(dir));
    if (code === 'ENOENT') throw new SetupError(`the catalog folder \`${shown}\` does not exist: create it, or set \`catalogs\` in errcat.config.json (\`errcat init\` writes one)`);
    if (code === 'ENOTDIR') throw new SetupError(`\`${shown}\` is a file, not a folder of catalogs: set \`catalogs\` to the folder that holds your catalog files`);
    if (code === 'EACCES' || code === 'EPERM') throw new SetupError(`the catalog folder \`${shown}\` cannot be read (permission denied)`);
    throw error;
  }
}

/**
 * Reads and parses one catalog file; `shown` names it in messages (by default
 * relative to the working directory). With `parsed`, bytes parsed before in
 * this process are not parsed again (see `ParsedCatalogs`).
 */
export async function readCatalogFile(file: string, shown = shownByDefault(file), parsed?: ParsedCatalogs): Promise<ParseResult> {
  // Never through a link, never a pipe or a device, never more than the limit: see read-regular-file.ts.
  const read = await readRegularFile(file, LIMITS.maxFileBytes);
  const refused = refusalMessage(read, 'a catalog', LIMITS.maxFileBytes);
  if (read.kind !== 'read') return { ok: false, diagnostics: [refusal(shown, refused!).diagnostic] };
  const parse = (): ParseResult => {
    const decoded = decodeCatalogBytes(read.bytes, shown);
    if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
    return parseCatalogText(shown, catalogStem(file), decoded.text);
  };
  return parsed === undefined ? parse() : parsed.parsed(parsedKey(file, shown), read.bytes, parse);
}

/** How messages name a catalog file unless told otherwise: relative to the working directory. */
function shownByDefault(file: string): string {
  return displayPath(path.resolve(file));
}

import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../vocabulary/diagnostic.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import { displayPath, isCatalogFileName } from './catalog-files.ts';
import { decodeCatalogBytes, oversized } from './decode-catalog-bytes.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';
import { parseCatalogText } from './parse-catalog-text.ts';

/** What loading catalogs found: the loaded files and every problem that stopped others. */
export interface LoadResult {
  catalogs: LoadedCatalog[];
  diagnostics: Diagnostic[];
}

/**
 * Reads every catalog file of a folder (sorted by name, so that reports are stable).
 * Files too large or not valid UTF-8 are refused before parsing.
 */
export async function readCatalogFiles(dir: string): Promise<LoadResult> {
  const names = (await readdir(dir)).filter(isCatalogFileName).sort();
  const result: LoadResult = { catalogs: [], diagnostics: [] };
  for (const name of names) {
    const loaded = await readCatalogFile(path.join(dir, name));
    if (loaded.ok) result.catalogs.push(loaded.catalog);
    else result.diagnostics.push(...loaded.diagnostics);
  }
  return result;
}

/** Reads and parses one catalog file; `shown` names it in messages (by default relative to the working directory). */
export async function readCatalogFile(
  file: string,
  shown = displayPath(path.resolve(file)),
): Promise<{ ok: true; catalog: LoadedCatalog } | { ok: false; diagnostics: Diagnostic[] }> {
  // Checked before reading, so a huge file is never read whole.
  const size = (await stat(file)).size;
  const decoded = size > LIMITS.maxFileBytes ? oversized(shown, size) : decodeCatalogBytes(await readFile(file), shown);
  if (!decoded.ok) return { ok: false, diagnostics: [decoded.diagnostic] };
  return parseCatalogText(shown, path.basename(file, path.extname(file)), decoded.text);
}

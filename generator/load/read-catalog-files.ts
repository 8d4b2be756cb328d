import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../validate/diagnostic.ts';
import { LIMITS } from './limits.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';
import { parseCatalogText } from './parse-catalog-text.ts';

/** Catalog files errcat reads, by extension. */
const CATALOG_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** What loading a folder of catalogs found: the loaded files and every problem that stopped others. */
export interface LoadResult {
  catalogs: LoadedCatalog[];
  diagnostics: Diagnostic[];
}

/**
 * Reads every catalog file of a folder (sorted by name, so that reports are stable).
 * Files too large or not valid UTF-8 are refused before parsing.
 */
export async function readCatalogFiles(dir: string): Promise<LoadResult> {
  const names = (await readdir(dir)).filter((n) => CATALOG_EXTENSIONS.has(path.extname(n))).sort();
  const result: LoadResult = { catalogs: [], diagnostics: [] };
  for (const name of names) {
    const file = displayPath(path.join(dir, name));
    const loaded = await readCatalogFile(path.join(dir, name), file);
    if (loaded.ok) result.catalogs.push(loaded.catalog);
    else result.diagnostics.push(...loaded.diagnostics);
  }
  return result;
}

/** Reads and parses one catalog file; `file` is the name shown in messages. */
export async function readCatalogFile(
  absolute: string,
  file: string,
): Promise<{ ok: true; catalog: LoadedCatalog } | { ok: false; diagnostics: Diagnostic[] }> {
  const refuse = (message: string) => ({
    ok: false as const,
    diagnostics: [{ file, line: 1, column: 1, message, pointer: '' }],
  });
  const size = (await stat(absolute)).size;
  if (size > LIMITS.maxFileBytes) {
    return refuse(`file is ${size} bytes, over the ${LIMITS.maxFileBytes}-byte limit for a catalog`);
  }
  const bytes = await readFile(absolute);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse('file is not valid UTF-8');
  }
  const stem = path.basename(absolute, path.extname(absolute));
  return parseCatalogText(file, stem, text);
}

/** Paths in messages are relative to the working directory, so output never names the machine. */
export function displayPath(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

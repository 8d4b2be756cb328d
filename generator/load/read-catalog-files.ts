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
    const bad = firstInvalidUtf8(bytes);
    // Lines and columns count the text before the bad byte, as an editor shows it.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad)).replace(/^\uFEFF/, '');
    const lines = before.split('\n');
    return {
      ok: false as const,
      diagnostics: [{ file, line: lines.length, column: [...lines[lines.length - 1]!].length + 1, message: 'file is not valid UTF-8', pointer: '' }],
    };
  }
  const stem = path.basename(absolute, path.extname(absolute));
  return parseCatalogText(file, stem, text);
}

/** Paths in messages are relative to the working directory, so output never names the machine. */
export function displayPath(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefixes would be wrong across a split sequence; a forward scan of lead bytes is exact.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

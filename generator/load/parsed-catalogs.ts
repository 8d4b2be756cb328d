import type { Diagnostic } from '../vocabulary/diagnostic.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';

/** What parsing one catalog file gave: the loaded catalog, or the problems that stopped it. */
export type ParsedFile = { ok: true; catalog: LoadedCatalog } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Catalog files this process parsed, each with the bytes it was parsed from,
 * for a process that loads the same catalogs again and again (`--watch`
 * reads every catalog on each save, and parsing an unchanged 100,000-entry
 * catalog again took half a second to give what it gave). Parsing is a
 * function of the bytes and the names the file is shown and kept by (the
 * key), so a file whose bytes are the same, byte for byte, is not parsed
 * again; any other is. Nothing downstream changes a parsed document (stages
 * copy what they sort), so one may serve several runs.
 *
 * Holds only the files the last load read (`load`): a file deleted or
 * renamed is dropped, and the memory held is what one run holds anyway.
 */
export class ParsedCatalogs {
  private readonly files = new Map<string, { bytes: Uint8Array; parsed: ParsedFile; read: boolean }>();

  /** Runs a load; the files it does not read are dropped when it ends. */
  async load<T>(read: () => Promise<T>): Promise<T> {
    for (const file of this.files.values()) file.read = false;
    try {
      return await read();
    } finally {
      for (const [key, file] of this.files) if (!file.read) this.files.delete(key);
    }
  }

  /** Drops everything held: a run about to make a large output keeps no parsed catalog beside it. */
  forget(): void {
    this.files.clear();
  }

  /** What `parse` gives for these bytes of the file known by `key`: the last parse of the same bytes, or a parse now. */
  parsed(key: string, bytes: Uint8Array, parse: () => ParsedFile): ParsedFile {
    const known = this.files.get(key);
    if (known !== undefined && Buffer.from(known.bytes.buffer, known.bytes.byteOffset, known.bytes.byteLength).equals(bytes)) {
      known.read = true;
      return known.parsed;
    }
    const parsed = parse();
    this.files.set(key, { bytes, parsed, read: true });
    return parsed;
  }
}

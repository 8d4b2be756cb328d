import path from 'node:path';
import type { ParseResult } from './parse-catalog-text.ts';

/**
 * Catalog files this process parsed, each with the bytes it was parsed from,
 * for a process that loads the same catalogs again and again (`--watch`
 * reads the catalogs on each save, and parsing an unchanged 100,000-entry
 * catalog again took half a second to give what it gave). Parsing is a
 * function of the bytes and the names the file is shown and kept by (the
 * key), so a file whose bytes are the same, byte for byte, is not parsed
 * again; any other is. Nothing downstream changes a parsed document (stages
 * copy what they sort; a test runs the whole pipeline on frozen documents),
 * so one may serve several runs.
 *
 * Held between runs, for each file the last load read (`load`): its bytes
 * and what parsing gave, the text its locator keeps included (and, once a
 * problem was located in it, the positions found). A file deleted or renamed
 * is dropped; a run about to make a large output drops everything (`forget`).
 */
export class ParsedCatalogs {
  private readonly files = new Map<string, { bytes: Buffer; parsed: ParseResult; read: boolean }>();

  /** Runs a load; the files it does not read are dropped when it ends. Every `parsed` call belongs inside one. */
  async load<T>(read: () => Promise<T>): Promise<T> {
    for (const file of this.files.values()) file.read = false;
    try {
      return await read();
    } finally {
      for (const [key, file] of this.files) if (!file.read) this.files.delete(key);
    }
  }

  /**
   * Keeps what is held of a file this load leaves unread on purpose (a
   * provider set aside, see `CatalogSource`): a run that must then read
   * every catalog, or the next one, finds it parsed if its bytes are the same.
   */
  keep(key: string): void {
    const held = this.files.get(key);
    if (held !== undefined) held.read = true;
  }

  /** Drops everything held: a run about to make a large output keeps no parsed catalog beside it. */
  forget(): void {
    this.files.clear();
  }

  /** What `parse` gives for these bytes of the file known by `key`: the last parse of the same bytes, or a parse now. */
  parsed(key: string, bytes: Buffer, parse: () => ParseResult): ParseResult {
    const known = this.files.get(key);
    if (known !== undefined && known.bytes.equals(bytes)) {
      known.read = true;
      return known.parsed;
    }
    const parsed = parse();
    this.files.set(key, { bytes, parsed, read: true });
    return parsed;
  }
}

/** How the store knows a file: by its path and the name messages show it by (parsing depends on both). */
export function parsedKey(file: string, shown: string): string {
  return `${path.resolve(file)}\0${shown}`;
}

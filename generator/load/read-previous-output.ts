import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PreviousPackage } from '../model/package-versions.ts';
import type { CatalogFile } from '../types/catalog.ts';

/**
 * What the last run wrote for each provider: the version in its package.json
 * and its catalog.json. Read as input (the generated folder is both output
 * and the record of the last release); missing or unreadable files mean
 * "no previous version".
 */
export async function readPreviousOutput(outDir: string, providerIds: readonly string[]): Promise<Map<string, PreviousPackage>> {
  const previous = new Map<string, PreviousPackage>();
  for (const id of providerIds) {
    try {
      const pkg = JSON.parse(await readFile(path.join(outDir, id, 'package.json'), 'utf8')) as { version?: unknown };
      const catalog = JSON.parse(await readFile(path.join(outDir, id, 'catalog.json'), 'utf8')) as CatalogFile;
      if (typeof pkg.version === 'string' && /^\d+\.\d+\.\d+$/.test(pkg.version)) previous.set(id, { version: pkg.version, catalog });
    } catch {
      // first generation of this provider, or a hand-damaged file: start afresh
    }
  }
  return previous;
}

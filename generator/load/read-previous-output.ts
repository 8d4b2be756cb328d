import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PreviousPackage } from '../model/package-versions.ts';
import type { CatalogFile } from '../types/catalog.ts';

/**
 * What the last run wrote for each provider: its catalog.json, and the
 * package version recorded in it (`release.version`; the package.json
 * version for output written before catalog.json recorded it). Read as input
 * (the generated folder is both output and the record of the last release);
 * missing or unreadable files mean "no previous version".
 */
export async function readPreviousOutput(outDir: string, providerIds: readonly string[]): Promise<Map<string, PreviousPackage>> {
  const previous = new Map<string, PreviousPackage>();
  for (const id of providerIds) {
    try {
      const catalog = JSON.parse(await readFile(path.join(outDir, id, 'catalog.json'), 'utf8')) as CatalogFile;
      const version = catalog.release?.version ?? (await packageVersion(outDir, id));
      if (typeof version === 'string' && /^\d+\.\d+\.\d+$/.test(version)) previous.set(id, { version, catalog });
    } catch {
      // first generation of this provider, or a hand-damaged file: start afresh
    }
  }
  return previous;
}

async function packageVersion(outDir: string, id: string): Promise<unknown> {
  return (JSON.parse(await readFile(path.join(outDir, id, 'package.json'), 'utf8')) as { version?: unknown }).version;
}

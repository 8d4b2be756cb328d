import type { PreviousPackage } from './package-versions.ts';
import type { CatalogFile } from '../types/catalog.ts';
import { readOutputText } from '../load/output/output-file.ts';

/**
 * What the last run wrote for each provider: its catalog.json, and the
 * package version recorded in it (`release.version`; the package.json
 * version for output written before catalog.json recorded it, or where the
 * record is not a version). Read as input
 * (the generated folder is both output and the record of the last release);
 * missing or unreadable files mean "no previous version". The output folder
 * arrives through pull requests, so these reads go through the writer's
 * reader: never through a link, never a FIFO or device, never more than a
 * bounded number of bytes (anything else is "no previous version" too).
 */
export async function readPreviousOutput(outDir: string, providerIds: readonly string[]): Promise<Map<string, PreviousPackage>> {
  const previous = new Map<string, PreviousPackage>();
  for (const id of providerIds) {
    try {
      const catalog = JSON.parse((await readOutputText(outDir, `${id}/catalog.json`)) ?? '') as CatalogFile;
      const recorded = catalog.release?.version;
      const version = isVersion(recorded) ? recorded : await packageVersion(outDir, id);
      if (isVersion(version)) previous.set(id, { version, catalog });
    } catch {
      // first generation of this provider, or a hand-damaged file: start afresh
    }
  }
  return previous;
}

async function packageVersion(outDir: string, id: string): Promise<unknown> {
  return (JSON.parse((await readOutputText(outDir, `${id}/package.json`)) ?? '') as { version?: unknown }).version;
}

function isVersion(value: unknown): value is string {
  return typeof value === 'string' && /^\d+\.\d+\.\d+$/.test(value);
}

import path from 'node:path';
import { readRegularFile } from '../load/read-regular-file.ts';
import { LIMITS } from '../vocabulary/limits.ts';

/** Name of the manifest in the output folder: the files errcat made in its last run. */
export const MANIFEST_NAME = '.errcat-manifest.json';

/** The manifest's content: sorted paths, so the file itself is deterministic. */
export function manifestContent(paths: readonly string[]): string {
  return JSON.stringify({ '//': 'Files errcat generated here; it removes those it no longer makes.', files: [...paths].sort() }, null, 2) + '\n';
}

/** Paths the previous run made, or none when there is no readable manifest (a first run). */
export async function previousManifest(outDir: string): Promise<string[]> {
  try {
    // Read like any file of a pull request: a link, a pipe or a huge file is no manifest.
    const read = await readRegularFile(path.join(outDir, MANIFEST_NAME), LIMITS.maxFileBytes);
    if (read.kind !== 'read') return [];
    const parsed = JSON.parse(read.bytes.toString('utf8')) as { files?: unknown };
    return Array.isArray(parsed.files) ? parsed.files.filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

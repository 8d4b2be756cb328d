import path from 'node:path';
import type { LoadedCatalog } from './loaded-catalog.ts';

/** Catalog files errcat reads, by extension. */
const CATALOG_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Whether a file name is one errcat reads as a catalog (`.yaml`, `.yml` or `.json`). */
export function isCatalogFileName(name: string): boolean {
  return CATALOG_EXTENSIONS.has(path.extname(name));
}

/**
 * A catalog file's name without folder or extension, which validation holds
 * equal to its provider's id: `acme` for `catalogs/acme.yaml`, for a path as
 * the system gives it or a name as output gives it.
 */
export function catalogStem(file: string): string {
  return path.basename(file, path.extname(file));
}

/** The provider id a loaded (not yet validated) catalog declares, if it declares one. */
export function providerIdOf(catalog: LoadedCatalog): string | undefined {
  const id = (catalog.value as { provider?: { id?: unknown } } | null)?.provider?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Paths in messages are relative to the working directory, so output never names the machine. */
export function displayPath(p: string): string {
  const relative = path.relative(process.cwd(), p);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** `to` relative to `from`, with `/` on every platform: how output names a file. */
export function relativePosix(from: string, to: string): string {
  return path.relative(path.resolve(from), path.resolve(to)).split(path.sep).join('/');
}

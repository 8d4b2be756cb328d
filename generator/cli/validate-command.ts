import { loadModel } from '../model/load-model.ts';

/** `errcat validate`: load and validate every catalog; prints a summary. Problems surface as a `CatalogError`. */
export async function validateCommand(options: { catalogDir: string; scope: string }, print: (line: string) => void): Promise<number> {
  const { model } = await loadModel({ kind: 'folder', dir: options.catalogDir }, { scope: options.scope });
  print(`errcat: ${model.providers.length} catalogs valid (${model.entryCount} entries, inheritance resolved)`);
  return 0;
}

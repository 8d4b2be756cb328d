import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolvedCatalog } from '../model/resolved-catalog.ts';
import { loadModel } from '../model/load-model.ts';
import { checkSources, formatSourceCheckReport } from '../sources/index.ts';
import { OptionError } from '../vocabulary/option-error.ts';

/**
 * `errcat check-sources <dir>`: proves every entry of the provider documents
 * in a folder is in the (resolved) catalogs verbatim, and that the catalogs
 * invent none. Exit 1 names each document that disagrees.
 */
export async function checkSourcesCommand(
  documentDir: string,
  options: { catalogDir: string; scope: string },
  print: (line: string) => void,
): Promise<number> {
  const names = await readdir(documentDir).catch(() => {
    throw new OptionError('<dir>', `cannot read the folder \`${documentDir}\``);
  });
  const documents = await Promise.all(
    names
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map(async (name) => ({ name, text: await readFile(path.join(documentDir, name), 'utf8') })),
  );
  const { model } = await loadModel({ kind: 'folder', dir: options.catalogDir, root: '.' }, { scope: options.scope });
  const report = checkSources(documents, model.providers.map(resolvedCatalog));
  print(formatSourceCheckReport(report));
  return report.ok ? 0 : 1;
}

import { RESERVED_IDS } from '../../vocabulary/output-units.ts';
import { problemAt, placeOf, type SemanticRule } from './rule.ts';

/**
 * A provider id names a folder and an npm package, so it must be unique, not
 * reserved, and equal to the file name (so the file that made a folder is obvious).
 */
export const providerIdentity: SemanticRule = (catalogs) => {
  const out = [];
  const firstById = new Map<string, (typeof catalogs)[number]>();
  for (const c of catalogs) {
    const id = c.file.provider.id;
    if (id !== c.loaded.stem) {
      out.push(problemAt(c, '/provider/id', `provider id \`${id}\` does not match the file name; name the file \`${id}${extensionOf(c.loaded.file)}\``));
    }
    if (RESERVED_IDS.has(id)) {
      out.push(problemAt(c, '/provider/id', `provider id \`${id}\` is reserved by errcat (generated/${id} is its own)`));
    }
    const first = firstById.get(id);
    if (first) out.push(problemAt(c, '/provider/id', `duplicate provider id \`${id}\`: also at ${placeOf(first, '/provider/id')}`));
    else firstById.set(id, c);
  }
  return out;
};

function extensionOf(file: string): string {
  return /\.[a-z]+$/.exec(file)?.[0] ?? '.yaml';
}

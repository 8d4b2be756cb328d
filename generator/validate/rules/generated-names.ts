import { chainOf } from '../../vocabulary/extends-chain.ts';
import { pascalCase } from '../../vocabulary/names.ts';
import { nameClashes } from '../../vocabulary/symbol-names.ts';
import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { problemAt, type SemanticRule } from './rule.ts';

/**
 * A catalog id names its enum and every export of its module, so within one
 * package (a provider's own catalogs and those it inherits) no two ids may
 * make the same name, nor make a name the package or its imports already
 * have. Refused rather than suffixed: a suffix chosen by sort order would
 * rename another catalog's exports when a catalog is added.
 */
export const generatedNames: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  const byId = new Map(catalogs.map((c) => [c.file.provider.id, c]));
  for (const c of catalogs) {
    const own = new Map((c.file.catalogs ?? []).map((catalog, i) => [catalog.id, `/catalogs/${i}/id`]));
    // Each id once: a duplicate or redefined id is the structure and inheritance rules' to report.
    const ids = [...new Set(chainOf(c, byId).flatMap((link) => (link.file.catalogs ?? []).map((catalog) => catalog.id)))];
    for (const clash of nameClashes(pascalCase(c.file.provider.id), ids)) {
      // At the id in this file; where both catalogs are inherited, at the provider id that makes the package.
      const pointer = own.get(clash.catalogId) ?? (clash.otherCatalogId !== undefined ? own.get(clash.otherCatalogId) : undefined) ?? '/provider/id';
      out.push(
        problemAt(
          c,
          pointer,
          clash.otherCatalogId === undefined
            ? `catalog id \`${clash.catalogId}\` would declare \`${clash.name}\`, a name the generated package already uses; choose another id`
            : `catalog ids \`${clash.otherCatalogId}\` and \`${clash.catalogId}\` would both declare \`${clash.name}\` in the generated package; rename one of them`,
        ),
      );
    }
  }
  return out;
};

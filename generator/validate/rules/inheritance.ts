import { chainOf } from '../../vocabulary/extends-chain.ts';
import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { problemAt, type SchemaValidCatalog, type SemanticRule } from './rule.ts';

/**
 * `extends` must name a known provider and never loop; a white-label copy adds
 * catalogs of its own but does not redefine an inherited one (no entry twice).
 */
export const inheritance: SemanticRule = (catalogs, context) => {
  const out: Diagnostic[] = [];
  const byId = new Map(catalogs.map((c) => [c.file.provider.id, c]));
  for (const c of catalogs) {
    const parentId = c.file.provider.extends;
    if (parentId === undefined) continue;
    if (parentId === c.file.provider.id) {
      out.push(problemAt(c, '/provider/extends', `provider \`${parentId}\` extends itself`));
      continue;
    }
    if (!byId.has(parentId)) {
      // The parent exists but failed the schema: its own problems are reported; this file is fine.
      if (context.providerIds.has(parentId)) continue;
      const known = [...context.providerIds].sort().join(', ');
      out.push(problemAt(c, '/provider/extends', `\`extends: ${parentId}\` names no provider; known providers: ${known}`));
      continue;
    }
    const cycle = cycleFrom(c, byId);
    if (cycle) {
      out.push(problemAt(c, '/provider/extends', `\`extends\` forms a cycle: ${cycle.join(' → ')}`));
      continue;
    }
    const inherited = inheritedCatalogIds(c, byId);
    (c.file.catalogs ?? []).forEach((catalog, i) => {
      const from = inherited.get(catalog.id);
      if (from) {
        out.push(
          problemAt(c, `/catalogs/${i}/id`, `catalog \`${catalog.id}\` is inherited from \`${from}\`; a provider that extends another adds catalogs, it does not redefine them`),
        );
      }
    });
  }
  return out;
};

function cycleFrom(start: SchemaValidCatalog, byId: Map<string, SchemaValidCatalog>): string[] | undefined {
  const path = [start.file.provider.id];
  let current: SchemaValidCatalog | undefined = start;
  while (current?.file.provider.extends !== undefined) {
    const next = current.file.provider.extends;
    if (path.includes(next)) return [...path.slice(path.indexOf(next)), next];
    path.push(next);
    current = byId.get(next);
  }
  return undefined;
}

function inheritedCatalogIds(c: SchemaValidCatalog, byId: Map<string, SchemaValidCatalog>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const ancestor of chainOf(c, byId).slice(1)) {
    for (const catalog of ancestor.file.catalogs ?? []) if (!ids.has(catalog.id)) ids.set(catalog.id, ancestor.file.provider.id);
  }
  return ids;
}

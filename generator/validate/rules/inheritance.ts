import { abbreviatedChain, abbreviatedList, abbreviatedSequence } from '../../vocabulary/abbreviate.ts';
import { chainOf, extendsCycles, type ExtendsCycle } from '../../vocabulary/extends-chain.ts';
import { LIMITS } from '../../vocabulary/limits.ts';
import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { problemAt, type SchemaValidCatalog, type SemanticRule } from './rule.ts';

/**
 * `extends` must name a known provider, never loop, and reach at most
 * `LIMITS.maxExtendsDepth` ancestors; a white-label copy adds catalogs of its
 * own but does not redefine an inherited one (no entry twice).
 */
export const inheritance: SemanticRule = (catalogs, context) => {
  const out: Diagnostic[] = [];
  const byId = new Map(catalogs.map((c) => [c.file.provider.id, c]));
  // Listed once, abbreviated: with thousands of providers, each message would repeat them all.
  const known = abbreviatedList([...context.providerIds].sort());
  const cycles = extendsCycles(byId);
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
      out.push(problemAt(c, '/provider/extends', `\`extends: ${parentId}\` names no provider; known providers: ${known}`));
      continue;
    }
    const cycle = cycles.get(c.file.provider.id);
    if (cycle) {
      out.push(problemAt(c, '/provider/extends', cycleMessage(cycle)));
      continue;
    }
    const chain = chainOf(c, byId);
    if (chain.length > LIMITS.maxExtendsDepth + 1) {
      const ids = chain.map((link) => link.file.provider.id);
      out.push(problemAt(c, '/provider/extends', `\`extends\` gives \`${c.file.provider.id}\` more than ${LIMITS.maxExtendsDepth} ancestors, the limit: ${abbreviatedChain(ids)} → …`));
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

/**
 * `extends` forms a cycle: a → b → a, from the cycle's first provider the
 * chain reaches (the provider itself when it is on it), abbreviated.
 */
function cycleMessage(cycle: ExtendsCycle): string {
  const n = cycle.ids.length;
  const through = n > 2 ? ` of ${n} providers` : '';
  return `\`extends\` forms a cycle${through}: ${abbreviatedSequence(n + 1, (i) => cycle.ids[(cycle.entry + i) % n]!)}`;
}

function inheritedCatalogIds(c: SchemaValidCatalog, byId: Map<string, SchemaValidCatalog>): Map<string, string> {
  const ids = new Map<string, string>();
  for (const ancestor of chainOf(c, byId).slice(1)) {
    for (const catalog of ancestor.file.catalogs ?? []) if (!ids.has(catalog.id)) ids.set(catalog.id, ancestor.file.provider.id);
  }
  return ids;
}

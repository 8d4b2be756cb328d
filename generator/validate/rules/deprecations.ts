import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { forEachEntry, problemAt, type SemanticRule } from './rule.ts';

/** `deprecated.replacedBy` must name another entry of the same catalog. */
export const deprecations: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    // Made on the first `replacedBy`: most catalogs have none, and a large one's keys are many.
    let keysByCatalog: Set<string>[] | undefined;
    const keysOf = (ci: number) => (keysByCatalog ??= (c.file.catalogs ?? []).map((catalog) => new Set(catalog.sections.flatMap((s) => s.entries.map((e) => e.key)))))[ci]!;
    forEachEntry(c, (entry, pointer, ci) => {
      const replacedBy = typeof entry.deprecated === 'object' ? entry.deprecated.replacedBy : undefined;
      if (replacedBy === undefined) return;
      if (replacedBy === entry.key) out.push(problemAt(c, `${pointer}/deprecated/replacedBy`, `\`${entry.key}\` cannot be replaced by itself`));
      else if (!keysOf(ci).has(replacedBy)) {
        out.push(problemAt(c, `${pointer}/deprecated/replacedBy`, `\`replacedBy: ${replacedBy}\` names no entry of catalog \`${c.file.catalogs![ci]!.id}\``));
      }
    });
  }
  return out;
};

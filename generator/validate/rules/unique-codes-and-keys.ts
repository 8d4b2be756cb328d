import type { Diagnostic } from '../diagnostic.ts';
import { forEachEntry, placeOf, problemAt, type SemanticRule } from './rule.ts';

/** Codes and keys are identities within a catalog: each may appear once. Every duplicate names the first place. */
export const uniqueCodesAndKeys: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    const codes = new Map<string, { place: string; key: string }>();
    const keys = new Map<string, string>();
    forEachEntry(c, (entry, pointer, ci) => {
      const catalogId = c.file.catalogs![ci]!.id;
      const firstKey = keys.get(`${ci}\u0000${entry.key}`);
      if (firstKey) out.push(problemAt(c, `${pointer}/key`, `duplicate key \`${entry.key}\` in catalog \`${catalogId}\`: also at ${firstKey}`));
      else keys.set(`${ci}\u0000${entry.key}`, placeOf(c, `${pointer}/key`));
      if (entry.code === undefined) return;
      // The wire carries "40" and 40 alike, so a string "40" and an integer 40 are one code.
      const codeId = `${ci}\u0000${String(entry.code)}`;
      const firstCode = codes.get(codeId);
      if (firstCode) {
        out.push(problemAt(c, `${pointer}/code`, `duplicate code ${String(entry.code)} in catalog \`${catalogId}\` (\`${entry.key}\`): also at ${firstCode.place} (\`${firstCode.key}\`)`));
      } else codes.set(codeId, { place: placeOf(c, `${pointer}/code`), key: entry.key });
    });
  }
  return out;
};

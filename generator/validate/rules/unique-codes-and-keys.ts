import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { forEachEntry, placeOf, problemAt, type SemanticRule } from './rule.ts';

/**
 * Codes and keys are identities within a catalog: each may appear once. Every
 * duplicate names the first place. Places are looked up only for duplicates:
 * locating parses the file again, which valid catalogs never pay for.
 */
export const uniqueCodesAndKeys: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    const codes = new Map<string, { pointer: string; key: string }>();
    const keys = new Map<string, string>();
    forEachEntry(c, (entry, pointer, ci) => {
      const catalogId = c.file.catalogs![ci]!.id;
      const keyId = `${ci}\u0000${entry.key}`;
      const firstKey = keys.get(keyId);
      if (firstKey !== undefined) {
        out.push(problemAt(c, `${pointer}/key`, `duplicate key \`${entry.key}\` in catalog \`${catalogId}\`: also at ${placeOf(c, firstKey)}`));
      } else keys.set(keyId, `${pointer}/key`);
      if (entry.code === undefined) return;
      // The wire carries "40" and 40 alike, so a string "40" and an integer 40 are one code.
      const codeId = `${ci}\u0000${String(entry.code)}`;
      const firstCode = codes.get(codeId);
      if (firstCode) {
        out.push(
          problemAt(c, `${pointer}/code`, `duplicate code ${String(entry.code)} in catalog \`${catalogId}\` (\`${entry.key}\`): also at ${placeOf(c, firstCode.pointer)} (\`${firstCode.key}\`)`),
        );
      } else codes.set(codeId, { pointer: `${pointer}/code`, key: entry.key });
    });
  }
  return out;
};

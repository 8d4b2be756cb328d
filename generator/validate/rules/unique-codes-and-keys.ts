import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { forEachEntry, placeOf, problemAt, type EntryPointer, type SemanticRule } from './rule.ts';

/**
 * Codes and keys are identities within a catalog: each may appear once. Every
 * duplicate names the first place. Places are looked up only for duplicates:
 * locating parses the file again, which valid catalogs never pay for.
 */
export const uniqueCodesAndKeys: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    // One map a catalog of the file: codes and keys are unique within a catalog.
    const codes = (c.file.catalogs ?? []).map(() => new Map<string, { pointer: EntryPointer; key: string }>());
    const keys = (c.file.catalogs ?? []).map(() => new Map<string, EntryPointer>());
    forEachEntry(c, (entry, pointer, ci) => {
      const firstKey = keys[ci]!.get(entry.key);
      if (firstKey !== undefined) {
        out.push(problemAt(c, `${pointer}/key`, `duplicate key \`${entry.key}\` in catalog \`${c.file.catalogs![ci]!.id}\`: also at ${placeOf(c, `${firstKey}/key`)}`));
      } else keys[ci]!.set(entry.key, pointer);
      if (entry.code === undefined) return;
      // The wire carries "40" and 40 alike, so a string "40" and an integer 40 are one code.
      const codeId = String(entry.code);
      const firstCode = codes[ci]!.get(codeId);
      if (firstCode) {
        out.push(
          problemAt(c, `${pointer}/code`, `duplicate code ${codeId} in catalog \`${c.file.catalogs![ci]!.id}\` (\`${entry.key}\`): also at ${placeOf(c, `${firstCode.pointer}/code`)} (\`${firstCode.key}\`)`),
        );
      } else codes[ci]!.set(codeId, { pointer, key: entry.key });
    });
  }
  return out;
};

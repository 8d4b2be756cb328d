import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { forEachEntry, placeOf, problemAt, type EntryPointer, type SemanticRule } from './rule.ts';

/**
 * A previous key names what an entry used to be called, so it must not be a
 * key in use in the same catalog, nor claimed by two entries: either would
 * make a rename ambiguous.
 */
export const previousKeys: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    // Keys in use, a map a catalog of the file: most entries have no previous key, so this is the rule's cost.
    const current = (c.file.catalogs ?? []).map(() => new Map<string, EntryPointer>());
    forEachEntry(c, (entry, pointer, ci) => current[ci]!.set(entry.key, pointer));
    const claimed = new Map<string, string>();
    forEachEntry(c, (entry, pointer, ci) => {
      (entry.previousKeys ?? []).forEach((previous, i) => {
        const at = `${pointer}/previousKeys/${i}`;
        const id = `${ci}\u0000${previous}`;
        const inUse = current[ci]!.get(previous);
        if (inUse !== undefined) out.push(problemAt(c, at, `previous key \`${previous}\` of \`${entry.key}\` is a key in use: ${placeOf(c, `${inUse}/key`)}`));
        const other = claimed.get(id);
        if (other !== undefined) out.push(problemAt(c, at, `previous key \`${previous}\` is also claimed at ${placeOf(c, other)}`));
        else claimed.set(id, at);
      });
    });
  }
  return out;
};

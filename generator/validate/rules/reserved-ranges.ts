import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { forEachEntry, placeOf, problemAt, type SemanticRule } from './rule.ts';

/** A reserved range is well formed (from ≤ to), only in integer catalogs, does not overlap another, and holds no entry. */
export const reservedRanges: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    (c.file.catalogs ?? []).forEach((catalog, ci) => {
      const ranges: { from: number; to: number; pointer: string }[] = [];
      catalog.sections.forEach((section, si) =>
        (section.reserved ?? []).forEach((range, ri) => {
          const pointer = `/catalogs/${ci}/sections/${si}/reserved/${ri}`;
          // A missing codeType is the structure rule's to report; only a non-integer one rules ranges out.
          if (catalog.kind === 'error-message' || catalog.codeType === 'string') {
            out.push(problemAt(c, pointer, `reserved ranges need integer codes; catalog \`${catalog.id}\` has ${catalog.codeType === 'string' ? 'string' : 'no'} codes`));
            return;
          }
          if (range.from > range.to) {
            out.push(problemAt(c, `${pointer}/from`, `reserved range ${range.from}-${range.to} is empty: \`from\` is greater than \`to\``));
            return;
          }
          const overlap = ranges.find((r) => r.from <= range.to && range.from <= r.to);
          if (overlap) out.push(problemAt(c, pointer, `reserved range ${range.from}-${range.to} overlaps ${overlap.from}-${overlap.to} at ${placeOf(c, overlap.pointer)}`));
          ranges.push({ from: range.from, to: range.to, pointer });
        }),
      );
      forEachEntry(c, (entry, pointer, entryCatalog) => {
        if (entryCatalog !== ci || typeof entry.code !== 'number') return;
        const code = entry.code;
        const range = ranges.find((r) => r.from <= code && code <= r.to);
        if (range) out.push(problemAt(c, `${pointer}/code`, `code ${code} of \`${entry.key}\` lies in the reserved range ${range.from}-${range.to} (${placeOf(c, range.pointer)})`));
      });
    });
  }
  return out;
};

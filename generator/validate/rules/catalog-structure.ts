import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { forEachEntry, placeOf, problemAt, type SemanticRule } from './rule.ts';

/** Module names every provider package has for itself (`src/index.ts`, `src/parse.ts`): a catalog id becomes a module name. */
const RESERVED_CATALOG_IDS = new Set(['index', 'parse']);

/**
 * Each catalog kind says what a code is: `error-message` entries have none;
 * the others need one, of the catalog's `codeType`; HTTP statuses are 100-599.
 * Catalog and section ids are unique where they name files and anchors, and
 * a catalog id is not one of the package's own module names.
 * (Maps hold pointers; places are looked up only for a problem.)
 */
export const catalogStructure: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    const catalogIds = new Map<string, string>();
    (c.file.catalogs ?? []).forEach((catalog, ci) => {
      const base = `/catalogs/${ci}`;
      const seen = catalogIds.get(catalog.id);
      if (seen) out.push(problemAt(c, `${base}/id`, `duplicate catalog id \`${catalog.id}\`: also at ${placeOf(c, seen)}`));
      else catalogIds.set(catalog.id, `${base}/id`);
      if (RESERVED_CATALOG_IDS.has(catalog.id)) {
        out.push(problemAt(c, `${base}/id`, `catalog id \`${catalog.id}\` is reserved by errcat (src/${catalog.id}.ts is the package's own module); choose another, e.g. \`${catalog.id}-errors\``));
      }

      if (catalog.kind === 'error-message' && catalog.codeType !== undefined) {
        out.push(problemAt(c, `${base}/codeType`, '`codeType` is meaningless in an `error-message` catalog: its entries have no code', { key: true }));
      }
      if (catalog.kind !== 'error-message' && catalog.codeType === undefined) {
        out.push(problemAt(c, base, `missing required field \`codeType\` (an \`${catalog.kind}\` catalog has codes)`));
      }
      if (catalog.kind === 'http-status' && catalog.codeType === 'string') {
        out.push(problemAt(c, `${base}/codeType`, 'an `http-status` catalog has integer codes'));
      }
      const sectionIds = new Map<string, string>();
      catalog.sections.forEach((section, si) => {
        const pointer = `${base}/sections/${si}/id`;
        const first = sectionIds.get(section.id);
        if (first) out.push(problemAt(c, pointer, `duplicate section id \`${section.id}\` in catalog \`${catalog.id}\`: also at ${placeOf(c, first)}`));
        else sectionIds.set(section.id, pointer);
      });
    });

    forEachEntry(c, (entry, pointer, ci) => {
      const catalog = c.file.catalogs![ci]!;
      if (catalog.kind === 'error-message') {
        if (entry.code !== undefined) {
          out.push(problemAt(c, `${pointer}/code`, `entry \`${entry.key}\` has a code, but catalog \`${catalog.id}\` is \`error-message\` (entries are known by their text)`, { key: true }));
        }
        return;
      }
      if (entry.code === undefined) {
        out.push(problemAt(c, String(pointer), `entry \`${entry.key}\` has no \`code\`; every entry of an \`${catalog.kind}\` catalog needs one`));
        return;
      }
      const wanted = catalog.codeType ?? 'integer';
      const actual = typeof entry.code === 'number' ? 'integer' : 'string';
      if (wanted !== actual) {
        out.push(problemAt(c, `${pointer}/code`, `code ${JSON.stringify(entry.code)} of \`${entry.key}\` is a ${actual}, but catalog \`${catalog.id}\` has ${wanted} codes`));
      }
      if (catalog.kind === 'http-status' && typeof entry.code === 'number' && (entry.code < 100 || entry.code > 599)) {
        out.push(problemAt(c, `${pointer}/code`, `code ${entry.code} of \`${entry.key}\` is not an HTTP status (100-599)`));
      }
    });
  }
  return out;
};

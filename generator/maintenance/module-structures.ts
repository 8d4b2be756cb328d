// Build-only: the catalogs whose module templates `npm run build` compiles
// ahead of time besides the shipped ones (see precompile-modules.ts). Not
// part of the CLI bundle.
import type { CatalogFile } from '../types/catalog.ts';

/**
 * What makes one catalog module's template differ from another's: whether
 * the catalog has codes, and of which type; whether an entry was renamed
 * (a table of previous keys); whether it reserves a range (integer codes
 * only). Names and texts never do (`module-template.ts`).
 */
const CATALOG_STRUCTURES = [
  { codeType: 'integer', renamed: false, reserved: false },
  { codeType: 'integer', renamed: true, reserved: false },
  { codeType: 'integer', renamed: false, reserved: true },
  { codeType: 'integer', renamed: true, reserved: true },
  { codeType: 'string', renamed: false, reserved: false },
  { codeType: 'string', renamed: true, reserved: false },
  { codeType: undefined, renamed: false, reserved: false },
  { codeType: undefined, renamed: true, reserved: false },
] as const;

/** The most catalogs a provider's parser is precompiled for (its imports are its structure); a provider with more compiles its parser's template. */
const MAX_PARSED_CATALOGS = 6;

type Structure = (typeof CATALOG_STRUCTURES)[number];

/** One catalog of a structure, with one entry (renamed from a previous key, for a structure with a rename). */
function catalogOf(id: string, structure: Structure, kind?: 'http-status' | 'delivery-status'): NonNullable<CatalogFile['catalogs']>[number] {
  const code = structure.codeType === 'string' ? 'E1' : kind === 'http-status' ? 401 : 1;
  const entry = { key: 'FIRST', text: 'First', category: 'invalid_parameters', ...(structure.codeType ? { code } : {}), ...(structure.renamed ? { previousKeys: ['EARLIER'] } : {}) };
  return {
    id,
    name: id,
    kind: kind ?? (structure.codeType === undefined ? 'error-message' : 'error-code'),
    ...(structure.codeType ? { codeType: structure.codeType } : {}),
    sections: [{ id: 'all', title: 'All', entries: [entry], ...(structure.reserved ? { reserved: [{ from: 90, to: 99, text: 'Reserved' }] } : {}) }],
  } as NonNullable<CatalogFile['catalogs']>[number];
}

/** A provider with these catalogs, whose body carries a code and a message. */
function providerOf(id: string, catalogs: NonNullable<CatalogFile['catalogs']>): CatalogFile {
  return {
    provider: { id, name: id },
    wire: { body: { code: { pointer: '/code', encoding: 'string-or-integer' }, message: { pointer: '/message' } } },
    catalogs,
  } as CatalogFile;
}

/**
 * Catalog files that together hold every catalog structure and every parser
 * structure a provider of up to {@link MAX_PARSED_CATALOGS} matched and
 * HTTP-status catalogs has: one provider with a catalog of each structure,
 * and one per parser structure (how many catalogs the parser imports, and
 * whether some are HTTP statuses). Compiled in each enum style, they cover
 * what a project's own catalogs are made of, not only the shipped ones.
 */
export function structureCatalogFiles(): CatalogFile[] {
  const files = [providerOf('structures', CATALOG_STRUCTURES.map((structure, i) => catalogOf(`catalog-${i}`, structure)))];
  const integer = CATALOG_STRUCTURES[0];
  for (let parsed = 0; parsed <= MAX_PARSED_CATALOGS; parsed++) {
    for (const statuses of [0, 1]) {
      if (statuses > parsed) continue;
      const matched = Array.from({ length: parsed - statuses }, (_, i) => catalogOf(`codes-${i}`, integer));
      const status = Array.from({ length: statuses }, (_, i) => catalogOf(`statuses-${i}`, integer, 'http-status'));
      // A parser that imports nothing still belongs to a provider with a catalog: one of delivery statuses, which no parser matches.
      const unmatched = parsed === 0 ? [catalogOf('deliveries', integer, 'delivery-status')] : [];
      files.push(providerOf(`parser-${parsed}-${statuses}`, [...matched, ...status, ...unmatched]));
    }
  }
  return files;
}

import type { LoadedCatalog } from '../../load/loaded-catalog.ts';
import type { CatalogFile } from '../../types/catalog.ts';
import type { Diagnostic } from '../../vocabulary/diagnostic.ts';

/** A catalog file that passed the JSON Schema: typed, and still able to say where things are. */
export interface SchemaValidCatalog {
  loaded: LoadedCatalog;
  file: CatalogFile;
}

/** What a rule may know beyond the schema-valid catalogs. */
export interface RuleContext {
  /** Provider ids of every loaded file, valid or not: a child of an invalid parent must not be told the parent is missing. */
  providerIds: ReadonlySet<string>;
}

/** A semantic rule: looks at every schema-valid catalog at once (some rules span files) and reports problems. */
export type SemanticRule = (catalogs: readonly SchemaValidCatalog[], context: RuleContext) => Diagnostic[];

/** Builds a diagnostic located at a pointer of a catalog file. */
export function problemAt(
  catalog: SchemaValidCatalog,
  pointer: string,
  message: string,
  options?: { key?: boolean },
): Diagnostic {
  return { file: catalog.loaded.file, ...catalog.loaded.locate(pointer, options), message, pointer };
}

/** `file:line:col` of a pointer, for messages that name a second place ("also at ..."). */
export function placeOf(catalog: SchemaValidCatalog, pointer: string): string {
  const { line, column } = catalog.loaded.locate(pointer);
  return `${catalog.loaded.file}:${line}:${column}`;
}

/** Calls `visit` for every entry with its JSON Pointer, in file order. */
export function forEachEntry(
  catalog: SchemaValidCatalog,
  visit: (
    entry: NonNullable<CatalogFile['catalogs']>[number]['sections'][number]['entries'][number],
    pointer: string,
    catalogIndex: number,
  ) => void,
): void {
  (catalog.file.catalogs ?? []).forEach((c, ci) =>
    c.sections.forEach((s, si) =>
      s.entries.forEach((e, ei) => visit(e, `/catalogs/${ci}/sections/${si}/entries/${ei}`, ci)),
    ),
  );
}

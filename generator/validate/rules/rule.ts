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

/**
 * Where an entry is: its JSON Pointer (`/catalogs/0/sections/1/entries/2`) as
 * text only when a message needs it (`${at}/key` or `String(at)`). Rules
 * visit every entry, and a pointer made for each cost a 100,000-entry catalog
 * a tenth of a second a rule, for valid catalogs, which report nothing.
 */
export class EntryPointer {
  constructor(
    readonly catalog: number,
    readonly section: number,
    readonly entry: number,
  ) {}

  toString(): string {
    return `/catalogs/${this.catalog}/sections/${this.section}/entries/${this.entry}`;
  }
}

/** Calls `visit` for every entry with where it is (see `EntryPointer`) and its catalog's index, in file order. */
export function forEachEntry(
  catalog: SchemaValidCatalog,
  visit: (entry: NonNullable<CatalogFile['catalogs']>[number]['sections'][number]['entries'][number], pointer: EntryPointer, catalogIndex: number) => void,
): void {
  const catalogs = catalog.file.catalogs ?? [];
  for (let ci = 0; ci < catalogs.length; ci++) {
    const sections = catalogs[ci]!.sections;
    for (let si = 0; si < sections.length; si++) {
      const entries = sections[si]!.entries;
      for (let ei = 0; ei < entries.length; ei++) visit(entries[ei]!, new EntryPointer(ci, si, ei), ci);
    }
  }
}

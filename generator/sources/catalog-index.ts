import type { CatalogFile, Entry, ReservedRange } from '../types/catalog.ts';

/** A catalog entry with where it sits, as the source check needs it. */
export interface IndexedEntry {
  /** Id of the catalog holding the entry. */
  catalogId: string;
  /** Title of the section holding the entry (compared with the document's heading). */
  sectionTitle: string;
  /** The entry itself. */
  entry: Entry;
}

/** A reserved range with where it sits. */
export interface IndexedReservedRange {
  /** Id of the catalog holding the range. */
  catalogId: string;
  /** Title of the section holding the range. */
  sectionTitle: string;
  /** The range itself. */
  range: ReservedRange;
}

/**
 * A provider's catalogs flattened for matching: coded entries are found by
 * code, message-only entries by section title and text, in every catalog of
 * the provider at once (a document may span several catalogs, as SMSAPI's
 * page holds both its error codes and its delivery statuses).
 */
export interface ProviderCatalogIndex {
  /** Entries that have a code, in catalog order. */
  coded: IndexedEntry[];
  /** Entries without a code (error-message catalogs), in catalog order. */
  messages: IndexedEntry[];
  /** Reserved ranges, in catalog order. */
  reserved: IndexedReservedRange[];
}

/**
 * Indexes a resolved catalog file: one whose provider, if it extends another,
 * already carries the parent's catalogs.
 */
export function indexProviderCatalogs(file: CatalogFile): ProviderCatalogIndex {
  const index: ProviderCatalogIndex = { coded: [], messages: [], reserved: [] };
  for (const catalog of file.catalogs ?? []) {
    for (const section of catalog.sections) {
      const place = { catalogId: catalog.id, sectionTitle: section.title };
      for (const range of section.reserved ?? []) {
        index.reserved.push({ ...place, range });
      }
      for (const entry of section.entries) {
        (entry.code === undefined ? index.messages : index.coded).push({ ...place, entry });
      }
    }
  }
  return index;
}

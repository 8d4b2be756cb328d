import type { DocumentedEntry } from './documented-entry.ts';
import type { IndexedEntry, IndexedReservedRange } from './catalog-index.ts';

/**
 * Characters that look like a plain space or like nothing at all. A text that
 * differs only by one of them would read as identical in a report, so they are
 * shown as escapes.
 */
const INVISIBLE = /[\u0080-\u00a0\u00ad\u2000-\u200f\u2028-\u202f\u205f-\u206f\ufeff]/g;

/** A text in double quotes, with quotes, control and invisible characters escaped, so that one problem stays on one line. */
export function quote(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** How a documented entry is named in a problem: `code 21`, `message "Tariff not found"` or `reserved range 88-89`. */
export function documentedSubject(entry: DocumentedEntry): string {
  if (entry.reservedTo !== undefined) {
    return `reserved range ${entry.code}-${entry.reservedTo}`;
  }
  return entry.code !== undefined ? `code ${entry.code}` : `message ${quote(entry.text)}`;
}

/** A documented entry in full: subject, text (unless the subject is the text) and heading. */
export function describeDocumented(entry: DocumentedEntry): string {
  const text = entry.code !== undefined ? ` ${quote(entry.text)}` : '';
  return `${documentedSubject(entry)}${text} under ${quote(entry.section)}`;
}

/** How a catalog entry is named in a problem: `api-v1 entry SMS_INVALID_PHONE_NUMBER`. */
export function catalogEntryName(indexed: IndexedEntry): string {
  return `${indexed.catalogId} entry ${indexed.entry.key}`;
}

/** A catalog entry in full: name, then code, text and section in parentheses. */
export function describeCatalogEntry(indexed: IndexedEntry): string {
  const { entry } = indexed;
  const what = entry.code !== undefined ? `code ${entry.code} ${quote(entry.text)}` : `message ${quote(entry.text)}`;
  return `${catalogEntryName(indexed)} (${what} under ${quote(indexed.sectionTitle)})`;
}

/** A catalog's reserved range in full: `api-v1 reserved range 88-89 "reserved for future use" under "..."`. */
export function describeCatalogRange(indexed: IndexedReservedRange): string {
  const { range } = indexed;
  return `${indexed.catalogId} reserved range ${range.from}-${range.to} ${quote(range.text)} under ${quote(indexed.sectionTitle)}`;
}

/** A type name for a problem message: quoted, or `none`. */
export function describeType(type: string | undefined): string {
  return type === undefined ? 'none' : quote(type);
}

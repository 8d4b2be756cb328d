/**
 * One entry as a provider's document publishes it, before any catalog is
 * consulted: the raw material the source check compares the catalogs with.
 *
 * Texts are trimmed of surrounding whitespace only; everything inside (typos,
 * curly apostrophes, no-break spaces) is kept, because that is what the API
 * sends back and what the catalogs must hold.
 */
export interface DocumentedEntry {
  /** The heading the entry is documented under, verbatim. */
  section: string;
  /** The documented code; absent for errors documented by message only. For a reserved range, its first code. */
  code?: number;
  /** The documented text, verbatim. */
  text: string;
  /** The provider's own type name (SerwerSMS `InvalidUser`, SMSAPI `NOT_FOUND`), where the document gives one. */
  type?: string;
  /** Set when the entry is a reserved range (`88-89 reserved for future use`): its last code, inclusive. */
  reservedTo?: number;
}

/** A parser for one provider document shape: the document's whole text in, its entries out, in document order. */
export type DocumentParser = (text: string) => DocumentedEntry[];

/**
 * What kind of disagreement between a document and the catalogs a problem is.
 *
 * - `unrecognised`: the document has no known shape (or more than one).
 * - `no-catalog`: no catalog file for the document's provider was given.
 * - `parse`: the document has the shape's markers but a part of it could not be read.
 * - `missing`: a documented entry or reserved range is not in the catalogs.
 * - `duplicate`: the document lists an entry more often than the catalogs hold it.
 * - `text`, `section`, `type`: a matched entry differs in that respect.
 * - `undocumented`: a catalog entry or reserved range the document does not list.
 */
export type SourceProblemKind =
  | 'unrecognised'
  | 'no-catalog'
  | 'parse'
  | 'missing'
  | 'duplicate'
  | 'text'
  | 'section'
  | 'type'
  | 'undocumented';

/** One disagreement, with a one-line message naming the entry and both sides. */
export interface SourceCheckProblem {
  /** What kind of disagreement it is. */
  kind: SourceProblemKind;
  /** One line, fit for a terminal or a pull-request comment. */
  message: string;
}

/** The result for one document. */
export interface DocumentCheckResult {
  /** The document's file name. */
  document: string;
  /** Id of the provider the document was recognised as; `undefined` when it was not recognised. */
  provider: string | undefined;
  /** Entries (reserved ranges included) the parser found in the document. */
  documentedEntries: number;
  /** Documented entries compared with the catalogs; equals `documentedEntries` unless the document could not be checked. */
  entriesChecked: number;
  /** Every problem found, in document order, then the catalog entries the document does not list. */
  problems: SourceCheckProblem[];
}

/** The result of checking documents against catalogs. */
export interface SourceCheckReport {
  /** True when at least one document was checked and no document has a problem. */
  ok: boolean;
  /** One result per document, in the order given. */
  documents: DocumentCheckResult[];
  /** Sum of `entriesChecked` over the documents. */
  entriesChecked: number;
}

import type { DocumentedEntry } from './documented-entry.ts';
import type { IndexedEntry, IndexedReservedRange, ProviderCatalogIndex } from './catalog-index.ts';
import type { SourceCheckProblem } from './source-check-report.ts';
import {
  catalogEntryName,
  describeCatalogEntry,
  describeCatalogRange,
  describeDocumented,
  describeType,
  documentedSubject,
  quote,
} from './describe-entries.ts';

/** The outcome of comparing one document's entries with its provider's catalogs. */
export interface DocumentedEntriesCheck {
  /** How many documented entries were compared. */
  entriesChecked: number;
  /** The disagreements found. */
  problems: SourceCheckProblem[];
}

/**
 * Compares a document's entries with its provider's catalogs, both ways:
 * every documented entry must be in the catalogs with the same text, section
 * and type, and every catalog entry and reserved range must be documented.
 *
 * Coded entries are found by code (in any of the provider's catalogs);
 * message-only entries, having no code, by section title and text. Each
 * catalog entry answers for one documented entry at most, so a text the
 * document lists in two sections needs two catalog entries.
 */
export function checkDocumentedEntries(
  documented: readonly DocumentedEntry[],
  index: ProviderCatalogIndex,
): DocumentedEntriesCheck {
  const matched = new Set<IndexedEntry>();
  const matchedRanges = new Set<IndexedReservedRange>();
  const documentedMessages = new Set(documented.filter((entry) => entry.code === undefined).map(messageKey));
  const problems: SourceCheckProblem[] = [];
  for (const entry of documented) {
    if (entry.reservedTo !== undefined) {
      problems.push(...checkReservedRange(entry, index, matchedRanges));
    } else if (entry.code !== undefined) {
      problems.push(...checkCodedEntry(entry, index, matched));
    } else {
      problems.push(...checkMessageEntry(entry, index, matched, documentedMessages));
    }
  }
  for (const indexed of [...index.coded, ...index.messages]) {
    if (!matched.has(indexed)) {
      problems.push({ kind: 'undocumented', message: `not documented: ${describeCatalogEntry(indexed)} is not in the document` });
    }
  }
  for (const indexed of index.reserved) {
    if (!matchedRanges.has(indexed)) {
      problems.push({ kind: 'undocumented', message: `not documented: ${describeCatalogRange(indexed)} is not in the document` });
    }
  }
  return { entriesChecked: documented.length, problems };
}

/** Identity of a message-only entry: its section and text. */
function messageKey(entry: { section: string; text: string }): string {
  return `${entry.section}\u0000${entry.text}`;
}

/**
 * Of the catalog places that could answer for a documented entry, the first
 * one not yet used, preferring one in the documented section (a code can sit
 * in two catalogs of a provider, e.g. an error code and a delivery status).
 */
function pick<T extends { sectionTitle: string }>(candidates: readonly T[], section: string, used: ReadonlySet<T>): T | undefined {
  const free = candidates.filter((candidate) => !used.has(candidate));
  return free.find((candidate) => candidate.sectionTitle === section) ?? free[0];
}

/** A documented entry the catalogs lack, or hold fewer times than documented. */
function unmatched(entry: DocumentedEntry, anyCandidate: boolean): SourceCheckProblem {
  return anyCandidate
    ? { kind: 'duplicate', message: `duplicate: ${describeDocumented(entry)} is documented again, but the catalogs hold it only once` }
    : { kind: 'missing', message: `missing: ${describeDocumented(entry)} is documented but is in no catalog` };
}

/** A documented entry and its catalog entry under different headings. */
function sectionProblem(entry: DocumentedEntry, indexed: IndexedEntry): SourceCheckProblem {
  return {
    kind: 'section',
    message: `section differs: ${documentedSubject(entry)} is documented under ${quote(entry.section)} but ${catalogEntryName(indexed)} is under ${quote(indexed.sectionTitle)}`,
  };
}

/** Compares the documented type with the catalog's (both may be absent). */
function typeProblems(entry: DocumentedEntry, indexed: IndexedEntry): SourceCheckProblem[] {
  if (entry.type === indexed.entry.type) {
    return [];
  }
  return [
    {
      kind: 'type',
      message: `type differs: ${documentedSubject(entry)} is documented with type ${describeType(entry.type)} but ${catalogEntryName(indexed)} has ${describeType(indexed.entry.type)}`,
    },
  ];
}

/** Finds a coded entry by code and compares text, section and type. */
function checkCodedEntry(entry: DocumentedEntry, index: ProviderCatalogIndex, matched: Set<IndexedEntry>): SourceCheckProblem[] {
  // Codes compare as text: a string catalog holds "40" where the document says 40.
  const candidates = index.coded.filter((indexed) => String(indexed.entry.code) === String(entry.code));
  const indexed = pick(candidates, entry.section, matched);
  if (indexed === undefined) {
    return [unmatched(entry, candidates.length > 0)];
  }
  matched.add(indexed);
  const problems: SourceCheckProblem[] = [];
  if (indexed.entry.text !== entry.text) {
    problems.push({
      kind: 'text',
      message: `text differs: ${documentedSubject(entry)} is documented as ${quote(entry.text)} but ${catalogEntryName(indexed)} has ${quote(indexed.entry.text)}`,
    });
  }
  if (indexed.sectionTitle !== entry.section) {
    problems.push(sectionProblem(entry, indexed));
  }
  problems.push(...typeProblems(entry, indexed));
  return problems;
}

/**
 * Finds a message-only entry by section and text. When the section has no such
 * text, a catalog entry with the same text under another heading is taken as
 * the same entry filed in the wrong section — unless the document lists that
 * text under that other heading too, in which case it answers for that one.
 */
function checkMessageEntry(
  entry: DocumentedEntry,
  index: ProviderCatalogIndex,
  matched: Set<IndexedEntry>,
  documentedMessages: ReadonlySet<string>,
): SourceCheckProblem[] {
  const exact = index.messages.filter((indexed) => indexed.sectionTitle === entry.section && indexed.entry.text === entry.text);
  const misfiled = index.messages.filter(
    (indexed) =>
      indexed.entry.text === entry.text &&
      indexed.sectionTitle !== entry.section &&
      !documentedMessages.has(messageKey({ section: indexed.sectionTitle, text: indexed.entry.text })),
  );
  const indexed = pick(exact, entry.section, matched) ?? pick(misfiled, entry.section, matched);
  if (indexed === undefined) {
    return [unmatched(entry, exact.length > 0)];
  }
  matched.add(indexed);
  const problems: SourceCheckProblem[] = [];
  if (indexed.sectionTitle !== entry.section) {
    problems.push(sectionProblem(entry, indexed));
  }
  problems.push(...typeProblems(entry, indexed));
  return problems;
}

/** Finds a reserved range by its bounds and compares text and section. */
function checkReservedRange(
  entry: DocumentedEntry,
  index: ProviderCatalogIndex,
  matched: Set<IndexedReservedRange>,
): SourceCheckProblem[] {
  const candidates = index.reserved.filter((indexed) => indexed.range.from === entry.code && indexed.range.to === entry.reservedTo);
  const indexed = pick(candidates, entry.section, matched);
  if (indexed === undefined) {
    return [unmatched(entry, candidates.length > 0)];
  }
  matched.add(indexed);
  const name = `${indexed.catalogId} reserved range ${indexed.range.from}-${indexed.range.to}`;
  const problems: SourceCheckProblem[] = [];
  if (indexed.range.text !== entry.text) {
    problems.push({
      kind: 'text',
      message: `text differs: ${documentedSubject(entry)} is documented as ${quote(entry.text)} but ${name} has ${quote(indexed.range.text)}`,
    });
  }
  if (indexed.sectionTitle !== entry.section) {
    problems.push({
      kind: 'section',
      message: `section differs: ${documentedSubject(entry)} is documented under ${quote(entry.section)} but ${name} is under ${quote(indexed.sectionTitle)}`,
    });
  }
  return problems;
}

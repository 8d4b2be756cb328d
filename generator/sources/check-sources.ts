import type { CatalogFile } from '../types/catalog.ts';
import type { DocumentedEntry } from './documented-entry.ts';
import type { DocumentCheckResult, SourceCheckReport } from './source-check-report.ts';
import { indexProviderCatalogs } from './catalog-index.ts';
import { checkDocumentedEntries } from './check-documented-entries.ts';
import { matchingDocumentShapes } from './identify-document.ts';

export { formatSourceCheckReport } from './format-source-check-report.ts';
export type { DocumentCheckResult, SourceCheckProblem, SourceCheckReport, SourceProblemKind } from './source-check-report.ts';

/** A provider document as read from disk: its file name and its whole text. */
export interface SourceDocument {
  /** File name, used to name the document in the report. */
  name: string;
  /** The document's text. */
  text: string;
}

/**
 * Checks provider documents against the catalogs: each document is recognised
 * by its content, parsed, and compared both ways with its provider's catalogs
 * (every documented entry in the catalogs, verbatim and in the same section
 * with the same type; every catalog entry documented).
 *
 * Pure: no disk access. `catalogs` must be resolved — a provider that extends
 * another already carries the parent's catalogs — since a white-label
 * document (BSG) lists the entries its catalog file inherits.
 *
 * @param documents The documents to check, in the order they are reported.
 * @param catalogs The resolved catalog files, one per provider.
 */
export function checkSources(documents: readonly SourceDocument[], catalogs: readonly CatalogFile[]): SourceCheckReport {
  const results = documents.map((document) => checkDocument(document, catalogs));
  return {
    ok: results.length > 0 && results.every((result) => result.problems.length === 0),
    documents: results,
    entriesChecked: results.reduce((sum, result) => sum + result.entriesChecked, 0),
  };
}

/** Checks one document: identify, find the provider's catalogs, parse, compare. */
function checkDocument(document: SourceDocument, catalogs: readonly CatalogFile[]): DocumentCheckResult {
  const shapes = matchingDocumentShapes(document.text);
  const result: DocumentCheckResult = {
    document: document.name,
    provider: undefined,
    documentedEntries: 0,
    entriesChecked: 0,
    problems: [],
  };
  const [shape, ...others] = shapes;
  if (shape === undefined || others.length > 0) {
    const found = shapes.length === 0 ? 'matches no known provider document' : `matches several: ${shapes.map((s) => s.providerId).join(', ')}`;
    result.problems.push({ kind: 'unrecognised', message: `unrecognised document: it ${found}` });
    return result;
  }
  result.provider = shape.providerId;
  let documented: DocumentedEntry[];
  try {
    documented = shape.parse(document.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    result.problems.push({ kind: 'parse', message: `cannot read the ${shape.providerId} document: ${reason}` });
    return result;
  }
  result.documentedEntries = documented.length;
  const file = catalogs.find((candidate) => candidate.provider.id === shape.providerId);
  if (file === undefined) {
    result.problems.push({ kind: 'no-catalog', message: `no catalog: no catalog file for provider "${shape.providerId}" was given` });
    return result;
  }
  const check = checkDocumentedEntries(documented, indexProviderCatalogs(file));
  result.entriesChecked = check.entriesChecked;
  result.problems.push(...check.problems);
  return result;
}

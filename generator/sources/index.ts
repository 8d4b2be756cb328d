/**
 * The source check: provider documents in, a report of where the catalogs
 * disagree with them out. The CLI (`errcat check-sources <dir>`) loads the
 * files and the resolved catalogs and calls `checkSources`.
 */
export { checkSources, formatSourceCheckReport } from './check-sources.ts';
export type { SourceDocument } from './check-sources.ts';
export type { DocumentCheckResult, SourceCheckProblem, SourceCheckReport, SourceProblemKind } from './source-check-report.ts';
export type { DocumentedEntry, DocumentParser } from './documented-entry.ts';
export { DocumentParseError } from './document-parse-error.ts';
export { identifyDocument, matchingDocumentShapes } from './identify-document.ts';
export type { DocumentShape } from './identify-document.ts';
export { parseNotificoreDocument } from './parse-notificore-document.ts';
export { parseBsgDocument } from './parse-bsg-document.ts';
export { parseSmsapiDocument } from './parse-smsapi-document.ts';
export { parseSerwersmsDocument } from './parse-serwersms-document.ts';
export { parseYellowpushDocument } from './parse-yellowpush-document.ts';

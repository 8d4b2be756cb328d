import type { DiffReport } from './diff-report.ts';

/**
 * Version of the JSON output's shape. Tools check it; it changes only when a
 * field is removed or changes meaning (added fields keep it).
 */
export const JSON_FORMAT_VERSION = 1;

/**
 * Renders a report as JSON for tools (`errcat diff --format json`): the
 * report as it is, under a format version. Every change carries its rule id
 * and classification, so no rule table is needed to read it. Absent values
 * are absent keys, never `null`. No trailing newline: the caller prints lines.
 */
export function renderJson(report: DiffReport): string {
  return JSON.stringify({ formatVersion: JSON_FORMAT_VERSION, ...report }, null, 2);
}

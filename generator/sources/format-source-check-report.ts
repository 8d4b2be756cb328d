import type { SourceCheckReport } from './source-check-report.ts';

/**
 * Renders a source check report as plain text: one line per document (file
 * name, provider, entries checked, verdict), its problems indented below it,
 * and a closing summary line. Problems are one line each, so the output reads
 * the same in a terminal, a CI log and a pull-request comment.
 */
export function formatSourceCheckReport(report: SourceCheckReport): string {
  const lines: string[] = [];
  for (const result of report.documents) {
    const provider = result.provider ?? 'unrecognised';
    const count = result.problems.length;
    const verdict = count === 0 ? 'ok' : `${count} problem${count === 1 ? '' : 's'}`;
    lines.push(`${result.document} (${provider}): ${verdict}, ${result.entriesChecked} of ${result.documentedEntries} documented entries checked`);
    for (const problem of result.problems) {
      lines.push(`  - ${problem.message}`);
    }
  }
  lines.push(summary(report));
  return `${lines.join('\n')}\n`;
}

/** The closing line: the verdict and the totals. */
function summary(report: SourceCheckReport): string {
  const documents = report.documents.length;
  if (documents === 0) {
    return 'Source check failed: no documents to check.';
  }
  const totals = `${documents} document${documents === 1 ? '' : 's'}, ${report.entriesChecked} entries checked`;
  if (report.ok) {
    return `Source check passed: ${totals}.`;
  }
  const problems = report.documents.reduce((sum, result) => sum + result.problems.length, 0);
  const failing = report.documents.filter((result) => result.problems.length > 0).length;
  return `Source check failed: ${problems} problem${problems === 1 ? '' : 's'} in ${failing} of ${totals}.`;
}

import { boundedText } from './abbreviate.ts';
import { LIMITS } from './limits.ts';

/** A problem found in a catalog file, located for the user. */
export interface Diagnostic {
  /** Path of the file, relative to the working directory (never absolute: output must not depend on the machine). */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** What is wrong, in words a catalog author understands. */
  message: string;
  /** JSON Pointer to the value at fault ("" for the whole document). */
  pointer: string;
}

/**
 * Formats a diagnostic as `file:LINE:COL  message  (pointer)`, the form
 * editors and CI logs link; a message or pointer over `LIMITS.maxMessageChars`
 * is cut in the middle.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  const message = boundedText(d.message);
  return d.pointer === '' ? `${where}  ${message}` : `${where}  ${message}  (${boundedText(d.pointer)})`;
}

/**
 * The lines that report diagnostics: the first `LIMITS.maxPrintedDiagnostics`,
 * then `… and N more problems`, so a run with thousands of problems prints a
 * page, not megabytes (the count in the summary stays exact).
 */
export function formatDiagnostics(list: readonly Diagnostic[]): string[] {
  const shown = list.slice(0, LIMITS.maxPrintedDiagnostics).map(formatDiagnostic);
  const more = list.length - shown.length;
  return more > 0 ? [...shown, `… and ${more} more problem${more === 1 ? '' : 's'}`] : shown;
}

/** Sorts diagnostics by file, line, column and message so reports are stable. */
export function sortedDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Thrown when input is refused; carries every diagnostic found, not only the first. */
export class CatalogError extends Error {
  /** Every problem found, sorted. */
  readonly diagnostics: readonly Diagnostic[];

  constructor(diagnostics: readonly Diagnostic[]) {
    const sorted = sortedDiagnostics(diagnostics);
    super(
      `${sorted.length} problem${sorted.length === 1 ? '' : 's'} in the catalogs:\n` +
        formatDiagnostics(sorted).join('\n'),
    );
    this.name = 'CatalogError';
    this.diagnostics = sorted;
  }
}

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

/** Formats a diagnostic as `file:LINE:COL  message  (pointer)`, the form editors and CI logs link. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}:${d.line}:${d.column}`;
  return d.pointer === '' ? `${where}  ${d.message}` : `${where}  ${d.message}  (${d.pointer})`;
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
        sorted.map(formatDiagnostic).join('\n'),
    );
    this.name = 'CatalogError';
    this.diagnostics = sorted;
  }
}

/** White space the table escaping leaves raw: tabs (written as spaces) and the space separators. */
const EDGE_SPACE = /^[\t\p{Zs}]$/u;

/**
 * A summary trimmed for its _emphasis_, which white space at either end turns
 * back into literal underscores. Only white space the table escaping leaves
 * raw goes: spaces (and tabs, written as spaces). Line breaks are written as
 * `<br>` and invisible characters as `<U+FEFF>`, which emphasis can abut.
 *
 * Two scans, one from each end: linear whatever the text. A regular
 * expression anchored at the end (`\s+$`) retries at every space of a run
 * that does not reach the end, which is quadratic in the run's length (a
 * summary with a 100 KB run of spaces inside took seconds). Every space
 * separator is in the BMP, so code units are characters here.
 */
export function trimmedForEmphasis(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_SPACE.test(text[start]!)) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

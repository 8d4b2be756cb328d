/**
 * Shows a value as a Markdown code span that is safe inside a GFM table cell.
 *
 * Documented texts are shown verbatim, so they may hold anything: `|` would
 * split the cell (GFM takes `\|` as a literal pipe even inside a code span),
 * a line break would end the row, a backtick would close the span (so the
 * fence is longer than any run of backticks inside), control and
 * bidirectional-override characters would be invisible or reorder the row
 * (so they are shown as their code points). An empty text has no code span,
 * so it is named in words. Outside a table (`inTable: false`) a pipe needs no escape, and gets none.
 */
export function codeSpan(text: string, options: { inTable: boolean } = { inTable: true }): string {
  if (text === '') return '_empty_';
  const visible = text
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '↵')
    .replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`)
    .replace(/\|/g, options.inTable ? '\\|' : '|');
  const longest = Math.max(0, ...[...visible.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end of a span that has both, and a
  // backtick at either end would join the fence: pad, and the padding is what gets stripped.
  const pad = /^`|`$/.test(visible) || (/^ /.test(visible) && / $/.test(visible)) ? ' ' : '';
  return `${fence}${pad}${visible}${pad}${fence}`;
}

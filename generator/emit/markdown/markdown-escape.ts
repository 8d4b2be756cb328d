/**
 * Escapes text for a Markdown table cell: a documented text may hold `|`
 * (would split the cell), line breaks (would end the row), `<` and `&` (raw
 * HTML or entities), and inline Markdown syntax (backticks, `*`, `_`, `[`, `~`),
 * all of which must show literally. Block syntax (`#`, `-`, `1.`) means nothing
 * inside a cell, so it is left readable. Control and bidirectional-override characters are
 * shown as their code points, so they cannot reorder the rendered row.
 */
export function escapeTableCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`)
    .replace(/\t/g, ' ');
}

/** What a code span shows literally, in a table cell too: no backtick, pipe, backslash, line break, control or bidirectional override. */
const CODE_SAFE = /^[^`|\\\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+$/u;

/**
 * Text as a code span where it can show literally in one (a JSON Pointer,
 * a content type); otherwise as an escaped table cell, which always can.
 * Inside a code span nothing can be escaped, and GFM splits table cells at
 * `|` before it sees the span.
 */
export function codeSpan(text: string): string {
  return CODE_SAFE.test(text) ? `\`${text}\`` : escapeTableCell(text);
}

/** Escapes text for a Markdown paragraph (not a table): the same rules; line breaks stay line breaks. */
export function escapeInline(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    // At the start of a line, these would make a heading, list or quote.
    .map((line) => escapeTableCell(line).replace(/^(\s*)([#+-]|\d+[.)])/, '$1\\$2'))
    .join('\n');
}

/** A fenced code block whose fence is longer than any backtick run in the content, so the content cannot close it. */
export function fencedBlock(language: string, content: string): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${content}\n${fence}`;
}

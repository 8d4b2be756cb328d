import { codePointLabel, replaceInvisibleCharacters, shownByCodePoint } from '../../vocabulary/invisible-characters.ts';

/**
 * Escapes text for a Markdown table cell: a documented text may hold `|`
 * (would split the cell), line breaks (would end the row), `<` and `&` (raw
 * HTML or entities), and inline Markdown syntax (backticks, `*`, `_`, `[`, `~`),
 * all of which must show literally. Block syntax (`#`, `-`, `1.`) means nothing
 * inside a cell, so it is left readable. A URL's `://`, `www.` and an e-mail
 * address's `@` are escaped too, so no address becomes a link (GFM autolinks
 * them; markdownlint calls them bare URLs, MD034). Invisible and bidirectional characters
 * (controls, overrides, zero-width and other format characters) are shown by
 * code point, as `<U+202E>`: raw, or as a character reference, they would
 * reorder or hide part of the rendered row.
 */
export function escapeTableCell(text: string): string {
  // One pass: every match is taken from the original text and replaced once; what a replacement writes (`&amp;`, `<br>`) is never read again.
  return replaceInvisibleCharacters(text.replace(TABLE_CELL_SPECIALS, tableCellEscape), (c) => `&lt;${codePointLabel(c)}&gt;`);
}

/** What `escapeTableCell` replaces, in one pattern: a large catalog's README is mostly cells. */
const TABLE_CELL_SPECIALS = /[&<>\\`*_[\]|~@\t\u2028\u2029]|:(?=\/\/)|\bwww(?=\.)|\r\n?|\n/gi;

function tableCellEscape(match: string): string {
  switch (match) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '\t':
      return ' ';
    case '\r\n':
    case '\r':
    case '\n':
    case '\u2028':
    case '\u2029':
      return '<br>';
    default:
      // `www` gets its backslash after it (`www\.`), the rest before.
      return match.length === 3 ? `${match}\\` : `\\${match}`;
  }
}

/**
 * Shows a value as a Markdown code span, safe inside a GFM table cell.
 *
 * Texts are shown verbatim, so they may hold anything: `|` would split the
 * cell (GFM takes `\|` as a literal pipe even inside a code span), a line
 * break would end the row, a backtick would close the span (so the fence is
 * longer than any run of backticks inside), invisible and bidirectional
 * characters would hide text or reorder the row (so they are shown by code
 * point, `<U+202E>`). An empty text has no code span, so it is named in words.
 * Outside a table (`inTable: false`) a pipe needs no escape, and gets none.
 *
 * In a table, a backslash just before a pipe cannot be shown in a code span:
 * GFM reads `\\|` as an escaped backslash and a cell border. Such a text is
 * shown as an escaped table cell instead, which holds anything literally.
 */
export function codeSpan(text: string, options: { inTable: boolean } = { inTable: true }): string {
  if (text === '') return '_empty_';
  if (options.inTable && text.includes('\\|')) return escapeTableCell(text);
  const visible = shownByCodePoint(text.replace(/\r\n|\r|\n|\u2028|\u2029/g, '↵')).replace(/\|/g, options.inTable ? '\\|' : '|');
  const longest = Math.max(0, ...[...visible.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end of a span that has both, and a
  // backtick at either end would join the fence: pad, and the padding is what gets stripped.
  const pad = /^`|`$/.test(visible) || (/^ /.test(visible) && / $/.test(visible)) ? ' ' : '';
  return `${fence}${pad}${visible}${pad}${fence}`;
}

/** Escapes text for a Markdown paragraph (not a table): the same rules; line breaks stay line breaks. */
export function escapeInline(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    // At the start of a line, these would make a heading, list or quote.
    .map((line) => escapeTableCell(line).replace(/^(\s*)([#+-]|\d+[.)])/, '$1\\$2'))
    .join('\n');
}

/**
 * A fenced code block whose fence is longer than any backtick run in the
 * content, so the content cannot close it. A code block shows its content
 * raw, so invisible and bidirectional characters (line feeds excepted) are
 * shown by code point, `<U+202E>`; JSON content has them escaped already.
 */
export function fencedBlock(language: string, content: string): string {
  const longest = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const visible = replaceInvisibleCharacters(content, (c) => `<${codePointLabel(c)}>`, { keepLineFeeds: true });
  return `${fence}${language}\n${visible}\n${fence}`;
}

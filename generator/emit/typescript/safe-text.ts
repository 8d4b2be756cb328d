import { codePointLabel, replaceInvisibleCharacters } from '../../vocabulary/invisible-characters.ts';
import { jsonText } from '../../vocabulary/json-text.ts';

/**
 * A JavaScript string literal for any text. JSON's escaping is a subset of
 * JavaScript's, and JSON.stringify escapes quotes, backslashes, control
 * characters and lone surrogates, so no text can end the literal early;
 * `jsonText` escapes the invisible and bidirectional characters it leaves
 * raw, so none reaches the source or the compiled JavaScript (the compiler
 * keeps a literal's escapes as written) and the runtime value is unchanged.
 */
export function stringLiteral(text: string): string {
  return jsonText(text);
}

/** Line breaks and other white space controls: a space in a one-line comment. */
const LAYOUT = /^[\t\n\v\f\r\u0085\u2028\u2029]$/;

/**
 * Text made safe inside a `/** ... *\/` comment. Documented texts come from
 * web pages and may hold `*\/` (which would end the comment and let the rest
 * run as code), line breaks, `@` (which would start a JSDoc tag), and
 * invisible or bidirectional characters (shown as `<U+202E>`, so the comment
 * cannot be reordered or hide text). Editors render JSDoc as Markdown on
 * hover, so a text must not become a link or an image either: backslashes,
 * `[`, `]` and `<` are backslash-escaped (no link, image, autolink or HTML can
 * form), and so is `&` where it would start a character reference (which
 * could decode to an invisible character); `!` before `[` and `(` after `]`
 * are escaped too, so the raw comment never reads as one, and so are a URL's
 * scheme separator (`http\://`) and `www\.`, so no bare URL is autolinked.
 * Markdown shows each escaped character as itself, so the hover reads as the
 * documented text. Comments only describe; the exact text lives in string literals.
 */
export function commentText(text: string): string {
  const markdown = text.replace(MARKDOWN_AND_JSDOC, (m) => (m === '*/' ? '*\\/' : m === '](' ? '\\]\\(' : m.length === 3 ? `${m}\\` : `\\${m}`));
  return replaceInvisibleCharacters(markdown, (c) => (LAYOUT.test(c) ? ' ' : `<${codePointLabel(c)}>`))
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * What `commentText` escapes, in one pass (so that a catalog's own backslash
 * cannot undo an escape, and a large catalog costs one scan a line): a
 * backslash; `[`, `]`, `<`; `&` before a character reference; `!` before `[`;
 * `(` after `]` (matched with it); the `:` of `://`; `www` in any case before
 * a dot (escaped after it); `*\/`; `@`. Written without a lookbehind or the
 * `i` flag, which made the scan of every doc line of a large catalog more
 * than twice as slow.
 */
const MARKDOWN_AND_JSDOC = /\]\(|[\\[\]<@]|&(?=#?\w+;)|!(?=\[)|:(?=\/\/)|\b[wW]{3}(?=\.)|\*\//g;

/** A JSDoc tag written by errcat itself (e.g. `deprecated`); only its text is made safe. */
export interface DocTag {
  tag: 'deprecated';
  text: string;
}

/** A JSDoc block from lines of text, each made safe; blank lines separate paragraphs; tags come last. */
export function docComment(lines: readonly string[], tags: readonly DocTag[] = []): string {
  return docCommentLines(lines, tags).join('\n');
}

/** The lines of `docComment`'s block, for a caller that indents them (joined with a line feed and the indent, not indented after). */
export function docCommentLines(lines: readonly string[], tags: readonly DocTag[] = []): string[] {
  const block = ['/**'];
  for (const line of lines) block.push(line === '' ? ' *' : ` * ${commentText(line)}`);
  for (const t of tags) block.push(` * @${t.tag}${t.text === '' ? '' : ` ${commentText(t.text)}`}`);
  block.push(' */');
  return block;
}

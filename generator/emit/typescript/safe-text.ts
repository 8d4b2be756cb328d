/**
 * A JavaScript string literal for any text. JSON's escaping is a subset of
 * JavaScript's, and JSON.stringify escapes quotes, backslashes, control
 * characters and lone surrogates, so no text can end the literal early.
 */
export function stringLiteral(text: string): string {
  return JSON.stringify(text);
}

/**
 * Text made safe inside a `/** ... *\/` comment: documented texts come from web
 * pages and may hold `*\/` (which would end the comment and let the rest run as
 * code), line breaks, or `@` (which would start a JSDoc tag). Comments only
 * describe; the exact text lives in string literals.
 */
export function commentText(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\*\//g, '*\\/')
    .replace(/@/g, '\\@')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** A JSDoc tag written by errcat itself (e.g. `deprecated`); only its text is made safe. */
export interface DocTag {
  tag: 'deprecated';
  text: string;
}

/** A JSDoc block from lines of text, each made safe; blank lines separate paragraphs; tags come last. */
export function docComment(lines: readonly string[], tags: readonly DocTag[] = []): string {
  const body = lines.map((line) => (line === '' ? ' *' : ` * ${commentText(line)}`));
  const tagLines = tags.map((t) => ` * @${t.tag}${t.text === '' ? '' : ` ${commentText(t.text)}`}`);
  return ['/**', ...body, ...tagLines, ' */'].join('\n');
}

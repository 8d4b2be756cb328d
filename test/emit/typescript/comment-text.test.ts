// commentText escapes with one pattern written for speed (no lookbehind, no `i`
// flag); it must escape exactly as the plainer pattern it replaced, which reads
// as the rule: a backslash, `[`, `]`, `<`, `@`; `&` before a character
// reference; `!` before `[`; `(` after `]`; the `:` of `://`; `www` (any case)
// before a dot, escaped after it; `*/`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentText } from '../../../generator/emit/typescript/safe-text.ts';
import { codePointLabel, replaceInvisibleCharacters } from '../../../generator/vocabulary/invisible-characters.ts';

const RULE = /[\\[\]<@]|&(?=#?\w+;)|!(?=\[)|(?<=\])\(|:(?=\/\/)|\bwww(?=\.)|\*\//gi;
const LAYOUT = /^[\t\n\v\f\r\u0085\u2028\u2029]$/;

function asTheRuleReads(text: string): string {
  const markdown = text.replace(RULE, (m) => (m === '*/' ? '*\\/' : /^www$/i.test(m) ? `${m}\\` : `\\${m}`));
  return replaceInvisibleCharacters(markdown, (c) => (LAYOUT.test(c) ? ' ' : `<${codePointLabel(c)}>`))
    .replace(/ {2,}/g, ' ')
    .trim();
}

// Every character the pattern looks at, and what sits beside them (word characters for `\b` and `\w`, the lookaheads' dots,
// slashes and semicolons), with letters that fold in case-insensitive matching (ſ, K) and layout characters.
const PIECES = ['\\', '[', ']', '](', '(', '<', '@', '&', '#', ';', 'amp', '!', ':', '/', '//', '*', '*/', '.', 'www', 'WWW', 'wWw', 'w', 'W', 'a', '1', '_', ' ', '  ', '\n', '\t', '\u2028', '\u202E', 'ſ', '\u212A', 'é'];

describe('commentText', () => {
  it('escapes as the plain pattern does, for any text made of what it looks at', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(commentText(text)).toBe(asTheRuleReads(text));
      }),
      { numRuns: 20000, seed: 7 },
    );
  });

  it.each([
    ['plain text', 'plain text'],
    ['see [the docs](https://x.pl) or WwW.x.pl', 'see \\[the docs\\]\\(https\\://x.pl) or WwW\\.x.pl'],
    ['ends the comment */ here', 'ends the comment *\\/ here'],
    ['![img](a) &amp; &#8238; a@b', '\\!\\[img\\]\\(a) \\&amp; \\&#8238; a\\@b'],
    ['a ]]((  b', 'a \\]\\]\\(( b'],
  ])('%j is written %j', (text, want) => {
    expect(commentText(text)).toBe(want);
  });
});

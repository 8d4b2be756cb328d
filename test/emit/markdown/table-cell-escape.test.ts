// escapeTableCell makes one pass over a text; it must escape exactly as its
// rules read one at a time (the reference below, which it replaced: eight
// passes, each over the output of the one before).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeTableCell } from '../../../generator/emit/markdown/markdown-escape.ts';
import { codePointLabel, replaceInvisibleCharacters } from '../../../generator/vocabulary/invisible-characters.ts';

function oneRuleAtATime(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/:(?=\/\/)|@/g, '\\$&')
    .replace(/\bwww(?=\.)/gi, '$&\\')
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>')
    .replace(/\t/g, ' ');
  return replaceInvisibleCharacters(escaped, (c) => `&lt;${codePointLabel(c)}&gt;`);
}

// Every character a rule looks at, and what sits beside them (word characters for `\b`, dots and slashes for the lookaheads).
const PIECES = ['&', '<', '>', '\\', '`', '*', '_', '[', ']', '|', '~', '@', ':', '/', '//', '.', 'www', 'WWW', 'w', 'a', '1', ' ', '\t', '\r', '\n', '\r\n', '\u2028', '\u2029', '\u202E', '\u0000', '\u007F', 'é', '😀', 'amp;', 'lt;'];

describe('escapeTableCell', () => {
  it('escapes as its rules applied one at a time do, for any text made of what they look at', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(escapeTableCell(text)).toBe(oneRuleAtATime(text));
      }),
      { numRuns: 5000, seed: 13 },
    );
  });

  it.each([
    ['plain', 'plain'],
    ['a | b', 'a \\| b'],
    ['see https://x.pl and www.x.pl, mail a@b.pl', 'see https\\://x.pl and www\\.x.pl, mail a\\@b.pl'],
    ['<b>&amp;</b>', '&lt;b&gt;&amp;amp;&lt;/b&gt;'],
    ['two\r\nlines\ttab', 'two<br>lines tab'],
    ['*_`~[x]', '\\*\\_\\`\\~\\[x\\]'],
    ['\u202Eevil', '&lt;U+202E&gt;evil'],
  ])('%j → %j', (given, want) => {
    expect(escapeTableCell(given)).toBe(want);
  });
});

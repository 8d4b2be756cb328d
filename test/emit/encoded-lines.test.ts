// The shared mechanism by which the emitters write a large file's repeated
// part apart from the rest of its text: cut the text at its stand-ins, only
// when each is there exactly once and in order, and join lines and texts as
// UTF-8 bytes.
import { describe, expect, it } from 'vitest';
import { EncodedLines, encodedPieces, partsAround } from '../../generator/emit/encoded-lines.ts';

describe('partsAround', () => {
  const table: { given: [string, string[]]; want: string[] | undefined }[] = [
    { given: ['a<1>b<2>c', ['<1>', '<2>']], want: ['a', 'b', 'c'] },
    { given: ['<1><2>', ['<1>', '<2>']], want: ['', '', ''] },
    { given: ['abc', []], want: ['abc'] },
    // Missing, twice, or out of order: the caller makes its file whole.
    { given: ['a<1>b', ['<1>', '<2>']], want: undefined },
    { given: ['a<1>b<1>c', ['<1>']], want: undefined },
    { given: ['a<2>b<1>c', ['<1>', '<2>']], want: undefined },
  ];
  it.each(table)('$given → $want', ({ given, want }) => {
    expect(partsAround(...given)).toEqual(want);
  });
});

describe('EncodedLines and encodedPieces', () => {
  const text = (chunks: readonly (string | Uint8Array)[]) => Buffer.concat(encodedPieces(chunks)).toString('utf8');

  it('join lines by line feeds across blocks, as one text would', () => {
    const lines = new EncodedLines();
    const all = Array.from({ length: 1300 }, (_, i) => `line ${i} — ł`);
    all.forEach((line) => lines.add(line));
    expect(lines.empty).toBe(false);
    expect(lines.encoded().length).toBeGreaterThan(1);
    expect(text(['[', ...lines.encoded(), ']'])).toBe(`[${all.join('\n')}]`);
  });

  it('give nothing for no line', () => {
    const lines = new EncodedLines();
    expect(lines.empty).toBe(true);
    expect(text(['a', ...lines.encoded(), 'b'])).toBe('ab');
  });

  it('keep the pieces as they come, encoded, leaving out the empty ones', () => {
    const block = Buffer.from('b — ł');
    const pieces = encodedPieces(['a', '', block, new Uint8Array(0), 'c']);
    expect(pieces.map((p) => Buffer.from(p).toString('utf8'))).toEqual(['a', 'b — ł', 'c']);
    expect(pieces[1]).toBe(block); // not copied
  });
});

// replaceInvisibleCharacters finds its first candidate through a table of
// code units derived from the set's Unicode-property expression (faster than
// the expression, and than searching with a class of those units, measured);
// whatever the shortcut, it must replace exactly what that expression,
// applied to the whole text, replaces.
import { describe, expect, it } from 'vitest';
import { candidateUnits, codePointLabel, rangesCover, replaceInvisibleCharacters } from '../../generator/vocabulary/invisible-characters.ts';

const SET = String.raw`[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0\u034F\u17B4\u17B5\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]`;
const label = (c: string) => `<${codePointLabel(c)}>`;
const reference = (text: string, keepLineFeeds: boolean) => text.replace(new RegExp(keepLineFeeds ? String.raw`(?!\n)${SET}` : SET, 'gu'), label);

describe('replaceInvisibleCharacters', () => {
  it('replaces what the set’s expression replaces, for every code unit alone and between letters, with and without line feeds kept', () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      for (const text of [String.fromCharCode(unit), `a${String.fromCharCode(unit)}b`]) {
        expect(replaceInvisibleCharacters(text, label)).toBe(reference(text, false));
        expect(replaceInvisibleCharacters(text, label, { keepLineFeeds: true })).toBe(reference(text, true));
      }
    }
  });

  it.each([
    ['17.0', true],
    ['17', true],
    ['16.0', true],
    ['15.1', true],
    ['17.1', false],
    ['18.0', false],
    [undefined, false],
    ['not a version', false],
  ])('takes the written-out candidate units under Unicode %s: %s (else derives them from the set)', (unicode, covered) => {
    expect(rangesCover(unicode)).toBe(covered);
  });

  it('writes out the candidate units the set gives under this Node\'s Unicode', () => {
    expect(rangesCover(process.versions.unicode), `Unicode ${process.versions.unicode} is newer than CANDIDATE_RANGES: derive them anew (the product derives them at load meanwhile)`).toBe(true);
    const derived = candidateUnits(undefined);
    expect(derived.reduce((n, unit) => n + unit, 0)).toBeGreaterThan(2048); // the surrogates and more
    expect(Buffer.from(candidateUnits(process.versions.unicode)).equals(Buffer.from(derived))).toBe(true);
  });

  it('keeps pairs whole beyond the BMP: tag characters and variation selectors are replaced, emoji and other letters kept', () => {
    const text = 'x\u{E0041}\u{E0100}😀\u{1D400}\n\u202E';
    expect(replaceInvisibleCharacters(text, label)).toBe('x<U+E0041><U+E0100>😀\u{1D400}<U+000A><U+202E>');
    expect(replaceInvisibleCharacters(text, label, { keepLineFeeds: true })).toBe('x<U+E0041><U+E0100>😀\u{1D400}\n<U+202E>');
    expect(replaceInvisibleCharacters('plain text', label)).toBe('plain text');
  });
});

/**
 * The one definition of a character a reviewer cannot see, or that reorders
 * what they see (Trojan Source, CVE-2021-42574). Catalog texts come from web
 * pages and pull requests, and reviewers read the generated diff: every
 * emitter writes these characters as escapes (string literals, JSON, YAML) or
 * by code point (`<U+202E>` in Markdown and comments), never raw.
 *
 * - `\p{Cc}`: C0 controls, DEL and C1 controls (line feeds and tabs too: each
 *   emitter lays those out its own way before this rule applies);
 * - `\p{Cf}`: format characters — bidirectional embeddings, overrides,
 *   isolates and marks (U+202A–202E, U+2066–2069, U+200E, U+200F, U+061C),
 *   zero-width space and joiners (U+200B–200D), word joiner and invisible
 *   operators (U+2060–2064), U+FEFF, the soft hyphen U+00AD, U+180E, tag
 *   characters (U+E0001, U+E0020–E007F) and the rest of the category;
 * - `\p{Zl}` and `\p{Zp}`: U+2028 and U+2029, line breaks to JavaScript and
 *   YAML 1.1 readers but not to most viewers;
 * - `\p{Cs}`: lone surrogates, which no UTF-8 file can hold;
 * - letters and marks that render as nothing on their own and are used to hide
 *   text: Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the combining
 *   grapheme joiner U+034F, Khmer U+17B4 and U+17B5, Mongolian free variation
 *   selectors (U+180B–180D, U+180F) and the variation selectors U+FE00–FE0F
 *   and U+E0100–E01EF.
 */
const SET = String.raw`[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0\u034F\u17B4\u17B5\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]`;

/** Every invisible or bidirectional character, a whole code point each (`u`), for `replace`. */
const EVERY = new RegExp(SET, 'gu');
/** The same but line feeds, for text whose line feeds are its own layout (JSON, compiled code, code blocks). */
const EVERY_BUT_LINE_FEEDS = new RegExp(String.raw`(?!\n)${SET}`, 'gu');

/**
 * Each UTF-16 code unit that is such a character or may be part of one
 * (every surrogate: a pair may be a member beyond the BMP), as ranges. Most
 * texts hold none, and a scan of code units is several times faster than a
 * Unicode-property regular expression, which matters for a 100,000-entry
 * catalog in a language beyond ASCII. Written out, not derived from SET when
 * the module loads: testing all 65,536 units cost some 10 ms of every
 * command. Derived from SET under Unicode `RANGES_UNICODE`; the test of
 * this module holds it to SET, unit by unit.
 */
const CANDIDATE_RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], [0x007f, 0x009f], [0x00ad, 0x00ad], [0x034f, 0x034f], [0x0600, 0x0605], [0x061c, 0x061c],
  [0x06dd, 0x06dd], [0x070f, 0x070f], [0x0890, 0x0891], [0x08e2, 0x08e2], [0x115f, 0x1160], [0x17b4, 0x17b5],
  [0x180b, 0x180f], [0x200b, 0x200f], [0x2028, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0x3164, 0x3164],
  [0xd800, 0xdfff], [0xfe00, 0xfe0f], [0xfeff, 0xfeff], [0xffa0, 0xffa0], [0xfff9, 0xfffb],
];

/** The Unicode version `CANDIDATE_RANGES` was derived under (Node 20.20 and 24.22, ICU 78). */
const RANGES_UNICODE = [17, 0] as const;

/**
 * Whether `CANDIDATE_RANGES` hold every candidate under this Unicode version
 * (`process.versions.unicode`): one no newer than theirs. A newer one may have
 * made another character a format character; an unknown one is not trusted.
 */
export function rangesCover(unicode: string | undefined): boolean {
  const [major = NaN, minor = 0] = unicode === undefined ? [] : unicode.split('.').map(Number);
  return major < RANGES_UNICODE[0] || (major === RANGES_UNICODE[0] && minor <= RANGES_UNICODE[1]);
}

/** 1 for each candidate code unit: `CANDIDATE_RANGES` where they cover the Unicode version (`rangesCover`), else derived from SET as they were. */
export function candidateUnits(unicode: string | undefined): Uint8Array {
  const units = new Uint8Array(0x10000);
  if (rangesCover(unicode)) {
    for (const [from, to] of CANDIDATE_RANGES) units.fill(1, from, to + 1);
    return units;
  }
  const member = new RegExp(SET, 'u');
  for (let unit = 0; unit <= 0xffff; unit++) {
    if ((unit >= 0xd800 && unit <= 0xdfff) || member.test(String.fromCharCode(unit))) units[unit] = 1;
  }
  return units;
}

const MAYBE = candidateUnits(process.versions.unicode);

/**
 * The text with each invisible or bidirectional character (a whole code
 * point) replaced by what `replace` makes of it; with `keepLineFeeds`, line
 * feeds are left as they are (a file's own layout).
 */
export function replaceInvisibleCharacters(text: string, replace: (character: string) => string, options: { keepLineFeeds?: boolean } = {}): string {
  const keepLineFeeds = options.keepLineFeeds === true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (MAYBE[unit] === 1 && !(keepLineFeeds && unit === 0x0a)) {
      // The first candidate starts a code point (a high surrogate comes before its low one), so the split keeps pairs whole.
      return text.slice(0, i) + text.slice(i).replace(keepLineFeeds ? EVERY_BUT_LINE_FEEDS : EVERY, replace);
    }
  }
  return text;
}

/** `U+202E`, `U+E0041`: how a character is named when it is shown rather than written. */
export function codePointLabel(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The text with each invisible or bidirectional character shown as `<U+202E>`, for comments and code spans. */
export function shownByCodePoint(text: string): string {
  return replaceInvisibleCharacters(text, (c) => `<${codePointLabel(c)}>`);
}

/**
 * A character as `\uXXXX` escapes of its UTF-16 code units (`\u202e`;
 * `\udb40\udc41` beyond the BMP), which JavaScript and JSON string literals
 * both read back as the same character.
 */
export function utf16Escapes(character: string): string {
  let out = '';
  for (let i = 0; i < character.length; i++) out += `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

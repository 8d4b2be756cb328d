import { replaceInvisibleCharacters, utf16Escapes } from './invisible-characters.ts';

/**
 * JSON text in which no invisible or bidirectional character is raw:
 * `JSON.stringify` escapes C0 controls and lone surrogates but leaves U+202E,
 * U+2028, U+FEFF, C1 controls and the like as they are, so each is written as
 * `\uXXXX` here. Still valid JSON (and a valid JavaScript literal), and it
 * parses back to exactly the same value. Outside strings JSON.stringify writes
 * only its own layout (line feeds and spaces), which is left alone.
 */
export function jsonText(value: unknown, indent?: number): string {
  return replaceInvisibleCharacters(JSON.stringify(value, null, indent), utf16Escapes, { keepLineFeeds: true });
}

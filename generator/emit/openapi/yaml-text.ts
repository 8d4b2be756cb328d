import type { EncodedText } from '../generated-file.ts';
import { replaceInvisibleCharacters } from '../../vocabulary/invisible-characters.ts';

/**
 * YAML text for JSON-shaped values (objects, arrays, strings, numbers,
 * booleans, null), written in one pass, as UTF-8 bytes encoded a few
 * thousand pieces at a time: a 100,000-entry fragment is never one text, nor
 * one array of millions of pieces. The `yaml` library's stringify walks a
 * document model and takes over a second for a 100,000-entry fragment; this
 * writer takes a tenth of that. Block style throughout, no line folding (long
 * texts stay on one line, so diffs stay readable), no anchors. Strings are
 * written plain only when plain YAML reads them back as the same string; any
 * other string is written as a JSON string, which YAML 1.2 reads as a
 * double-quoted scalar with the same escapes.
 */
export function yamlBytes(value: unknown): EncodedText {
  const out = new YamlOut();
  // The first line has no line break before it.
  writeValue(out, value, '', '');
  out.push('\n');
  return out.bytes();
}

/** Pieces of YAML text, encoded every few thousand. */
class YamlOut {
  private pieces: string[] = [];
  private readonly chunks: Uint8Array[] = [];

  push(...pieces: string[]): void {
    this.pieces.push(...pieces);
    if (this.pieces.length >= PIECES_PER_CHUNK) this.flush();
  }

  bytes(): EncodedText {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    this.chunks.push(Buffer.from(this.pieces.join(''), 'utf8'));
    this.pieces = [];
  }
}

const PIECES_PER_CHUNK = 4096;

/**
 * Writes a value after its key or dash. `first`, when given, replaces the
 * line break and indent before a collection's first line: a collection in a
 * list starts on the dash's line (`- b: 1`), and the document on the first line.
 */
function writeValue(out: YamlOut, value: unknown, indent: string, first?: string): void {
  const lineStart = (i: number) => (i === 0 && first !== undefined ? [first] : ['\n', indent]);
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push(' []');
    value.forEach((item, i) => {
      out.push(...lineStart(i), '-');
      writeValue(out, item, indent + '  ', isCollection(item) && !isEmpty(item) ? ' ' : undefined);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return void out.push(' {}');
    entries.forEach(([key, child], i) => {
      out.push(...lineStart(i), scalar(key), ':');
      writeValue(out, child, indent + '  ');
    });
    return;
  }
  out.push(' ', scalar(value));
}

function isCollection(value: unknown): value is object {
  return value !== null && typeof value === 'object';
}

function isEmpty(value: object): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
}

/** Words plain YAML 1.1/1.2 would read as something other than a string. */
const RESERVED = /^(?:true|false|yes|no|on|off|y|n|null|~|\.inf|-\.inf|\.nan)$/i;

function scalar(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : JSON.stringify(String(value));
  if (typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  const text = String(value);
  return isPlainSafe(text) ? text : doubleQuoted(text);
}

/** What YAML may not carry raw even in a double-quoted scalar, beyond the invisible characters: U+FFFE and U+FFFF. */
const NOT_PRINTABLE = /[\uFFFE\uFFFF]/g;

/**
 * A double-quoted scalar: a JSON string, which YAML 1.2 reads with the same
 * escapes, with every invisible or bidirectional character (and what YAML
 * does not count as printable) written as an escape: `\u202e`, or
 * `\U000e0041` beyond the BMP, since a YAML reader need not pair `\u` surrogates.
 * U+2028 and U+0085 would break the line for YAML 1.1 readers, and an override
 * would reorder how a reviewer sees the text.
 */
function doubleQuoted(text: string): string {
  return replaceInvisibleCharacters(JSON.stringify(text), yamlEscape).replace(NOT_PRINTABLE, yamlEscape);
}

function yamlEscape(character: string): string {
  const code = character.codePointAt(0)!;
  return code > 0xffff ? `\\U${code.toString(16).padStart(8, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Plain only for text that starts with a letter, `/` or `$`, has no `: ` or ` #`,
 * no characters YAML gives meaning to, no trailing space, and is not a number or keyword.
 */
function isPlainSafe(text: string): boolean {
  return (
    /^[A-Za-z/$_][A-Za-z0-9 _./$()+,;=@'-]*$/.test(text) &&
    !text.endsWith(' ') &&
    !RESERVED.test(text) &&
    !/^[0-9.+-]/.test(text)
  );
}

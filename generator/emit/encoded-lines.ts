import type { EncodedText } from './generated-file.ts';

/**
 * Lines encoded as UTF-8 a block at a time, joined by line feeds: how an
 * emitter writes the repeated part of a large file without ever holding it
 * as one text (joined text with one character beyond Latin-1 takes two bytes
 * a character, and would be copied whole to be encoded).
 */
export class EncodedLines {
  private readonly chunks: Uint8Array[] = [];
  private block = '';
  private count = 0;

  /** Adds a line (or several: the text may hold line feeds of its own); lines are joined by a line feed. */
  add(line: string): void {
    this.block += this.count === 0 && this.chunks.length === 0 ? line : `\n${line}`;
    if (++this.count === LINES_PER_BLOCK) this.flush();
  }

  /** Every line added, encoded; none when no line was. */
  encoded(): Uint8Array[] {
    this.flush();
    return this.chunks;
  }

  /** Whether no line was added. */
  get empty(): boolean {
    return this.chunks.length === 0 && this.count === 0;
  }

  private flush(): void {
    if (this.count === 0) return;
    this.chunks.push(Buffer.from(this.block, 'utf8'));
    this.block = '';
    this.count = 0;
  }
}

/** Lines encoded together: few enough that a block is small, enough that encoding costs little per line. */
const LINES_PER_BLOCK = 512;

/**
 * The text cut at its stand-ins: the parts before, between and after them
 * (one more than there are stand-ins), when each is found exactly once and
 * in the order given; `undefined` otherwise, and the caller makes its file
 * whole. This is how an emitter puts a large file's repeated part, encoded
 * apart (`EncodedLines`), where a stand-in stood in the rest of its text.
 * A stand-in errcat wrote is in the text; found exactly once, it is that
 * one, whatever a catalog's own texts hold.
 */
export function partsAround(text: string, stands: readonly string[]): string[] | undefined {
  const parts: string[] = [];
  let at = 0;
  for (const stand of stands) {
    const found = text.indexOf(stand);
    if (found < at || found !== text.lastIndexOf(stand)) return undefined;
    parts.push(text.slice(at, found));
    at = found + stand.length;
  }
  parts.push(text.slice(at));
  return parts;
}

/** Texts and encoded chunks, in order, as UTF-8 pieces (not copied into one buffer: see `EncodedText`). */
export function encodedPieces(pieces: readonly (string | Uint8Array)[]): EncodedText {
  return pieces.filter((piece) => piece.length > 0).map((piece) => (typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece));
}

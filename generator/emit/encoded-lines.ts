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

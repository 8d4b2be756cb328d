import { oneLineText } from '../vocabulary/terminal-text.ts';

/**
 * A short diff of two texts for `--check` output: the first differing region
 * with a little context, enough to see what went stale without a diff tool.
 * The old text comes from the output folder and may be hostile: each line is
 * made printable (no control characters reach the terminal or the CI log).
 *
 * Lines are found by their offsets, never by splitting the texts: a stale
 * module of a 100,000-entry catalog is some 700,000 lines, and an array of
 * them for each side took a `--check` of such an output past a gigabyte.
 * Only the lines shown are ever copied out.
 */
export function shortDiff(oldText: string, newText: string, maxLines = 12): string {
  // The equal lines at the start: those wholly before the first differing character, and the line it ends, when it ends both.
  const p = firstDifference(oldText, newText);
  const lineStart = startOfLineBefore(oldText, p);
  const endsAtDifference = (text: string) => {
    const feed = text.indexOf('\n', lineStart);
    return (feed === -1 ? text.length : feed) === p;
  };
  const lineEqual = endsAtDifference(oldText) && endsAtDifference(newText);
  const equalLines = lineIndexAt(oldText, p) + (lineEqual ? 1 : 0);
  // Where the differing lines start, the same offset in both texts (they agree up to `p`): the line holding `p`, or, when
  // that line is equal, after it (past the end of the text that has no more lines, which then shows none).
  const differing = lineEqual ? p + 1 : lineStart;

  // The equal lines at the end, never reaching back into the equal lines at the start.
  const oldLines = lineCount(oldText);
  const newLines = lineCount(newText);
  const sharedTail = commonSuffixLength(oldText, newText);
  let equalAtEnd = 0;
  let tail = 0; // characters of the equal lines at the end, each with the line feed before it
  while (oldLines - equalAtEnd - 1 >= equalLines && newLines - equalAtEnd - 1 >= equalLines) {
    // The next line from the end is equal when it lies in the shared tail and starts a line in both texts.
    const oldEnd = oldText.length - tail;
    const length = oldEnd - startOfLineBefore(oldText, oldEnd);
    const newEnd = newText.length - tail;
    if (tail + length > sharedTail || startOfLineBefore(newText, newEnd) !== newEnd - length) break;
    equalAtEnd++;
    tail += length + 1;
  }

  const lines = [`@@ line ${equalLines + 1} @@`];
  for (const line of linesBefore(oldText, differing, equalLines - Math.max(0, equalLines - 2))) lines.push(`  ${oneLineText(line)}`);
  const half = Math.max(1, Math.floor(maxLines / 2));
  const region = (text: string, count: number, sign: '-' | '+') => {
    const shown = linesFrom(text, differing, Math.min(half, count)).map((l) => `${sign} ${oneLineText(l)}`);
    return count > half ? [...shown, `  … ${count - half} more ${sign === '-' ? 'removed' : 'added'} lines`] : shown;
  };
  lines.push(...region(oldText, oldLines - equalAtEnd - equalLines, '-'));
  lines.push(...region(newText, newLines - equalAtEnd - equalLines, '+'));
  return lines.join('\n');
}

/** The index of the first character where the texts differ (the shorter one's length when it is the other's start). */
function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const BLOCK = 4096;
  let i = 0;
  while (i + BLOCK <= length && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** How many characters the texts share at their end. */
function commonSuffixLength(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const BLOCK = 4096;
  let n = 0;
  while (n + BLOCK <= length && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < length && a.charCodeAt(a.length - n - 1) === b.charCodeAt(b.length - n - 1)) n++;
  return n;
}

/** The index of the line a character offset is on (line feeds before it). */
function lineIndexAt(text: string, offset: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Lines in a text as `split('\n')` counts them: one more than its line feeds. */
function lineCount(text: string): number {
  return lineIndexAt(text, text.length) + 1;
}

/** Up to `count` lines starting at `offset` (none past the text's end). */
function linesFrom(text: string, offset: number, count: number): string[] {
  const out: string[] = [];
  for (let at = offset; out.length < count && at <= text.length; ) {
    const feed = text.indexOf('\n', at);
    const end = feed === -1 ? text.length : feed;
    out.push(text.slice(at, end));
    at = end + 1;
  }
  return out;
}

/** The `count` whole lines that end just before the line starting at `offset`. */
function linesBefore(text: string, offset: number, count: number): string[] {
  const out: string[] = [];
  let end = offset - 1; // the line feed before the line at `offset`
  while (out.length < count && end >= 0) {
    const from = startOfLineBefore(text, end);
    out.unshift(text.slice(from, end));
    end = from - 1;
  }
  return out;
}

/** Where the line holding the character before `end` starts (after the last line feed before `end`); 0 on the first line. */
function startOfLineBefore(text: string, end: number): number {
  // lastIndexOf reads a negative start as 0, and would find a line feed at 0 that is not before `end`.
  return end <= 0 ? 0 : text.lastIndexOf('\n', end - 1) + 1;
}

// shortDiff finds lines by their offsets, never splitting the texts; it must
// report exactly what the reference below (the version it replaced, which
// split both texts into arrays of lines) reports.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortDiff } from '../../generator/write/line-diff.ts';
import { oneLineText } from '../../generator/vocabulary/terminal-text.ts';

function bySplitting(oldText: string, newText: string, maxLines = 12): string {
  const a = oldText.split('\n');
  const b = newText.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const context = Math.max(0, start - 2);
  const lines = [`@@ line ${start + 1} @@`];
  for (let i = context; i < start; i++) lines.push(`  ${oneLineText(a[i]!)}`);
  const removed = a.slice(start, endA + 1).map((l) => `- ${oneLineText(l)}`);
  const added = b.slice(start, endB + 1).map((l) => `+ ${oneLineText(l)}`);
  const half = Math.max(1, Math.floor(maxLines / 2));
  lines.push(...removed.slice(0, half));
  if (removed.length > half) lines.push(`  … ${removed.length - half} more removed lines`);
  lines.push(...added.slice(0, half));
  if (added.length > half) lines.push(`  … ${added.length - half} more added lines`);
  return lines.join('\n');
}

// Few distinct pieces, so that texts share starts, ends and whole lines often; line feeds, empty lines and a control character.
const PIECES = ['a', 'b', 'ab', '\n', '\n', '\n\n', 'x\ny', '\u0007', ' '];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((pieces) => pieces.join(''));

describe('shortDiff', () => {
  it('reports as splitting both texts into lines did, for any two texts', () => {
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 6 }), (oldText, newText, maxLines) => {
        expect(shortDiff(oldText, newText, maxLines)).toBe(bySplitting(oldText, newText, maxLines));
      }),
      { numRuns: 20000, seed: 7 },
    );
  });

  it('reports as splitting did for an edit in a long text, with the same start, or the same end', () => {
    const long = Array.from({ length: 10_000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    for (const [oldText, newText] of [
      [long, long.replace('line 5000\n', 'line five thousand\n')],
      [long, long.replace('line 3\n', '')],
      [long, `${long}extra\n`],
      [`head\n${long}`, long],
      [long, long.replace('line 9999', 'last')],
      [long, long],
    ] as const) {
      expect(shortDiff(oldText, newText)).toBe(bySplitting(oldText, newText));
    }
    expect(shortDiff(long, long.replace('line 5000\n', 'line five thousand\n'))).toBe('@@ line 5001 @@\n  line 4998\n  line 4999\n- line 5000\n+ line five thousand');
  });
});

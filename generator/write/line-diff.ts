import { oneLineText } from '../vocabulary/terminal-text.ts';

/**
 * A short diff of two texts for `--check` output: the first differing region
 * with a little context, enough to see what went stale without a diff tool.
 * The old text comes from the output folder and may be hostile: each line is
 * made printable (no control characters reach the terminal or the CI log).
 */
export function shortDiff(oldText: string, newText: string, maxLines = 12): string {
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

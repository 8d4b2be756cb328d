import { LIMITS } from './limits.ts';

/**
 * A chain of ids as `a → b → c`, abbreviated past `max` links to its first
 * and last few with the count: a cycle through 3,000 providers is one short
 * line, not 20 KB repeated in each of 3,000 messages.
 */
export function abbreviatedChain(ids: readonly string[], max = 9): string {
  return abbreviatedSequence(ids.length, (i) => ids[i]!, max);
}

/** `abbreviatedChain` of `count` ids given by position, so that only the ids shown are ever looked up (a cycle seen from each of its members). */
export function abbreviatedSequence(count: number, idAt: (i: number) => string, max = 9): string {
  const ends = count <= max ? count : Math.floor((max - 1) / 2);
  const head = Array.from({ length: ends }, (_, i) => idAt(i));
  if (count <= max) return head.join(' → ');
  const tail = Array.from({ length: ends }, (_, i) => idAt(count - ends + i));
  return [...head, `… (${count - 2 * ends} more) …`, ...tail].join(' → ');
}

/** Items as `a, b, c`, the first `max` only, then `and N more`: a list in a message stays a line. */
export function abbreviatedList(items: readonly string[], max = 20): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/**
 * A text cut to at most `max` characters (about: the marker is added), its
 * middle left out, so that whatever a message quotes (a 1 MB value, a long
 * pointer) cannot flood a CI log; both ends stay, as they tell most.
 */
export function boundedText(text: string, max: number = LIMITS.maxMessageChars): string {
  if (text.length <= max) return text;
  const keep = Math.floor((max - 40) / 2);
  return `${text.slice(0, keep)} … (${text.length - 2 * keep} characters left out) … ${text.slice(-keep)}`;
}

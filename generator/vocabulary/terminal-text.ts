/**
 * Characters that must never reach a terminal or a CI log raw: C0 and C1
 * controls (an escape sequence can rewrite the screen or the log; a carriage
 * return can hide a line) and the invisible or bidirectional format
 * characters that reorder what a reader sees (Trojan Source). Tab is kept.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/gu;

/**
 * Text as errcat prints it to a terminal or a CI log: every unsafe character
 * written as a visible `\u{…}` escape, and no line starting with `::`, which
 * GitHub Actions reads as a workflow command (`::error::`, `::add-mask::`,
 * `::set-output`). Catalog texts, field names and file names all reach
 * messages, so everything errcat prints goes through here, line by line.
 */
export function terminalText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const visible = line.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
      return visible.startsWith('::') ? `\\${visible}` : visible;
    })
    .join('\n');
}

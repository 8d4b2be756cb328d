import { replaceInvisibleCharacters } from './invisible-characters.ts';

/**
 * Text made safe for one line of a terminal or a CI log: every invisible or
 * bidirectional character of errcat's one definition (controls, escape
 * sequences' ESC, carriage returns, line breaks, bidirectional overrides,
 * zero-width characters) written as a visible `\u{…}`, so nothing in it can
 * start a line of its own, move the cursor, colour the log or reorder what
 * is shown. Tabs stay.
 */
export function oneLineText(text: string): string {
  return replaceInvisibleCharacters(text, (c) => (c === '\t' ? c : `\\u{${c.codePointAt(0)!.toString(16)}}`));
}

/**
 * Text as errcat prints it to a terminal or a CI log: each of its lines made
 * safe by `oneLineText`, and none starting with `::`, which GitHub Actions
 * reads as a workflow command (`::error::`, `::add-mask::`, `::set-output`).
 * Catalog texts, field names and file names all reach messages, so
 * everything errcat prints goes through here.
 */
export function terminalText(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const visible = oneLineText(line);
      return visible.startsWith('::') ? `\\${visible}` : visible;
    })
    .join('\n');
}

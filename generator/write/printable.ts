/**
 * Text from the output folder (a file name, a line of a stale file) made safe
 * to print on one line of a terminal or a CI log: control characters, line
 * and paragraph separators and bidirectional overrides become `\u{…}`, so
 * that a hostile name or line cannot start a line of its own (a CI log
 * command begins a line), move the cursor, colour the log or reorder what is
 * shown. Tabs stay.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

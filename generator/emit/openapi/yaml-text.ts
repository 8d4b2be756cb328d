/**
 * YAML text for JSON-shaped values (objects, arrays, strings, numbers,
 * booleans, null), written in one pass. The `yaml` library's stringify walks a
 * document model and takes over a second for a 100,000-entry fragment; this
 * writer takes a tenth of that. Block style throughout, no line folding (long
 * texts stay on one line, so diffs stay readable), no anchors. Strings are
 * written plain only when plain YAML reads them back as the same string; any
 * other string is written as a JSON string, which YAML 1.2 reads as a
 * double-quoted scalar with the same escapes.
 */
export function yamlText(value: unknown): string {
  const out: string[] = [];
  writeValue(out, value, '');
  return out.join('').replace(/^\n/, '') + '\n';
}

function writeValue(out: string[], value: unknown, indent: string): void {
  if (Array.isArray(value)) {
    if (value.length === 0) return void out.push(' []');
    for (const item of value) {
      out.push('\n', indent, '-');
      if (isCollection(item) && !isEmpty(item)) writeNested(out, item, indent + '  ');
      else writeValue(out, item, indent + '  ');
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return void out.push(' {}');
    for (const [key, child] of entries) {
      out.push('\n', indent, scalar(key), ':');
      writeValue(out, child, indent + '  ');
    }
    return;
  }
  out.push(' ', scalar(value));
}

/** A collection as a list item: its first line goes on the dash's line. */
function writeNested(out: string[], value: object, indent: string): void {
  const mark = out.length;
  writeValue(out, value, indent);
  // Replace the first line break + indent with a single space after the dash.
  out[mark] = ' ';
  out[mark + 1] = '';
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
  // Separators, C1 controls and bidirectional overrides are escaped: YAML 1.1 readers break lines at U+2028,
  // and an override would reorder how a reviewer sees the text.
  return isPlainSafe(text) ? text : JSON.stringify(text).replace(/[\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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

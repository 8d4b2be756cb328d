/**
 * Whether a text shape's pattern reads a field: it names the group
 * `(?<code>...)` or `(?<message>...)`, which is what a generated parser takes
 * from the body. One test for validation and the model alike.
 */
export function patternReads(pattern: string | undefined, field: 'code' | 'message'): boolean {
  return pattern !== undefined && pattern.includes(`(?<${field}>`);
}

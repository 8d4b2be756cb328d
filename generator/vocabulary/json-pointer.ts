/** Escapes one JSON Pointer reference token (RFC 6901). */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON Pointer from path segments. */
export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + escapePointerToken(s)).join('');
}

/** Splits a JSON Pointer into its unescaped reference tokens. */
export function segmentsOf(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

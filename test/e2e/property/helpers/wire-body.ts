import type { Wire } from '../../../../generator/types/catalog.ts';

/** A JSON object as a provider sends it. */
export type Body = Record<string, unknown>;

/** An RFC 6901 pointer from unescaped segments (`a/b` → `/a~1b`). */
export function pointerOf(segments: readonly string[]): string {
  return segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The unescaped segments of a pointer. */
export function segmentsOf(pointer: string): string[] {
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Sets a value at a pointer, creating objects on the way, always as own
 * properties: a segment `__proto__` is a field of the body, as JSON.parse makes
 * it, never the object's prototype.
 */
export function setAt(body: Body, pointer: string, value: unknown): void {
  const segments = segmentsOf(pointer);
  let current = body;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) {
      define(current, segment, value);
      return;
    }
    const existing = Object.prototype.hasOwnProperty.call(current, segment) ? current[segment] : undefined;
    if (existing !== null && typeof existing === 'object') current = existing as Body;
    else {
      const next: Body = {};
      define(current, segment, next);
      current = next;
    }
  });
}

function define(target: Body, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** What a body carries, field by field (absent fields are left out). */
export interface BodyFields {
  code?: number | string;
  message?: string;
  type?: string;
  details?: readonly string[] | null;
}

/** A body laid out by a wire format: each field at its pointer (a field the wire does not have is dropped). */
export function bodyOf(wire: Wire, fields: BodyFields): Body {
  const body: Body = {};
  const b = wire.body;
  if (fields.code !== undefined && b.code) setAt(body, b.code.pointer, fields.code);
  if (fields.message !== undefined && b.message) setAt(body, b.message.pointer, fields.message);
  if (fields.type !== undefined && b.type) setAt(body, b.type.pointer, fields.type);
  if (fields.details !== undefined && b.details) setAt(body, b.details.pointer, fields.details === null ? null : [...fields.details]);
  return body;
}

/**
 * The forms a code takes on the wire, by the wire's encoding: an integer code
 * as a number, as its decimal text, or both; a string code as itself.
 */
export function wireForms(code: number | string, encoding: 'string' | 'integer' | 'string-or-integer'): (number | string)[] {
  if (typeof code === 'string') return [code];
  if (encoding === 'integer') return [code];
  if (encoding === 'string') return [String(code)];
  return [code, String(code)];
}

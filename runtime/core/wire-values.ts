/** The body as a JSON value: objects pass through, JSON text is parsed, anything else stays as it is. */
export function bodyOf(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/**
 * The value of an object's own data property, or undefined. Bodies and options
 * come from callers as any JavaScript value, and the parsers never throw: a
 * getter is never run (it could throw, or answer something the body does not
 * hold), and a Proxy whose trap throws, or a revoked one, reads as absent.
 */
export function ownValue(holder: unknown, name: string): unknown {
  if (holder === null || typeof holder !== 'object') return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(holder, name);
    return descriptor !== undefined && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** The value at a JSON Pointer, reading own data properties only (never the prototype chain, never a getter). */
export function valueAt(body: unknown, pointer: string): unknown {
  let current: unknown = body;
  for (const token of pointer.split('/').slice(1)) {
    current = ownValue(current, token.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (current === undefined) return undefined;
  }
  return current;
}

/** The HTTP status in parse options: an integer own data property `httpStatus` of an object, else undefined (whatever the options are). */
export function httpStatusOf(options: unknown): number | undefined {
  const status = ownValue(options, 'httpStatus');
  return typeof status === 'number' && Number.isInteger(status) ? status : undefined;
}

/** The `retryAfter` the caller passed (a string or a number), read as `httpStatusOf` reads the status: own data only, never throwing. */
export function retryAfterOf(options: unknown): string | number | undefined {
  const value = ownValue(options, 'retryAfter');
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** A code as the wire carries it: a string or a finite number, else undefined. */
export function codeAt(body: unknown, pointer: string): number | string | undefined {
  const value = valueAt(body, pointer);
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;
}

/** A string field, else undefined. */
export function stringAt(body: unknown, pointer: string): string | undefined {
  const value = valueAt(body, pointer);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The strings of a list field (`null` or absent gives none). Read by its own
 * keys rather than counting up to `length`, so a sparse list of 2^32-1 slots
 * costs what it holds; a list that cannot be read (a revoked or throwing
 * Proxy) gives none.
 */
export function stringsAt(body: unknown, pointer: string): readonly string[] {
  const strings: string[] = [];
  for (const item of ownItems(valueAt(body, pointer))) if (typeof item.value === 'string') strings.push(item.value);
  return strings;
}

/** One item of a list, with its position. */
export interface OwnItem {
  readonly index: number;
  readonly value: unknown;
}

/**
 * The items of a list, one at a time, by its own index keys rather than
 * counting up to `length`: a sparse list of 2^32-1 slots costs what it holds,
 * and a caller that has enough stops early. Nothing for a value that is not a
 * list, or one that cannot be read (a revoked or throwing Proxy); an item is
 * read as `ownValue` reads it.
 */
export function* ownItems(list: unknown): Generator<OwnItem, void, undefined> {
  let keys: string[];
  try {
    if (!Array.isArray(list)) return;
    keys = Object.keys(list);
  } catch {
    return;
  }
  for (const key of keys) if (/^(?:0|[1-9]\d*)$/.test(key)) yield { index: Number(key), value: ownValue(list, key) };
}

/** An integer code from what the wire carries: `40` and `"40"` alike, up to the largest safe integer. */
export function integerCodeOf(wire: unknown): number | undefined {
  if (typeof wire === 'number') return Number.isSafeInteger(wire) ? wire : undefined;
  if (typeof wire !== 'string' || !/^-?\d{1,16}$/.test(wire.trim())) return undefined;
  const code = Number(wire.trim());
  return Number.isSafeInteger(code) ? code : undefined;
}

/** A string code from what the wire carries: numbers are read as their decimal text. */
export function stringCodeOf(wire: unknown): string | undefined {
  if (typeof wire === 'string') return wire;
  if (typeof wire === 'number' && Number.isFinite(wire)) return String(wire);
  return undefined;
}

/** Seconds from a `Retry-After` value: delta-seconds, or an HTTP date from now; undefined when it is neither. */
export function retryAfterSecondsOf(value: string | number | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d{1,10}$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

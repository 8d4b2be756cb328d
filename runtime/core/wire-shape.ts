import { codeAt, ownItems, stringAt, stringsAt, valueAt } from './wire-values.js';

/** One documented shape of a provider's error responses, as its generated parser describes it. */
export interface WireShape {
  /** `body` for the main shape, else the catalog's shape id. */
  readonly id: string;
  /** `json`: fields at JSON pointers; `text`: the trimmed body matched against `pattern`. */
  readonly format: 'json' | 'text';
  /** A list whose items each carry one error; the field pointers are then relative to an item. */
  readonly items?: string;
  readonly code?: string;
  readonly message?: string;
  readonly type?: string;
  readonly details?: string;
  /** For `text`: whole-body pattern with named groups `code` and/or `message`. */
  readonly pattern?: RegExp;
}

/** What one shape read for one error of a body. */
export interface ShapeFields {
  readonly shape: string;
  /** The item's position, for a shape whose errors sit in a list. */
  readonly index?: number;
  /** What the shape's pointers are relative to: the body, or the list item. */
  readonly holder: unknown;
  readonly code?: number | string;
  readonly message?: string;
  readonly type?: string;
  readonly details: readonly string[];
}

/** Longest text body a `text` shape's pattern is run on: a longer one (a gateway's HTML page, say) is no documented error. */
export const MAX_TEXT_BODY: number = 4096;

/** Most items read from a list shape: a body from the network may hold millions. */
export const MAX_ITEMS: number = 1000;

/**
 * The errors a body holds under each shape that fits it, in the documented
 * order (shapes that do not fit are left out). A `json` shape fits when one
 * of its fields is present (in some item, for a list shape); a `text` shape
 * when its pattern matches the whole trimmed body. Never throws.
 */
export function readShapes(body: unknown, shapes: readonly WireShape[]): readonly (readonly ShapeFields[])[] {
  return shapes.map((shape) => (shape.format === 'text' ? readText(body, shape) : readJson(body, shape))).filter((read) => read.length > 0);
}

function readText(body: unknown, shape: WireShape): ShapeFields[] {
  if (typeof body !== 'string' || shape.pattern === undefined || body.length > MAX_TEXT_BODY) return [];
  const groups = shape.pattern.exec(body.trim())?.groups;
  if (!groups) return [];
  const code = groups['code'];
  const message = groups['message'];
  return [{ shape: shape.id, holder: body, ...(code !== undefined ? { code } : {}), ...(message !== undefined ? { message } : {}), details: [] }];
}

function readJson(body: unknown, shape: WireShape): ShapeFields[] {
  if (body === null || typeof body !== 'object') return [];
  if (shape.items === undefined) {
    const fields = fieldsOf(body, shape);
    return fields ? [{ shape: shape.id, ...fields }] : [];
  }
  const out: ShapeFields[] = [];
  for (const item of ownItems(valueAt(body, shape.items))) {
    if (out.length >= MAX_ITEMS) break;
    const fields = fieldsOf(item.value, shape);
    if (fields) out.push({ shape: shape.id, index: item.index, ...fields });
  }
  return out;
}

/** The shape's fields in one holder, or undefined when it has neither a code nor a message (the shape does not fit it). */
function fieldsOf(holder: unknown, shape: WireShape): Omit<ShapeFields, 'shape' | 'index'> | undefined {
  const code = shape.code === undefined ? undefined : codeAt(holder, shape.code);
  const message = shape.message === undefined ? undefined : stringAt(holder, shape.message);
  if (code === undefined && message === undefined) return undefined;
  const type = shape.type === undefined ? undefined : stringAt(holder, shape.type);
  return {
    holder,
    ...(code !== undefined ? { code } : {}),
    ...(message !== undefined ? { message } : {}),
    ...(type !== undefined ? { type } : {}),
    details: shape.details === undefined ? [] : stringsAt(holder, shape.details),
  };
}

import { knownError, unknownError } from './classify.js';
import type { ErrorEntry } from './entry.js';
import type { ParseOptions, ProviderError, WireFields } from './provider-error.js';
import { readShapes, type ShapeFields, type WireShape } from './wire-shape.js';
import { bodyOf, httpStatusOf, ownValue, retryAfterOf, stringAt, valueAt } from './wire-values.js';

/** Where a catalog's entries are matched: a shape, the field read in it, and the catalog's lookup. */
export interface Matcher<E extends ErrorEntry> {
  readonly shape: string;
  /** `code` or `message`: what the lookup takes. */
  readonly field: 'code' | 'message';
  /** Pointer to read (relative to the item for a list shape); absent: the shape's own field, or its pattern's group. */
  readonly pointer?: string;
  readonly lookup: (value: unknown) => E | undefined;
}

/** Everything a generated parser knows of its provider's wire: data, read by `parseErrors`. */
export interface ParserSpec<E extends ErrorEntry> {
  readonly provider: string;
  /** Documented shapes, in the order they are tried. */
  readonly shapes: readonly WireShape[];
  /** Catalog matchers, most specific first (messages, then codes). */
  readonly matchers: readonly Matcher<E>[];
  /** Lookups of documented HTTP statuses, in order, for a body no shape reads or no catalog matches. */
  readonly statusLookups?: readonly ((status: unknown) => E | undefined)[];
}

/**
 * Every error of a raw response body, classified: read with the first
 * documented shape under which a catalog knows the error, else the first that
 * fits (one error per item for a list shape), each
 * matched against the catalogs the spec names for that shape, then against
 * the documented HTTP statuses. A body no shape fits (empty, an HTML gateway
 * page, undocumented JSON) gives one error with neither code nor message:
 * known only when its HTTP status is documented, never by accident from
 * text in the page. Never throws, whatever the body and the options are.
 */
export function parseErrors<E extends ErrorEntry>(spec: ParserSpec<E>, raw: unknown, options?: ParseOptions): readonly [ProviderError<E>, ...ProviderError<E>[]] {
  const contentType = ownValue(options, 'contentType');
  const media = typeof contentType === 'string' ? (contentType.split(';')[0] ?? '').trim().toLowerCase() : '';
  const httpStatus = httpStatusOf(options);
  const retryAfter = retryAfterOf(options);
  const language = ownValue(options, 'language');
  // A gateway's HTML page is no documented body, whatever text it holds.
  const html = media === 'text/html' || media === 'application/xhtml+xml';
  // Any other type is read as sent: JSON when it parses (providers label JSON text/plain), else text for the text shapes.
  const body = bodyOf(raw);
  // Two shapes may both fit (a message field in each): the first under which a catalog knows the error wins, else the first that fits.
  const reads = html ? [] : readShapes(body, spec.shapes);
  const read = reads.find((fields) => fields.some((f) => matchedEntry(spec, f) !== undefined)) ?? reads[0] ?? [];
  const all = (read.length > 0 ? read : [undefined]).map((fields): ProviderError<E> => {
    const wire: WireFields = {
      provider: spec.provider,
      ...(fields?.code !== undefined ? { wireCode: fields.code } : {}),
      ...(fields?.message !== undefined ? { message: fields.message } : {}),
      ...(fields?.type !== undefined ? { type: fields.type } : {}),
      details: fields?.details ?? [],
      ...(httpStatus !== undefined ? { httpStatus } : {}),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
      ...(fields ? { shape: fields.shape } : {}),
      ...(fields?.index !== undefined ? { index: fields.index } : {}),
      raw,
    };
    const entry = (fields ? matchedEntry(spec, fields) : undefined) ?? statusEntry(spec, httpStatus);
    return entry ? knownError(wire, entry, typeof language === 'string' ? language : undefined) : unknownError(wire);
  });
  return all as [ProviderError<E>, ...ProviderError<E>[]];
}

/** The first error of a body (see `parseErrors`). */
export function parseError<E extends ErrorEntry>(spec: ParserSpec<E>, raw: unknown, options?: ParseOptions): ProviderError<E> {
  return parseErrors(spec, raw, options)[0];
}

function matchedEntry<E extends ErrorEntry>(spec: ParserSpec<E>, fields: ShapeFields): E | undefined {
  for (const matcher of spec.matchers) {
    if (matcher.shape !== fields.shape) continue;
    const value =
      matcher.pointer === undefined ? fields[matcher.field] : matcher.field === 'message' ? stringAt(fields.holder, matcher.pointer) : valueAt(fields.holder, matcher.pointer);
    const entry = value === undefined ? undefined : matcher.lookup(value);
    if (entry) return entry;
  }
  return undefined;
}

function statusEntry<E extends ErrorEntry>(spec: ParserSpec<E>, status: number | undefined): E | undefined {
  if (status === undefined) return undefined;
  for (const lookup of spec.statusLookups ?? []) {
    const entry = lookup(status);
    if (entry) return entry;
  }
  return undefined;
}

import { Category } from './category.js';
import { categoryInfo } from './category-info.js';
import type { ErrorEntry } from './entry.js';
import type { KnownProviderError, UnknownProviderError, WireFields } from './provider-error.js';
import { entryText } from './entry-text.js';
import { retryAfterSecondsOf } from './wire-values.js';

/** The error for a recognised entry, with its text in the requested language where the catalog has it. */
export function knownError<E extends ErrorEntry>(wire: WireFields, entry: E, language?: string): KnownProviderError<E> {
  const info = categoryInfo(entry.category);
  const retryAfterSeconds = retryAfterSecondsOf(wire.retryAfter);
  const text = entryText(entry, { language });
  const documented = wire.message === undefined || wire.message.trim() === entry.text.trim() || Object.values(entry.translations ?? {}).some((t) => t.trim() === wire.message?.trim());
  return {
    ...wire,
    known: true,
    entry,
    catalog: entry.catalog,
    key: entry.key,
    code: entry.code,
    text: text.text,
    textLanguage: text.language,
    messageDiffers: !documented,
    category: entry.category,
    retryable: entry.retryable,
    resendable: entry.resendable,
    actor: info.actor,
    failover: info.failover,
    categorySource: 'entry',
    httpStatus: wire.httpStatus ?? entry.httpStatus,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/**
 * The category an HTTP status gives a response whose body is not a
 * documented error, and whether resending is safe: 408 (the server never had
 * the whole request) and 503 (not handled) are; 500, 502 and 504 are not,
 * since the provider, or the one behind a gateway, may have acted.
 */
export function statusCategory(status: number | undefined): { readonly category: Category; readonly resendable?: boolean } | undefined {
  if (status === undefined || !Number.isInteger(status) || status < 400 || status > 599) return undefined;
  switch (status) {
    case 401: return { category: Category.AUTHENTICATION };
    case 402: return { category: Category.INSUFFICIENT_BALANCE };
    case 403: return { category: Category.PERMISSION };
    case 404: case 410: return { category: Category.NOT_FOUND };
    case 408: return { category: Category.PROVIDER_INTERNAL_ERROR, resendable: true };
    case 409: return { category: Category.INVALID_STATE };
    case 429: return { category: Category.RATE_LIMIT };
    case 501: return { category: Category.UNSUPPORTED };
    case 503: return { category: Category.PROVIDER_INTERNAL_ERROR, resendable: true };
    case 400: case 405: case 406: case 413: case 415: case 422: return { category: Category.INVALID_PARAMETERS };
    default: return status >= 500 ? { category: Category.PROVIDER_INTERNAL_ERROR } : { category: Category.UNKNOWN, resendable: true };
  }
}

/** The error for a body no catalog documents: classified by the HTTP status when there is one, else `unknown` (possibly done: not resendable). */
export function unknownError(wire: WireFields): UnknownProviderError {
  const byStatus = statusCategory(wire.httpStatus);
  const info = categoryInfo(byStatus?.category ?? Category.UNKNOWN);
  const retryAfterSeconds = retryAfterSecondsOf(wire.retryAfter);
  return {
    ...wire,
    known: false,
    ...(wire.wireCode !== undefined ? { code: wire.wireCode } : {}),
    category: info.category,
    retryable: info.retryableByDefault,
    resendable: byStatus?.resendable ?? info.resendableByDefault,
    actor: info.actor,
    failover: info.failover,
    categorySource: byStatus ? 'http-status' : 'none',
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

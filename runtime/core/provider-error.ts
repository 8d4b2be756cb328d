import type { Category } from './category.js';
import type { Actor } from './category-info.js';
import type { ErrorEntry } from './entry.js';

/** What the caller knows besides the body. Read as an own data property; anything else (`null`, a getter) counts as not given. */
export interface ParseOptions {
  /** HTTP status of the response (an integer), used when the body alone does not identify the error. */
  readonly httpStatus?: number;
  /** The response's `Retry-After` header (seconds or an HTTP date), for `retryAfterSeconds`. */
  readonly retryAfter?: string | number | null;
}

/** The fields read off the wire, before classification. */
export interface WireFields {
  readonly provider: string;
  /** The code field as the wire carried it (string or number), if any. */
  readonly code?: number | string | undefined;
  readonly message?: string | undefined;
  readonly type?: string | undefined;
  readonly details: readonly string[];
  readonly httpStatus?: number | undefined;
  /** The `Retry-After` value the caller passed, as given. */
  readonly retryAfter?: string | number | null | undefined;
  readonly raw: unknown;
}

/** What an application does with an error, whatever its provider: the category's defaults, or the entry's own. */
export interface ErrorHandling {
  readonly category: Category;
  /** Whether the same request may succeed later (for `in_progress`: poll, do not resend). */
  readonly retryable: boolean;
  /** Whether sending the same request again is safe without an idempotency key. */
  readonly resendable: boolean;
  /** Who must act. */
  readonly actor: Actor;
  /** Whether trying another provider may succeed. */
  readonly failover: boolean;
  /** Where the category came from: the documented entry, the HTTP status (the body was not a documented error), or nothing (`unknown`). */
  readonly categorySource: 'entry' | 'http-status' | 'none';
  /** Seconds to wait before retrying, from `Retry-After`, when the caller passed one. */
  readonly retryAfterSeconds?: number;
}

/** A provider error recognised from its catalog. */
export interface KnownProviderError extends WireFields, ErrorHandling {
  readonly known: true;
  readonly entry: ErrorEntry;
  readonly catalog: string;
  readonly key: string;
  readonly categorySource: 'entry';
}

/**
 * A provider error whose code or message no catalog documents (yet):
 * providers add codes without notice, and a gateway answers with an HTML
 * page. The HTTP status then says more than nothing: its category (429 →
 * `rate_limit`, 5xx → `provider_internal_error`, 401 → `authentication`, …)
 * with `categorySource: 'http-status'`.
 */
export interface UnknownProviderError extends WireFields, ErrorHandling {
  readonly known: false;
  readonly entry?: undefined;
  readonly categorySource: 'http-status' | 'none';
}

/** The provider-independent error: handle "insufficient balance" once, whichever provider said it. */
export type ProviderError = KnownProviderError | UnknownProviderError;

/** What a provider package exports for `normalize()`. */
export interface ProviderErrors {
  readonly id: string;
  readonly name: string;
  readonly packageName: string;
  /** Turns a raw error response body into a typed error; never throws, whatever the body and the options are. */
  parse(raw: unknown, options?: ParseOptions): ProviderError;
}

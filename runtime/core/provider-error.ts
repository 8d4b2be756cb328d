import type { Category } from './category.js';
import type { Actor } from './category-info.js';
import type { ErrorEntry } from './entry.js';

/** What the caller knows besides the body. Read as an own data property; anything else (`null`, a getter) counts as not given. */
export interface ParseOptions {
  /** HTTP status of the response (an integer), used when the body alone does not identify the error. */
  readonly httpStatus?: number | undefined;
  /** The response's `Retry-After` header (seconds or an HTTP date), for `retryAfterSeconds`. */
  readonly retryAfter?: string | number | null | undefined;
  /** Language for `text` (a BCP 47 tag such as `pl` or `pl-PL`); see `entryText` for the fallback. */
  readonly language?: string | undefined;
  /**
   * The response's `Content-Type`: an HTML page (a gateway's) is read as no
   * documented body at all, whatever text it holds. Any other body given as
   * text is JSON when it parses as JSON (providers label JSON `text/plain`),
   * else text for the documented text shapes.
   */
  readonly contentType?: string | undefined;
}

/** The fields read off the wire, before classification. */
export interface WireFields {
  readonly provider: string;
  /** The code field as the wire carried it (string or number), if any. */
  readonly wireCode?: number | string | undefined;
  /** The message the provider sent. It may hold personal data (a phone number, a name): log it with care, and do not pass it on to your own clients. */
  readonly message?: string | undefined;
  readonly type?: string | undefined;
  readonly details: readonly string[];
  readonly httpStatus?: number | undefined;
  /** The `Retry-After` value the caller passed, as given. */
  readonly retryAfter?: string | number | null | undefined;
  /** Which documented shape the body was read with (`body`, or an id of the catalog's `wire.shapes`); absent when none fitted. */
  readonly shape?: string | undefined;
  /** For a shape whose errors sit in a list: the item's position in it. */
  readonly index?: number | undefined;
  /** The body as received. */
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
  readonly retryAfterSeconds?: number | undefined;
}

/**
 * A provider error recognised from its catalog. `key` and `code` are the
 * entry's, typed as the provider's unions when the error comes from the
 * provider's own package, so a `switch` over them can be exhaustive.
 */
export interface KnownProviderError<E extends ErrorEntry = ErrorEntry> extends WireFields, ErrorHandling {
  readonly known: true;
  readonly entry: E;
  readonly catalog: string;
  readonly key: E['key'];
  /** The documented code (`null` for a message-only error); the wire's own spelling is `wireCode`. */
  readonly code: E['code'];
  /** The documented text, or its translation into the requested language (`ParseOptions.language`). */
  readonly text: string;
  /** The language of `text`. */
  readonly textLanguage: string;
  /**
   * Whether the provider sent a message that is neither the documented text
   * nor one of its translations: providers' own documents disagree with
   * themselves (BSG's API 1.0 OpenAPI file gives codes 25 and 82 other texts
   * than its code table). The entry was still matched, by code.
   */
  readonly messageDiffers: boolean;
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
  readonly key?: undefined;
  /** The code as the wire carried it, if any (the same as `wireCode`). */
  readonly code?: number | string | undefined;
  readonly categorySource: 'http-status' | 'none';
}

/** The provider-independent error: handle "insufficient balance" once, whichever provider said it. Typed per provider by the provider's package. */
export type ProviderError<E extends ErrorEntry = ErrorEntry> = KnownProviderError<E> | UnknownProviderError;

/** What a provider package exports for `normalize()`. */
export interface ProviderErrors<E extends ErrorEntry = ErrorEntry> {
  readonly id: string;
  readonly name: string;
  readonly packageName: string;
  /** Turns a raw error response body into a typed error (the first, for a body with several); never throws, whatever the body and the options are. */
  parse(raw: unknown, options?: ParseOptions): ProviderError<E>;
  /** Every error of a body (one per item for a shape whose errors sit in a list; at least one); never throws. */
  parseAll(raw: unknown, options?: ParseOptions): readonly [ProviderError<E>, ...ProviderError<E>[]];
}

import { Category } from './category.js';
import type { ProviderError } from './provider-error.js';

/** An RFC 9457 problem-details object with errcat's extension members. */
export interface Problem {
  /** A URI naming the problem type: the entry's reference joined to `baseUrl`, else `about:blank`. */
  readonly type: string;
  readonly title: string;
  /** The status of your response, from the category (`PROBLEM_STATUS`), never the provider's. */
  readonly status: number;
  /** Only with `includeProviderMessage`: the provider's raw message. */
  readonly detail?: string;
  readonly provider: string;
  readonly code?: number | string;
  readonly key?: string;
  readonly category: Category;
  readonly retryable: boolean;
}

/** Options of `toProblem`. */
export interface ProblemOptions {
  /**
   * Absolute URL the generated folder's READMEs are published at (e.g. your
   * repository's blob URL of `generated/`): `type` becomes that URL joined
   * with the entry's `<provider>/README.md#<anchor>`. Without it (or with a
   * URL that is not absolute), and for an unknown error, `type` is
   * `about:blank`, RFC 9457's default.
   */
  readonly baseUrl?: string | undefined;
  /** HTTP status of your own response; default from the category through `statusByCategory`. */
  readonly status?: number | undefined;
  /** Overrides of the category → status table (`PROBLEM_STATUS`). */
  readonly statusByCategory?: Readonly<Partial<Record<Category, number>>> | undefined;
  /**
   * Put the provider's raw message in `detail`. Off by default: it may hold
   * personal data (a phone number it could not reach) and words meant for
   * you, not your clients.
   */
  readonly includeProviderMessage?: boolean | undefined;
}

/**
 * The status a problem gets from its category, seen from your clients: what
 * they can fix is 4xx (422 for input, 404 and 409 for the object they named),
 * what only you or the provider can fix is 502 Bad Gateway (your credentials,
 * balance or sender at the provider), a provider that is busy or failing is
 * 503, and a message still being processed is 202. The provider's own status
 * is about your request to it, not your client's to you: a provider's 401
 * means your API key is wrong, which is no reason to tell your client that
 * it is not authenticated.
 */
export const PROBLEM_STATUS: Readonly<Record<Category, number>> = {
  [Category.SUCCESS]: 200,
  [Category.IN_PROGRESS]: 202,
  [Category.AUTHENTICATION]: 502,
  [Category.PERMISSION]: 502,
  [Category.ACCOUNT]: 502,
  [Category.INSUFFICIENT_BALANCE]: 502,
  [Category.QUOTA_EXCEEDED]: 502,
  [Category.RATE_LIMIT]: 503,
  [Category.INVALID_PHONE_NUMBER]: 422,
  [Category.RECIPIENT_BLOCKED]: 422,
  [Category.INVALID_SENDER]: 502,
  [Category.INVALID_MESSAGE_CONTENT]: 422,
  [Category.INVALID_PARAMETERS]: 502,
  [Category.SCHEDULING]: 422,
  [Category.INVALID_STATE]: 409,
  [Category.NOT_FOUND]: 404,
  [Category.EMPTY_RESULT]: 404,
  [Category.DUPLICATE]: 409,
  [Category.UNSUPPORTED]: 502,
  [Category.UNSUPPORTED_DESTINATION]: 422,
  [Category.DELIVERY_FAILED]: 422,
  [Category.PROVIDER_INTERNAL_ERROR]: 503,
  [Category.UNSPECIFIED]: 502,
  [Category.UNKNOWN]: 502,
};

/**
 * Renders an error as RFC 9457 problem details, for teams that pass provider
 * errors on through their own API. Safe by default: the status comes from
 * the category (never the provider's), the title is the documented text
 * (never what the provider sent), and the provider's message stays out
 * unless `includeProviderMessage` asks for it.
 */
export function toProblem(error: ProviderError, given?: ProblemOptions | null): Problem {
  const options: ProblemOptions = given ?? {};
  // Plain string joining, not the URL global: consumers compiling with lib es2022 and no DOM or node types must type-check.
  const base = typeof options.baseUrl === 'string' && /^[a-z][a-z0-9+.-]*:\/\/\S+$/i.test(options.baseUrl) ? options.baseUrl : undefined;
  const type = base !== undefined && error.known ? (base.endsWith('/') ? base : base + '/') + error.entry.reference : 'about:blank';
  const title = error.known ? (error.entry.summary ?? error.entry.text) : 'Unknown provider error';
  const status = options.status ?? options.statusByCategory?.[error.category] ?? PROBLEM_STATUS[error.category];
  const code = error.known ? (error.entry.code ?? undefined) : error.code;
  const detail = options.includeProviderMessage === true ? error.message : undefined;
  return {
    type,
    title,
    status,
    provider: error.provider,
    category: error.category,
    retryable: error.retryable,
    ...(code !== undefined ? { code } : {}),
    ...(error.known ? { key: error.key } : {}),
    ...(detail !== undefined ? { detail } : {}),
  };
}

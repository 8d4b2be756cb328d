import type { Category } from './category.js';
import type { ProviderError } from './provider-error.js';

/** An RFC 9457 problem-details object with errcat's extension members. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly provider: string;
  readonly code?: number | string;
  readonly category: Category;
  readonly retryable: boolean;
}

/** Options of `toProblem`. */
export interface ProblemOptions {
  /** Base URL the generated folder is published at (e.g. your repository's blob URL of `generated/`); `type` is joined to it. Default: the relative reference. */
  readonly baseUrl?: string;
  /** HTTP status of your own response (default: the error's status, else 502 Bad Gateway). */
  readonly status?: number;
}

/** Renders an error as RFC 9457 problem details, for teams that pass provider errors on through their own API. */
export function toProblem(error: ProviderError, options: ProblemOptions = {}): Problem {
  const reference = error.known ? error.entry.reference : 'about:blank';
  // Plain string joining, not the URL global: consumers compiling with lib es2022 and no DOM or node types must type-check.
  const type = options.baseUrl !== undefined && error.known ? (options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/') + reference : reference;
  const title = error.known ? (error.entry.summary ?? error.entry.text) : 'Unknown provider error';
  const detail = error.message ?? (error.known ? error.entry.text : undefined);
  const problem: Problem = {
    type,
    title,
    status: options.status ?? error.httpStatus ?? 502,
    provider: error.provider,
    category: error.category,
    retryable: error.retryable,
    ...(detail !== undefined ? { detail } : {}),
    ...(error.known && error.entry.code !== null ? { code: error.entry.code } : error.code !== undefined ? { code: error.code } : {}),
  };
  return problem;
}

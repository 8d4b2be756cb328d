import { Category } from './category.js';
import { categoryInfo, type Actor } from './category-info.js';

/**
 * Whether to send the same request again later: it may succeed, AND sending
 * it again cannot duplicate a message. An error the provider may have acted
 * on (an internal error during a send, a message still in progress) is
 * retryable but not safe to resend: this answers false for it unless the
 * request carries an idempotency key (SMSAPI `idx` with `check_idx=1`,
 * Notificore `reference`) and the caller says so with `{ idempotent: true }`.
 * For `in_progress` ask again for the status instead (`shouldPoll`).
 */
export function isRetryable(error: { readonly retryable: boolean; readonly resendable?: boolean; readonly category?: Category } | null | undefined, options: { readonly idempotent?: boolean } = {}): boolean {
  if (error?.retryable !== true || error.category === Category.IN_PROGRESS) return false;
  return error.resendable === true || options?.idempotent === true;
}

/** Whether sending the same request again is safe without an idempotency key (it cannot send a message twice). */
export function canResend(error: { readonly resendable?: boolean } | null | undefined): boolean {
  return error?.resendable === true;
}

/** Whether the request was accepted and is still being processed: ask for its status later, never send it again. */
export function shouldPoll(error: { readonly category?: Category } | null | undefined): boolean {
  return error?.category === Category.IN_PROGRESS;
}

/** Whether sending the request through another provider may succeed, and is safe (resendable, or the caller knows the first provider did not accept it). */
export function canFailover(error: { readonly failover?: boolean; readonly resendable?: boolean } | null | undefined, options: { readonly notAccepted?: boolean } = {}): boolean {
  return error?.failover === true && (error.resendable === true || options?.notAccepted === true);
}

/** Who must act on an error: the end user, the developer, the account owner, the provider, or nobody. */
export function whoMustAct(error: { readonly category?: Category } | null | undefined): Actor {
  return categoryInfo(error?.category ?? Category.UNKNOWN).actor;
}

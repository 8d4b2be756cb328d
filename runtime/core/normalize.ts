import type { ErrorEntry } from './entry.js';
import type { ParseOptions, ProviderError, ProviderErrors } from './provider-error.js';

/**
 * Parses any provider's raw error response (object or JSON text) into a
 * provider-independent error: the first, for a body with several. Never
 * throws, whatever the body and the options are: a body it cannot read gives
 * `known: false`.
 */
export function normalize<E extends ErrorEntry>(provider: ProviderErrors<E>, raw: unknown, options?: ParseOptions): ProviderError<E> {
  return provider.parse(raw, options);
}

/** Every error of a body (one per item where the provider answers with a list of per-message results); at least one. Never throws. */
export function normalizeAll<E extends ErrorEntry>(provider: ProviderErrors<E>, raw: unknown, options?: ParseOptions): readonly [ProviderError<E>, ...ProviderError<E>[]] {
  return provider.parseAll(raw, options);
}

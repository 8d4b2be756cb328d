import type { ParseOptions, ProviderError, ProviderErrors } from './provider-error.js';

/**
 * Parses any provider's raw error response (object or JSON text) into a
 * provider-independent error. Never throws, whatever the body and the options
 * are: a body it cannot read gives `known: false`.
 */
export function normalize(provider: ProviderErrors, raw: unknown, options?: ParseOptions): ProviderError {
  return provider.parse(raw, options);
}

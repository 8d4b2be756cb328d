import type { Category } from './category.js';
import type { ErrorEntry } from './entry.js';
import type { ProviderError } from './provider-error.js';

/** Marks instances across copies of this package (two versions in one `node_modules`): `instanceof` checks it too. */
const BRAND: symbol = Symbol.for('errcat.ProviderApiError');

/**
 * A provider error to throw. Its message names the provider, the code and
 * the documented text (never what the provider sent, which may hold personal
 * data); the parsed error is `error`, and the raw body is `cause`.
 */
export class ProviderApiError<E extends ErrorEntry = ErrorEntry> extends Error {
  override readonly name: string = 'ProviderApiError';
  readonly provider: string;
  /** The documented code (the wire's, for an undocumented error), if any. */
  readonly code: number | string | undefined;
  readonly key: E['key'] | undefined;
  readonly category: Category;
  readonly retryable: boolean;
  readonly httpStatus: number | undefined;
  /** The parsed error. */
  readonly error: ProviderError<E>;

  constructor(error: ProviderError<E>) {
    super(messageOf(error), { cause: error.raw });
    this.provider = error.provider;
    this.code = error.code ?? undefined;
    this.key = error.known ? error.key : undefined;
    this.category = error.category;
    this.retryable = error.retryable;
    this.httpStatus = error.httpStatus;
    this.error = error;
    Object.defineProperty(this, BRAND, { value: true });
  }

  // `instanceof` holds for errors made by any copy of the core package, not only this one (a subclass's stays exact).
  // Defined in a static block, not declared: TypeScript's isolated declaration emit writes an overriding `[Symbol.hasInstance]` twice.
  static {
    Object.defineProperty(this, Symbol.hasInstance, {
      value(this: unknown, value: unknown): boolean {
        if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
        return this === ProviderApiError && typeof value === 'object' && value !== null && Object.getOwnPropertyDescriptor(value, BRAND)?.value === true;
      },
    });
  }
}

/** `smsapi error 101 (INVALID_AUTHORIZATION): Invalid authorization info. …`, or `smsapi error: undocumented response (HTTP 502)`. */
function messageOf(error: ProviderError): string {
  if (error.known) {
    const code = error.entry.code === null ? '' : ` ${error.entry.code}`;
    return `${error.provider} error${code} (${error.entry.key}): ${error.entry.summary ?? error.entry.text}`;
  }
  // An undocumented code is whatever the network sent: shortened, and only printable ASCII, for logs.
  const code = error.code === undefined ? '' : ` ${String(error.code).slice(0, 40).replace(/[^\x20-\x7e]/g, '?')}`;
  const status = error.httpStatus === undefined ? '' : ` (HTTP ${error.httpStatus})`;
  return `${error.provider} error${code}: undocumented response${status}`;
}

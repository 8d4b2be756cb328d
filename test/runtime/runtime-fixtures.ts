import { Category } from '../../runtime/core/category.ts';
import type { ErrorEntry } from '../../runtime/core/entry.ts';
import type { ParserSpec } from '../../runtime/core/parse-errors.ts';
import { parseError, parseErrors } from '../../runtime/core/parse-errors.ts';
import type { ProviderErrors } from '../../runtime/core/provider-error.ts';

/** SMSAPI-like entries: one code the table documents with personal data possible in the message sent. */
export const AUTH: ErrorEntry = {
  provider: 'acme',
  catalog: 'codes',
  key: 'INVALID_AUTHORIZATION',
  code: 101,
  text: 'Invalid authorization info.',
  section: 'Errors',
  category: Category.AUTHENTICATION,
  retryable: false,
  resendable: true,
  language: 'en',
  reference: 'acme/README.md#codes-invalid-authorization',
};

export const BAD_NUMBER: ErrorEntry = { ...AUTH, key: 'BAD_NUMBER', code: 13, text: 'Invalid phone number', category: Category.INVALID_PHONE_NUMBER, reference: 'acme/README.md#codes-bad-number' };

const byCode = new Map<unknown, ErrorEntry>([[101, AUTH], [13, BAD_NUMBER]]);

export const ACME_SPEC: ParserSpec<ErrorEntry> = {
  provider: 'acme',
  shapes: [
    { id: 'body', format: 'json', code: '/error', message: '/message' },
    { id: 'plain-text', format: 'text', pattern: new RegExp('^ERROR:(?<code>\\d+)$', 'u') },
  ],
  matchers: [
    { shape: 'body', field: 'code', lookup: (v) => byCode.get(typeof v === 'string' ? Number(v) : v) },
    { shape: 'plain-text', field: 'code', lookup: (v) => byCode.get(typeof v === 'string' ? Number(v) : v) },
  ],
};

/** The provider handle a generated package exports. */
export const acmeProvider: ProviderErrors<ErrorEntry> = {
  id: 'acme',
  name: 'Acme',
  packageName: '@errcat/acme',
  parse: (raw, options) => parseError(ACME_SPEC, raw, options),
  parseAll: (raw, options) => parseErrors(ACME_SPEC, raw, options),
};

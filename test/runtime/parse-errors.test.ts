import { describe, expect, it } from 'vitest';
import { Category } from '../../runtime/core/category.ts';
import type { ErrorEntry } from '../../runtime/core/entry.ts';
import { MAX_ITEMS, MAX_TEXT_BODY } from '../../runtime/core/wire-shape.ts';
import { parseError, parseErrors, type ParserSpec } from '../../runtime/core/parse-errors.ts';

/** A small provider with the three kinds of shape: a JSON body, errors in a list, and plain text. */
const entry = (code: number | null, key: string, text: string, extra: Partial<ErrorEntry> = {}): ErrorEntry => ({
  provider: 'acme',
  catalog: code === null ? 'messages' : 'codes',
  key,
  code,
  text,
  section: 'Errors',
  category: Category.INVALID_PHONE_NUMBER,
  retryable: false,
  resendable: true,
  language: 'en',
  reference: `acme/README.md#${key.toLowerCase()}`,
  ...extra,
});
const BAD_NUMBER = entry(13, 'BAD_NUMBER', 'Invalid phone number', { translations: { pl: 'Nieprawidłowy numer telefonu' } });
const DUPLICATE = entry(43, 'DUPLICATE_ID', 'External ID already exists', { category: Category.DUPLICATE });
const TARIFF = entry(null, 'TARIFF_NOT_FOUND', 'Tariff not found', { category: Category.NOT_FOUND });
const UNAUTHORIZED = entry(401, 'UNAUTHORIZED', 'Unauthorized client', { category: Category.AUTHENTICATION, catalog: 'statuses' });
const byCode = new Map<unknown, ErrorEntry>([[13, BAD_NUMBER], [43, DUPLICATE]]);
const codeLookup = (value: unknown) => byCode.get(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value);

const SPEC: ParserSpec<ErrorEntry> = {
  provider: 'acme',
  shapes: [
    { id: 'body', format: 'json', code: '/error', message: '/message' },
    { id: 'result-list', format: 'json', items: '/result', code: '/error', message: '/errorDescription' },
    { id: 'api-v2', format: 'json', message: '/message', details: '/errors' },
    { id: 'plain-text', format: 'text', pattern: new RegExp('^ERROR:(?<code>\\d+)$', 'u') },
  ],
  matchers: [
    { shape: 'body', field: 'code', lookup: codeLookup },
    { shape: 'result-list', field: 'code', lookup: codeLookup },
    { shape: 'api-v2', field: 'message', lookup: (m) => (m === TARIFF.text ? TARIFF : undefined) },
    { shape: 'plain-text', field: 'code', lookup: codeLookup },
  ],
  statusLookups: [() => undefined, (s) => (s === 401 ? UNAUTHORIZED : undefined)],
};

describe('parseErrors', () => {
  it('reads a JSON body with its main shape and matches the code', () => {
    const error = parseError(SPEC, '{"error": 13, "message": "No correct phone numbers"}');
    expect(error).toMatchObject({ known: true, key: 'BAD_NUMBER', code: 13, wireCode: 13, shape: 'body', message: 'No correct phone numbers', messageDiffers: true });
  });

  it('says whether the message sent is the documented text', () => {
    expect(parseError(SPEC, { error: '13', message: 'Invalid phone number' })).toMatchObject({ known: true, code: 13, wireCode: '13', messageDiffers: false });
    expect(parseError(SPEC, { error: 13 })).toMatchObject({ known: true, messageDiffers: false });
  });

  it('reads plain text with the pattern, whole body only', () => {
    expect(parseError(SPEC, 'ERROR:13\n')).toMatchObject({ known: true, key: 'BAD_NUMBER', shape: 'plain-text', wireCode: '13' });
    expect(parseError(SPEC, 'Some text ERROR:13')).toMatchObject({ known: false, categorySource: 'none' });
    expect(parseError(SPEC, 'ERROR:13'.padEnd(MAX_TEXT_BODY + 1, ' '))).toMatchObject({ known: false });
  });

  it('gives one error per list item, in order, and the first from parseError', () => {
    const body = { result: [{ error: 0, errorDescription: 'No errors' }, { error: 43, errorDescription: 'External ID already exists', reference: 'x' }, { note: 'no fields' }] };
    const all = parseErrors(SPEC, body);
    expect(all.map((e) => [e.index, e.known, e.known ? e.key : e.code])).toEqual([[0, false, 0], [1, true, 'DUPLICATE_ID']]);
    expect(parseError(SPEC, body)).toEqual(all[0]);
  });

  it('reads at most MAX_ITEMS items, and a sparse list by what it holds', () => {
    const many = { result: Array.from({ length: MAX_ITEMS + 5 }, () => ({ error: 13 })) };
    expect(parseErrors(SPEC, many)).toHaveLength(MAX_ITEMS);
    const sparse: unknown[] = [];
    sparse[2 ** 32 - 2] = { error: 43 };
    expect(parseErrors(SPEC, { result: sparse }).map((e) => e.index)).toEqual([2 ** 32 - 2]);
  });

  it('matches a message-only catalog on its own shape, with the details beside it', () => {
    expect(parseError(SPEC, { message: 'Tariff not found', errors: ['a', 1, 'b'] })).toMatchObject({ known: true, key: 'TARIFF_NOT_FOUND', code: null, shape: 'api-v2', details: ['a', 'b'] });
    // The same text in another field is not an API 2.0 error: that catalog is matched on `api-v2`'s message only.
    expect(parseError(SPEC, { error: 99, errorDescription: 'Tariff not found' })).toMatchObject({ known: false, shape: 'body', code: 99 });
    // Where two shapes fit, the one under which a catalog knows the error wins.
    expect(parseError(SPEC, { error: 99, message: 'Tariff not found' })).toMatchObject({ known: true, shape: 'api-v2', key: 'TARIFF_NOT_FOUND' });
    expect(parseError(SPEC, { error: 13, message: 'Tariff not found' })).toMatchObject({ known: true, shape: 'body', key: 'BAD_NUMBER' });
  });

  it('never reads a documented error out of an HTML page or an empty body; the documented status still counts', () => {
    const page = '<html><body>ERROR:13 {"error": 13}</body></html>';
    expect(parseError(SPEC, page, { httpStatus: 502 })).toMatchObject({ known: false, category: Category.PROVIDER_INTERNAL_ERROR, categorySource: 'http-status' });
    expect(parseError(SPEC, 'ERROR:13', { contentType: 'text/html; charset=utf-8' })).toMatchObject({ known: false, categorySource: 'none' });
    expect(parseError(SPEC, '', { httpStatus: 401 })).toMatchObject({ known: true, key: 'UNAUTHORIZED', categorySource: 'entry' });
    expect(parseError(SPEC, undefined)).toMatchObject({ known: false, category: Category.UNKNOWN, details: [] });
  });

  it('reads JSON whatever its label but HTML, and text as text', () => {
    expect(parseError(SPEC, '{"error": 13}', { contentType: 'text/plain; charset=utf-8' })).toMatchObject({ known: true, key: 'BAD_NUMBER', shape: 'body' });
    expect(parseError(SPEC, '{"error": 13}', { contentType: 'application/json' })).toMatchObject({ known: true, key: 'BAD_NUMBER' });
    expect(parseError(SPEC, 'ERROR:13', { contentType: 'application/json' })).toMatchObject({ known: true, shape: 'plain-text' });
    expect(parseError(SPEC, '{"error": 13}', { contentType: 'TEXT/HTML' })).toMatchObject({ known: false });
  });

  it('gives the text in the requested language, falling back to the documented one', () => {
    expect(parseError(SPEC, { error: 13 }, { language: 'pl-PL' })).toMatchObject({ text: 'Nieprawidłowy numer telefonu', textLanguage: 'pl' });
    expect(parseError(SPEC, { error: 13 }, { language: 'de' })).toMatchObject({ text: 'Invalid phone number', textLanguage: 'en' });
    expect(parseError(SPEC, { error: 13 })).toMatchObject({ text: 'Invalid phone number', textLanguage: 'en' });
  });

  it('never throws on hostile bodies and options', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const getter = Object.defineProperty({}, 'error', { get: () => { throw new Error('boom'); } });
    for (const raw of [revoked.proxy, getter, { result: revoked.proxy }, Symbol('x'), 10n, () => 1]) {
      expect(() => parseErrors(SPEC, raw, revoked.proxy as never)).not.toThrow();
    }
  });
});

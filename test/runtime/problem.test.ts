import { describe, expect, it } from 'vitest';
import { Category } from '../../runtime/core/category.ts';
import { PROBLEM_STATUS, toProblem } from '../../runtime/core/problem.ts';
import { acmeProvider } from './runtime-fixtures.ts';

const withPhone = acmeProvider.parse({ error: 13, message: 'Number +48500100200 is invalid' }, { httpStatus: 400 });
const unauthorized = acmeProvider.parse({ error: 101, message: 'Authorization failed' }, { httpStatus: 401 });

describe('toProblem', () => {
  it("takes the status from the category, never the provider's", () => {
    expect(toProblem(unauthorized).status).toBe(502);
    expect(toProblem(withPhone).status).toBe(422);
    expect(toProblem(acmeProvider.parse('<html>Bad gateway</html>', { httpStatus: 504 })).status).toBe(PROBLEM_STATUS[Category.PROVIDER_INTERNAL_ERROR]);
  });

  it('has a status for every category, and lets the table and the status be overridden', () => {
    expect(Object.keys(PROBLEM_STATUS).sort()).toEqual(Object.values(Category).sort());
    expect(toProblem(unauthorized, { statusByCategory: { [Category.AUTHENTICATION]: 500 } }).status).toBe(500);
    expect(toProblem(unauthorized, { status: 503, statusByCategory: { [Category.AUTHENTICATION]: 500 } }).status).toBe(503);
  });

  it("keeps the provider's raw message out of detail unless asked for", () => {
    const problem = toProblem(withPhone);
    expect(JSON.stringify(problem)).not.toContain('+48500100200');
    expect(problem).not.toHaveProperty('detail');
    expect(problem).toMatchObject({ title: 'Invalid phone number', provider: 'acme', code: 13, key: 'BAD_NUMBER', category: 'invalid_phone_number', retryable: false });
    expect(toProblem(withPhone, { includeProviderMessage: true }).detail).toBe('Number +48500100200 is invalid');
  });

  it('gives an absolute type only with an absolute base URL, about:blank otherwise', () => {
    expect(toProblem(withPhone).type).toBe('about:blank');
    expect(toProblem(withPhone, { baseUrl: 'https://example.com/errors' }).type).toBe('https://example.com/errors/acme/README.md#codes-bad-number');
    expect(toProblem(withPhone, { baseUrl: 'https://example.com/errors/' }).type).toBe('https://example.com/errors/acme/README.md#codes-bad-number');
    expect(toProblem(withPhone, { baseUrl: 'errors/' }).type).toBe('about:blank');
    expect(toProblem(acmeProvider.parse({ error: 9 }), { baseUrl: 'https://example.com/' })).toMatchObject({ type: 'about:blank', title: 'Unknown provider error', code: 9 });
  });

  it('takes null options', () => {
    expect(toProblem(withPhone, null).status).toBe(422);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { ProviderApiError } from '../../runtime/core/provider-api-error.ts';
import { acmeProvider } from './runtime-fixtures.ts';

describe('ProviderApiError', () => {
  it('names provider, code, key and documented text, never what the provider sent', () => {
    const raw = { error: 13, message: 'Number +48500100200 is invalid' };
    const error = new ProviderApiError(acmeProvider.parse(raw, { httpStatus: 400 }));
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('acme error 13 (BAD_NUMBER): Invalid phone number');
    expect(error).toMatchObject({ name: 'ProviderApiError', provider: 'acme', code: 13, key: 'BAD_NUMBER', category: 'invalid_phone_number', retryable: false, httpStatus: 400 });
    expect(error.cause).toBe(raw);
    expect(error.error.known).toBe(true);
  });

  it('describes an undocumented response by status, with a printable, short code', () => {
    const error = new ProviderApiError(acmeProvider.parse({ error: 'x\u001b[2J'.repeat(20) }, { httpStatus: 502 }));
    expect(error.message).toMatch(/^acme error x\?\[2Jx\?\[2J[^\u001b]*: undocumented response \(HTTP 502\)$/);
    expect(error.key).toBeUndefined();
  });

  it('is recognised by instanceof across copies of the core package, and subclasses stay exact', async () => {
    // A second copy of the module, as two versions of @errcat/core in one node_modules would be.
    vi.resetModules();
    const copy = await import('../../runtime/core/provider-api-error.ts');
    expect(copy.ProviderApiError).not.toBe(ProviderApiError);
    const foreign = new copy.ProviderApiError(acmeProvider.parse({ error: 101 }));
    expect(foreign instanceof ProviderApiError).toBe(true);
    class Mine extends ProviderApiError {}
    expect(foreign instanceof Mine).toBe(false);
    expect(new Mine(acmeProvider.parse({ error: 101 })) instanceof Mine).toBe(true);
    expect({} instanceof ProviderApiError).toBe(false);
  });
});

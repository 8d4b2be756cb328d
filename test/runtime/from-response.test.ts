import { describe, expect, it } from 'vitest';
import { fromResponse, fromResponseAll } from '../../runtime/core/from-response.ts';
import { acmeProvider } from './runtime-fixtures.ts';

describe('fromResponse', () => {
  it("reads a Fetch Response's JSON body once, with its status and Retry-After", async () => {
    const response = new Response('{"error": 13, "message": "No correct phone numbers"}', { status: 400, headers: { 'content-type': 'application/json', 'retry-after': '30' } });
    const error = await fromResponse(acmeProvider, response);
    expect(error).toMatchObject({ known: true, key: 'BAD_NUMBER', httpStatus: 400, retryAfterSeconds: 30, shape: 'body' });
    expect(response.bodyUsed).toBe(true);
  });

  it('honours the content type: plain text is matched as text, an HTML page is no documented body', async () => {
    expect(await fromResponse(acmeProvider, new Response('ERROR:101', { status: 200, headers: { 'content-type': 'text/plain' } }))).toMatchObject({ known: true, key: 'INVALID_AUTHORIZATION', shape: 'plain-text' });
    const page = new Response('ERROR:101', { status: 502, headers: { 'content-type': 'text/html' } });
    expect(await fromResponse(acmeProvider, page)).toMatchObject({ known: false, categorySource: 'http-status', category: 'provider_internal_error' });
  });

  it('never rejects: a body that is not JSON, or too large, or unreadable, is classified by status', async () => {
    expect(await fromResponse(acmeProvider, new Response('{"error": 13', { status: 429, headers: { 'content-type': 'application/json' } }))).toMatchObject({ known: false, category: 'rate_limit' });
    const large = new Response(JSON.stringify({ error: 13, padding: 'x'.repeat(2048) }), { status: 400 });
    expect(await fromResponse(acmeProvider, large, { maxBodyBytes: 1024 })).toMatchObject({ known: false, httpStatus: 400 });
    const broken = { status: 503, headers: { get: () => { throw new Error('boom'); } }, text: () => Promise.reject(new Error('reset')) };
    expect(await fromResponse(acmeProvider, broken)).toMatchObject({ known: false, httpStatus: 503 });
  });

  it('takes an Axios-style response, its data already decoded, and its headers as a record', async () => {
    expect(await fromResponse(acmeProvider, { status: 400, data: { error: 101 }, headers: { 'retry-after': '5' } })).toMatchObject({ known: true, code: 101, httpStatus: 400, retryAfterSeconds: 5 });
    expect(await fromResponse(acmeProvider, { status: 200, data: 'ERROR:13', headers: { 'content-type': 'text/plain' } }, { language: 'pl' })).toMatchObject({ known: true, key: 'BAD_NUMBER', textLanguage: 'en' });
  });

  it('gives every error of a body from fromResponseAll', async () => {
    expect(await fromResponseAll(acmeProvider, new Response('{"error": 13}', { status: 400 }))).toHaveLength(1);
  });
});

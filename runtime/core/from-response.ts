import type { ErrorEntry } from './entry.js';
import type { ParseOptions, ProviderError, ProviderErrors } from './provider-error.js';
import { ownValue } from './wire-values.js';

/** The parts of a Fetch API `Response` (Node 18+, browsers, Deno, Bun) that `fromResponse` reads. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly body?: { getReader(): StreamReader } | null;
  text(): Promise<string>;
}

/** An Axios-style response (`error.response` of a failed request): the body already decoded into `data`. */
export interface AxiosResponseLike {
  readonly status: number;
  readonly data?: unknown;
  readonly headers?: unknown;
}

/** Options of `fromResponse`. */
export interface FromResponseOptions {
  /** Language for `text` (see `entryText`). */
  readonly language?: string | undefined;
  /** Largest body read, in bytes (default 1 MiB): a larger one is not read further and counts as no documented body. */
  readonly maxBodyBytes?: number | undefined;
}

interface StreamReader {
  read(): Promise<{ done: boolean; value?: Uint8Array | undefined }>;
  cancel(reason?: unknown): Promise<void>;
}

interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** Default of `maxBodyBytes`. */
export const MAX_BODY_BYTES: number = 1024 * 1024;

/**
 * The error of an HTTP response from the provider: reads the body once
 * (bounded), honours its content type (an HTML page is no documented body;
 * other text is JSON when it parses, else matched as text), and passes the status and
 * `Retry-After` on. Takes a Fetch `Response` or an Axios-style
 * `{ status, data, headers }`. Never rejects: a body it cannot read or parse
 * gives an error classified by the HTTP status.
 */
export async function fromResponse<E extends ErrorEntry>(provider: ProviderErrors<E>, response: FetchResponseLike | AxiosResponseLike, options?: FromResponseOptions): Promise<ProviderError<E>> {
  const read = await readResponse(response, options);
  return provider.parse(read.raw, read.options);
}

/** Every error of a response (one per item where the provider answers with per-message results): see `fromResponse`. */
export async function fromResponseAll<E extends ErrorEntry>(provider: ProviderErrors<E>, response: FetchResponseLike | AxiosResponseLike, options?: FromResponseOptions): Promise<readonly [ProviderError<E>, ...ProviderError<E>[]]> {
  const read = await readResponse(response, options);
  return provider.parseAll(read.raw, read.options);
}

async function readResponse(response: FetchResponseLike | AxiosResponseLike, options: FromResponseOptions | undefined): Promise<{ raw: unknown; options: ParseOptions }> {
  // A Fetch Response's status is a getter; a hostile object's may throw.
  let status: unknown;
  try {
    status = response.status;
  } catch {
    status = undefined;
  }
  const header = (name: string) => headerOf(response, name);
  const contentType = header('content-type');
  const retryAfter = header('retry-after');
  const parseOptions: ParseOptions = {
    ...(typeof status === 'number' ? { httpStatus: status } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
    ...(contentType !== undefined ? { contentType } : {}),
    ...(options?.language !== undefined ? { language: options.language } : {}),
  };
  if (!isFetchResponse(response)) return { raw: ownValue(response, 'data'), options: parseOptions };
  const limit = typeof options?.maxBodyBytes === 'number' && options.maxBodyBytes >= 0 ? options.maxBodyBytes : MAX_BODY_BYTES;
  return { raw: await boundedText(response, limit), options: parseOptions };
}

function isFetchResponse(response: unknown): response is FetchResponseLike {
  return typeof (response as { text?: unknown } | null)?.text === 'function';
}

/** A header's value from a Fetch `Headers`, an AxiosHeaders object or a plain record; never throws. */
function headerOf(response: unknown, name: string): string | undefined {
  try {
    const headers = (response as { headers?: unknown }).headers;
    if (headers === null || typeof headers !== 'object') return undefined;
    const get = (headers as { get?: unknown }).get;
    const value = typeof get === 'function' ? (get as (n: string) => unknown).call(headers, name) : ownValue(headers, name) ?? ownValue(headers, name.toLowerCase());
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The body as text, read once, at most `limit` bytes; `''` when it is larger or cannot be read. */
async function boundedText(response: FetchResponseLike, limit: number): Promise<string> {
  try {
    const Decoder = (globalThis as { TextDecoder?: new (label?: string) => Decoder }).TextDecoder;
    const reader = response.body?.getReader();
    if (!reader || !Decoder) {
      const text = await response.text();
      return text.length > limit ? '' : text;
    }
    const decoder = new Decoder('utf-8');
    let text = '';
    let bytes = 0;
    for (;;) {
      const chunk = await reader.read();
      if (chunk.done) return text + decoder.decode();
      bytes += chunk.value?.byteLength ?? 0;
      if (bytes > limit) {
        await reader.cancel().catch(() => undefined);
        return '';
      }
      text += decoder.decode(chunk.value, { stream: true });
    }
  } catch {
    return '';
  }
}

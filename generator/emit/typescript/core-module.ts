import type { Model } from '../../model/model.ts';
import { docComment, stringLiteral } from './safe-text.ts';
import { sourceFileText } from './source-text.ts';

/**
 * Source of the shared `core` package: the taxonomy enum (from the schema) and
 * the provider-independent runtime every provider package builds on. The
 * runtime part is fixed code; only the taxonomy varies with the schema.
 */
export function coreModuleSource(model: Model, header: string): string {
  return sourceFileText('core/src/index.ts', (w) => {
    w.write(header).blankLine();
    w.writeLine(docComment(['What an error means for an application, whichever provider said it (the errcat taxonomy).']));
    w.write('export enum Category').block(() => {
      for (const member of model.taxonomy) {
        w.writeLine(
          docComment([
            member.description,
            '',
            `Retryable by default: ${member.retryableByDefault ? 'yes' : 'no'}. Safe to resend without an idempotency key: ${member.resendableByDefault ? 'yes' : 'no'}.`,
            `Who must act: ${member.actor.replace('_', ' ')}. Another provider may succeed: ${member.failover ? 'yes' : 'no'}.`,
          ]),
        );
        w.writeLine(`${member.member} = ${stringLiteral(member.id)},`);
      }
    });
    w.blankLine();
    w.writeLine(docComment(['Every category with its description, retry and resend defaults, who must act and whether failover may help, in taxonomy order.']));
    w.write('export const CATEGORIES: readonly CategoryInfo[] = [').newLine();
    w.indent(() => {
      for (const member of model.taxonomy) {
        w.writeLine(
          `{ category: Category.${member.member}, description: ${stringLiteral(member.description)}, retryableByDefault: ${member.retryableByDefault}, ` +
            `resendableByDefault: ${member.resendableByDefault}, actor: ${stringLiteral(member.actor)}, failover: ${member.failover} },`,
        );
      }
    });
    w.writeLine('];').blankLine();
    w.write(CORE_RUNTIME);
  });
}

/** The fixed runtime of the core package, written as TypeScript that compiles under isolated declarations. */
const CORE_RUNTIME = `/** Who must act on an error: the end user (fix the number or content), the developer (fix the request), the account owner (top up, register a sender), the provider (wait, or switch provider), or nobody. */
export type Actor = 'end_user' | 'developer' | 'account_owner' | 'provider' | 'none';

/** A category of the taxonomy with what it means and what to do about it. */
export interface CategoryInfo {
  readonly category: Category;
  readonly description: string;
  /** Whether the same request may succeed later, unchanged (for \`in_progress\`: poll for the result). */
  readonly retryableByDefault: boolean;
  /** Whether sending the same request again is safe without an idempotency key (never where the provider may have accepted it). */
  readonly resendableByDefault: boolean;
  readonly actor: Actor;
  /** Whether trying another provider may succeed. */
  readonly failover: boolean;
}

/** The taxonomy's entry for a category (\`unknown\`'s for a value outside it). */
export function categoryInfo(category: Category): CategoryInfo {
  return CATEGORIES.find((info) => info.category === category) ?? CATEGORIES.find((info) => info.category === Category.UNKNOWN)!;
}

/** One documented entry of a provider's catalog, as the generated lookup maps hold it. */
export interface ErrorEntry<Code extends number | string | null = number | string | null, Key extends string = string> {
  /** Provider id, e.g. \`notificore\`. */
  readonly provider: string;
  /** Catalog id, e.g. \`api-v1\`. */
  readonly catalog: string;
  /** Stable key, the enum member name. */
  readonly key: Key;
  /** The code as documented; \`null\` for message-only errors. */
  readonly code: Code;
  /** The documented text, exactly as published. */
  readonly text: string;
  /** Title of the documented section. */
  readonly section: string;
  readonly category: Category;
  /** Whether the same request may succeed later, unchanged. */
  readonly retryable: boolean;
  /** Whether sending the same request again is safe without an idempotency key. */
  readonly resendable: boolean;
  readonly httpStatus?: number;
  /** The provider's own type name. */
  readonly type?: string;
  /** Language of \`text\`. */
  readonly language: string;
  /** Corrected or clearer English summary. */
  readonly summary?: string;
  readonly translations?: Readonly<Record<string, string>>;
  readonly notes?: string;
  readonly causes?: readonly string[];
  readonly solutions?: readonly string[];
  readonly documentation?: string;
  readonly deprecated?: boolean;
  /** Where the entry is described, relative to the generated folder: \`<provider>/README.md#<anchor>\`. */
  readonly reference: string;
}

/** What the caller knows besides the body. Read as an own data property; anything else (\`null\`, a getter) counts as not given. */
export interface ParseOptions {
  /** HTTP status of the response (an integer), used when the body alone does not identify the error. */
  readonly httpStatus?: number;
  /** The response's \`Retry-After\` header (seconds or an HTTP date), for \`retryAfterSeconds\`. */
  readonly retryAfter?: string | number | null;
}

/** The fields read off the wire, before classification. */
export interface WireFields {
  readonly provider: string;
  /** The code field as the wire carried it (string or number), if any. */
  readonly code?: number | string;
  readonly message?: string;
  readonly type?: string;
  readonly details: readonly string[];
  readonly httpStatus?: number;
  /** The \`Retry-After\` value the caller passed, as given. */
  readonly retryAfter?: string | number | null;
  readonly raw: unknown;
}

/** What an application does with an error, whatever its provider: the category's defaults, or the entry's own. */
export interface ErrorHandling {
  readonly category: Category;
  /** Whether the same request may succeed later (for \`in_progress\`: poll, do not resend). */
  readonly retryable: boolean;
  /** Whether sending the same request again is safe without an idempotency key. */
  readonly resendable: boolean;
  /** Who must act. */
  readonly actor: Actor;
  /** Whether trying another provider may succeed. */
  readonly failover: boolean;
  /** Where the category came from: the documented entry, the HTTP status (the body was not a documented error), or nothing (\`unknown\`). */
  readonly categorySource: 'entry' | 'http-status' | 'none';
  /** Seconds to wait before retrying, from \`Retry-After\`, when the caller passed one. */
  readonly retryAfterSeconds?: number;
}

/** A provider error recognised from its catalog. */
export interface KnownProviderError extends WireFields, ErrorHandling {
  readonly known: true;
  readonly entry: ErrorEntry;
  readonly catalog: string;
  readonly key: string;
  readonly categorySource: 'entry';
}

/**
 * A provider error whose code or message no catalog documents (yet):
 * providers add codes without notice, and a gateway answers with an HTML
 * page. The HTTP status then says more than nothing: its category (429 →
 * \`rate_limit\`, 5xx → \`provider_internal_error\`, 401 → \`authentication\`, …)
 * with \`categorySource: 'http-status'\`.
 */
export interface UnknownProviderError extends WireFields, ErrorHandling {
  readonly known: false;
  readonly entry?: undefined;
  readonly categorySource: 'http-status' | 'none';
}

/** The provider-independent error: handle "insufficient balance" once, whichever provider said it. */
export type ProviderError = KnownProviderError | UnknownProviderError;

/** What a provider package exports for \`normalize()\`. */
export interface ProviderErrors {
  readonly id: string;
  readonly name: string;
  readonly packageName: string;
  /** Turns a raw error response body into a typed error; never throws, whatever the body and the options are. */
  parse(raw: unknown, options?: ParseOptions): ProviderError;
}

/** An RFC 9457 problem-details object with errcat's extension members. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly provider: string;
  readonly code?: number | string;
  readonly category: Category;
  readonly retryable: boolean;
}

/** Options of \`toProblem\`. */
export interface ProblemOptions {
  /** Base URL the generated folder is published at (e.g. your repository's blob URL of \`generated/\`); \`type\` is joined to it. Default: the relative reference. */
  readonly baseUrl?: string;
  /** HTTP status of your own response (default: the error's status, else 502 Bad Gateway). */
  readonly status?: number;
}

/**
 * Parses any provider's raw error response (object or JSON text) into a
 * provider-independent error. Never throws, whatever the body and the options
 * are: a body it cannot read gives \`known: false\`.
 */
export function normalize(provider: ProviderErrors, raw: unknown, options?: ParseOptions): ProviderError {
  return provider.parse(raw, options);
}

/**
 * Whether to send the same request again later: it may succeed, AND sending
 * it again cannot duplicate a message. An error the provider may have acted
 * on (an internal error during a send, a message still in progress) is
 * retryable but not safe to resend: this answers false for it unless the
 * request carries an idempotency key (SMSAPI \`idx\` with \`check_idx=1\`,
 * Notificore \`reference\`) and the caller says so with \`{ idempotent: true }\`.
 * For \`in_progress\` ask again for the status instead (\`shouldPoll\`).
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

/** Renders an error as RFC 9457 problem details, for teams that pass provider errors on through their own API. */
export function toProblem(error: ProviderError, options: ProblemOptions = {}): Problem {
  const reference = error.known ? error.entry.reference : 'about:blank';
  // Plain string joining, not the URL global: consumers compiling with lib es2022 and no DOM or node types must type-check.
  const type = options.baseUrl !== undefined && error.known ? (options.baseUrl.endsWith('/') ? options.baseUrl : options.baseUrl + '/') + reference : reference;
  const title = error.known ? (error.entry.summary ?? error.entry.text) : 'Unknown provider error';
  const detail = error.message ?? (error.known ? error.entry.text : undefined);
  const problem: Problem = {
    type,
    title,
    status: options.status ?? error.httpStatus ?? 502,
    provider: error.provider,
    category: error.category,
    retryable: error.retryable,
    ...(detail !== undefined ? { detail } : {}),
    ...(error.known && error.entry.code !== null ? { code: error.entry.code } : error.code !== undefined ? { code: error.code } : {}),
  };
  return problem;
}

/** The body as a JSON value: objects pass through, JSON text is parsed, anything else stays as it is. */
export function bodyOf(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

/**
 * The value of an object's own data property, or undefined. Bodies and options
 * come from callers as any JavaScript value, and the parsers never throw: a
 * getter is never run (it could throw, or answer something the body does not
 * hold), and a Proxy whose trap throws, or a revoked one, reads as absent.
 */
function ownValue(holder: unknown, name: string): unknown {
  if (holder === null || typeof holder !== 'object') return undefined;
  try {
    const descriptor = Object.getOwnPropertyDescriptor(holder, name);
    return descriptor !== undefined && 'value' in descriptor ? (descriptor.value as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** The value at a JSON Pointer, reading own data properties only (never the prototype chain, never a getter). */
export function valueAt(body: unknown, pointer: string): unknown {
  let current: unknown = body;
  for (const token of pointer.split('/').slice(1)) {
    current = ownValue(current, token.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (current === undefined) return undefined;
  }
  return current;
}

/** The HTTP status in parse options: an integer own data property \`httpStatus\` of an object, else undefined (whatever the options are). */
export function httpStatusOf(options: unknown): number | undefined {
  const status = ownValue(options, 'httpStatus');
  return typeof status === 'number' && Number.isInteger(status) ? status : undefined;
}

/** The \`retryAfter\` the caller passed (a string or a number), read as \`httpStatusOf\` reads the status: own data only, never throwing. */
export function retryAfterOf(options: unknown): string | number | undefined {
  const value = ownValue(options, 'retryAfter');
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

/** A code as the wire carries it: a string or a finite number, else undefined. */
export function codeAt(body: unknown, pointer: string): number | string | undefined {
  const value = valueAt(body, pointer);
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : undefined;
}

/** A string field, else undefined. */
export function stringAt(body: unknown, pointer: string): string | undefined {
  const value = valueAt(body, pointer);
  return typeof value === 'string' ? value : undefined;
}

/**
 * The strings of a list field (\`null\` or absent gives none). Read by its own
 * keys rather than counting up to \`length\`, so a sparse list of 2^32-1 slots
 * costs what it holds; a list that cannot be read (a revoked or throwing
 * Proxy) gives none.
 */
export function stringsAt(body: unknown, pointer: string): readonly string[] {
  const list = valueAt(body, pointer);
  try {
    if (!Array.isArray(list)) return [];
    const strings: string[] = [];
    for (const key of Object.keys(list)) {
      const item = /^(?:0|[1-9]\\d*)$/.test(key) ? ownValue(list, key) : undefined;
      if (typeof item === 'string') strings.push(item);
    }
    return strings;
  } catch {
    return [];
  }
}

/** An integer code from what the wire carries: \`40\` and \`"40"\` alike, up to the largest safe integer. */
export function integerCodeOf(wire: unknown): number | undefined {
  if (typeof wire === 'number') return Number.isSafeInteger(wire) ? wire : undefined;
  if (typeof wire !== 'string' || !/^-?\\d{1,16}$/.test(wire.trim())) return undefined;
  const code = Number(wire.trim());
  return Number.isSafeInteger(code) ? code : undefined;
}

/** A string code from what the wire carries: numbers are read as their decimal text. */
export function stringCodeOf(wire: unknown): string | undefined {
  if (typeof wire === 'string') return wire;
  if (typeof wire === 'number' && Number.isFinite(wire)) return String(wire);
  return undefined;
}

/** Seconds from a \`Retry-After\` value: delta-seconds, or an HTTP date from now; undefined when it is neither. */
export function retryAfterSecondsOf(value: string | number | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.ceil(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\\d{1,10}$/.test(text)) return Number(text);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

/** The error for a recognised entry. */
export function knownError(wire: WireFields, entry: ErrorEntry): KnownProviderError {
  const info = categoryInfo(entry.category);
  const retryAfterSeconds = retryAfterSecondsOf(wire.retryAfter);
  return {
    ...wire,
    known: true,
    entry,
    catalog: entry.catalog,
    key: entry.key,
    category: entry.category,
    retryable: entry.retryable,
    resendable: entry.resendable,
    actor: info.actor,
    failover: info.failover,
    categorySource: 'entry',
    httpStatus: wire.httpStatus ?? entry.httpStatus,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}

/**
 * The category an HTTP status gives a response whose body is not a
 * documented error, and whether resending is safe: 408 (the server never had
 * the whole request) and 503 (not handled) are; 500, 502 and 504 are not,
 * since the provider, or the one behind a gateway, may have acted.
 */
export function statusCategory(status: number | undefined): { readonly category: Category; readonly resendable?: boolean } | undefined {
  if (status === undefined || !Number.isInteger(status) || status < 400 || status > 599) return undefined;
  switch (status) {
    case 401: return { category: Category.AUTHENTICATION };
    case 402: return { category: Category.INSUFFICIENT_BALANCE };
    case 403: return { category: Category.PERMISSION };
    case 404: case 410: return { category: Category.NOT_FOUND };
    case 408: return { category: Category.PROVIDER_INTERNAL_ERROR, resendable: true };
    case 409: return { category: Category.INVALID_STATE };
    case 429: return { category: Category.RATE_LIMIT };
    case 501: return { category: Category.UNSUPPORTED };
    case 503: return { category: Category.PROVIDER_INTERNAL_ERROR, resendable: true };
    case 400: case 405: case 406: case 413: case 415: case 422: return { category: Category.INVALID_PARAMETERS };
    default: return status >= 500 ? { category: Category.PROVIDER_INTERNAL_ERROR } : { category: Category.UNKNOWN, resendable: true };
  }
}

/** The error for a body no catalog documents: classified by the HTTP status when there is one, else \`unknown\` (possibly done: not resendable). */
export function unknownError(wire: WireFields): UnknownProviderError {
  const byStatus = statusCategory(wire.httpStatus);
  const info = categoryInfo(byStatus?.category ?? Category.UNKNOWN);
  const retryAfterSeconds = retryAfterSecondsOf(wire.retryAfter);
  return {
    ...wire,
    known: false,
    category: info.category,
    retryable: info.retryableByDefault,
    resendable: byStatus?.resendable ?? info.resendableByDefault,
    actor: info.actor,
    failover: info.failover,
    categorySource: byStatus ? 'http-status' : 'none',
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  };
}
`;

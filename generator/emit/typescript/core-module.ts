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
        w.writeLine(docComment([member.description, '', `Retryable by default: ${member.retryableByDefault ? 'yes' : 'no'}.`]));
        w.writeLine(`${member.member} = ${stringLiteral(member.id)},`);
      }
    });
    w.blankLine();
    w.writeLine(docComment(['Every category with its description and retryable default, in taxonomy order.']));
    w.write('export const CATEGORIES: readonly CategoryInfo[] = [').newLine();
    w.indent(() => {
      for (const member of model.taxonomy) {
        w.writeLine(
          `{ category: Category.${member.member}, description: ${stringLiteral(member.description)}, retryableByDefault: ${member.retryableByDefault} },`,
        );
      }
    });
    w.writeLine('];').blankLine();
    w.write(CORE_RUNTIME);
  });
}

/** The fixed runtime of the core package, written as TypeScript that compiles under isolated declarations. */
const CORE_RUNTIME = `/** A category of the taxonomy with what it means. */
export interface CategoryInfo {
  readonly category: Category;
  readonly description: string;
  readonly retryableByDefault: boolean;
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
  readonly retryable: boolean;
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
  readonly raw: unknown;
}

/** A provider error recognised from its catalog. */
export interface KnownProviderError extends WireFields {
  readonly known: true;
  readonly entry: ErrorEntry;
  readonly catalog: string;
  readonly key: string;
  readonly category: Category;
  readonly retryable: boolean;
}

/** A provider error whose code or message no catalog documents (yet): providers add codes without notice. */
export interface UnknownProviderError extends WireFields {
  readonly known: false;
  readonly entry?: undefined;
  readonly category: Category;
  readonly retryable: false;
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

/** Whether repeating the same request later may succeed. */
export function isRetryable(error: { readonly retryable: boolean } | null | undefined): boolean {
  return error?.retryable === true;
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

/** The error for a recognised entry. */
export function knownError(wire: WireFields, entry: ErrorEntry): KnownProviderError {
  return {
    ...wire,
    known: true,
    entry,
    catalog: entry.catalog,
    key: entry.key,
    category: entry.category,
    retryable: entry.retryable,
    httpStatus: wire.httpStatus ?? entry.httpStatus,
  };
}

/** The error for a body no catalog documents. */
export function unknownError(wire: WireFields): UnknownProviderError {
  return { ...wire, known: false, category: Category.UNKNOWN, retryable: false };
}
`;

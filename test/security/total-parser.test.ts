import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedOutput } from '../helpers/generated-output.ts';
import { installPackages, type InstalledPackages } from '../e2e/property/helpers/installed-packages.ts';

/**
 * The generated parsers (`parse<Provider>Error`, and `normalize()` of the core
 * package) are documented never to throw: an application calls them in its
 * error path, where a throw would replace the provider's error with the
 * parser's. They must be total over every JavaScript value a caller can pass
 * as the body and as the options — objects whose getters throw, Proxies whose
 * every trap throws, revoked Proxies, arrays that cannot be read — and give a
 * sane result: `known: false` (category `unknown`) when the body cannot be
 * read, and never a value taken by running a getter.
 *
 * Each hostile value goes to every provider of this repository's catalogs, as
 * plain Node imports the generated `dist/` packages.
 */

type Result = Record<string, unknown> & { known: boolean };
type Parse = (raw: unknown, options?: unknown) => Result;

const boom = () => {
  throw new Error('hostile');
};

/** A Proxy whose every trap throws. */
const throwingProxy = <T extends object>(target: T): T =>
  new Proxy(target, {
    get: boom, has: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom, defineProperty: boom,
    deleteProperty: boom, set: boom, isExtensible: boom, preventExtensions: boom, setPrototypeOf: boom, apply: boom, construct: boom,
  });

const revoked = <T extends object>(target: T): T => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

/** An object whose getters throw at every name the shipped wire formats read. */
const throwingGetters = (): object => {
  const inner = Object.defineProperties({}, Object.fromEntries(['code', 'type', 'message'].map((k) => [k, { get: boom, enumerable: true }])));
  return Object.defineProperties({}, {
    ...Object.fromEntries(['error', 'errorDescription', 'message', 'code', 'listErrors'].map((k) => [k, { get: boom, enumerable: true }])),
    nested: { value: inner, enumerable: true },
  });
};

/** Getters that would answer a documented code: a parser that runs them reads a value the body does not hold. */
const answeringGetters = (): object =>
  Object.defineProperties({}, Object.fromEntries(['error', 'code'].map((k) => [k, { get: () => 1, enumerable: true }])));

const unreadableList = Object.defineProperty([], 0, { get: boom, enumerable: true });

/** A Proxy whose descriptor trap answers with a descriptor whose fields throw when read. */
const lyingProxy = new Proxy({}, {
  getOwnPropertyDescriptor: () => Object.defineProperty({}, 'value', { get: boom, enumerable: true }),
  has: () => true,
  get: boom,
});

/** Fields every shipped wire format reads, holding a code and a message no catalog documents. */
const UNDOCUMENTED = { error: 987_654_321, code: 987_654_321, message: 'nobody documented this', errorDescription: 'nobody documented this' };

const HOSTILE_BODIES: readonly [string, () => unknown][] = [
  ['an object whose getters throw', throwingGetters],
  ['getters that answer a documented code', answeringGetters],
  ['a Proxy whose traps throw', () => throwingProxy({})],
  ['a Proxy of an array whose traps throw', () => throwingProxy([])],
  ['a Proxy of a function whose traps throw', () => throwingProxy(() => 1)],
  ['a revoked Proxy', () => revoked({})],
  ['a revoked Proxy of an array', () => revoked([])],
  ['a Proxy whose descriptors throw', () => lyingProxy],
  ['fields that are throwing Proxies', () => ({ error: throwingProxy({}), errorDescription: throwingProxy({}), message: throwingProxy({}), code: throwingProxy({}), listErrors: throwingProxy([]) })],
  ['fields that are revoked Proxies', () => ({ error: revoked({}), message: revoked({}), code: revoked({}), listErrors: revoked([]) })],
  ['a list whose element getter throws', () => ({ ...UNDOCUMENTED, listErrors: unreadableList })],
  ['a list that is a throwing Proxy of an array', () => ({ ...UNDOCUMENTED, listErrors: throwingProxy(['a']) })],
  ['a sparse list of 2^32-1 elements', () => ({ ...UNDOCUMENTED, listErrors: new Array(2 ** 32 - 1) })],
  ['an object inheriting from a throwing Proxy', () => Object.create(throwingProxy({}))],
  ['a BigInt code', () => ({ error: 10n, code: 10n })],
  ['JSON text nested 100,000 deep', () => '['.repeat(100_000) + ']'.repeat(100_000)],
  ['a String object', () => new String('{"error": 1}')],
  ['a symbol', () => Symbol('body')],
];

const HOSTILE_OPTIONS: readonly [string, () => unknown][] = [
  ['null', () => null],
  ['a number', () => 42],
  ['a string', () => 'options'],
  ['a symbol', () => Symbol('options')],
  ['a throwing httpStatus getter', () => ({ get httpStatus() { return boom(); } })],
  ['an answering httpStatus getter', () => ({ get httpStatus() { return 400; } })],
  ['a Proxy whose traps throw', () => throwingProxy({})],
  ['a revoked Proxy', () => revoked({})],
  ['a non-number httpStatus', () => ({ httpStatus: { valueOf: boom } })],
  ['a NaN httpStatus', () => ({ httpStatus: NaN })],
];

let installed: InstalledPackages;
let core: Record<string, unknown>;
const providers: { id: string; parse: Parse; handle: unknown }[] = [];

beforeAll(async () => {
  const output = await generatedOutput();
  installed = await installPackages(output.files, '@errcat');
  core = await installed.load('core');
  for (const provider of output.model.providers) {
    const module = await installed.load(provider.id);
    providers.push({ id: provider.id, parse: module[provider.symbols.parse] as Parse, handle: module[provider.symbols.handle] });
  }
});

afterAll(async () => {
  await installed?.remove();
});

/** What every result must be, whatever went in: a well-formed error that renders as problem details. */
function expectSane(result: Result, provider: string, where: string): void {
  expect(typeof result, where).toBe('object');
  expect(result.provider, where).toBe(provider);
  expect(typeof result.known, where).toBe('boolean');
  expect(Object.values(core.Category as object), where).toContain(result.category);
  expect(typeof result.retryable, where).toBe('boolean');
  // A message-only entry's documented code is null.
  expect(['undefined', 'string', 'number', 'null'], where).toContain(result.code === null ? 'null' : typeof result.code);
  expect(['undefined', 'string'], where).toContain(typeof result.message);
  expect(Array.isArray(result.details) && (result.details as unknown[]).every((d) => typeof d === 'string'), where).toBe(true);
  expect(result.httpStatus === undefined || Number.isInteger(result.httpStatus), where).toBe(true);
  expect(() => (core.toProblem as (e: unknown) => unknown)(result), where).not.toThrow();
}

describe('the generated parsers are total', () => {
  it('have every provider to test', () => {
    expect(providers.map((p) => p.id)).toEqual(['bsg', 'notificore', 'serwersms', 'smsapi', 'yellowpush']);
  });

  it.each(HOSTILE_BODIES)('over a body that is %s: no throw, and unknown', (name, body) => {
    const normalize = core.normalize as (provider: unknown, raw: unknown, options?: unknown) => Result;
    for (const { id, parse, handle } of providers) {
      for (const [via, run] of [
        ['parse', () => parse(body())],
        ['normalize', () => normalize(handle, body())],
      ] as const) {
        const where = `${via} ${id}: ${name}`;
        let result: Result | undefined;
        expect(() => (result = run()), where).not.toThrow();
        expectSane(result!, id, where);
        expect(result!.known, where).toBe(false);
      }
    }
  });

  it.each(HOSTILE_OPTIONS)('over options that are %s: no throw, and the body still read', (name, options) => {
    const normalize = core.normalize as (provider: unknown, raw: unknown, options?: unknown) => Result;
    // A body every shipped wire format reads as a documented error (smsapi's code 8, Notificore's "8" and so on).
    const body = { error: 8, code: 1, message: 'Missing parameters', errorDescription: 'x' };
    for (const { id, parse, handle } of providers) {
      for (const [via, run] of [
        ['parse', () => parse(body, options())],
        ['normalize', () => normalize(handle, body, options())],
      ] as const) {
        const where = `${via} ${id}: options ${name}`;
        let result: Result | undefined;
        expect(() => (result = run()), where).not.toThrow();
        expectSane(result!, id, where);
        expect(result!.httpStatus === undefined || result!.httpStatus === (result!.entry as { httpStatus?: number } | undefined)?.httpStatus, where).toBe(true);
      }
    }
  });

  it('still reads plain bodies and options as before', () => {
    const yellowpush = providers.find((p) => p.id === 'yellowpush')!;
    const result = yellowpush.parse({ code: 1, message: 'Missing parameters', listErrors: ['a', 2, 'b'] }, { httpStatus: 400 });
    expect({ known: result.known, details: result.details, httpStatus: result.httpStatus }).toEqual({ known: true, details: ['a', 'b'], httpStatus: 400 });
    const serwersms = providers.find((p) => p.id === 'serwersms')!;
    expect(serwersms.parse('{"error": {"code": 1001, "type": "InvalidUser", "message": "m"}}').key).toBeDefined();
  });
});

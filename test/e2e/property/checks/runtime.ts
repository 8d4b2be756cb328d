import { expect } from 'vitest';
import type { ProviderModel } from '../../../../generator/model/model.ts';
import type { Catalog } from '../../../../generator/types/catalog.ts';
import type { CatalogSet } from '../helpers/catalog-set.ts';
import { catalogsOf, codeMatches, entriesOf, firstByCode, firstByMessage, languageOf, wireOf, type PlacedEntry } from '../helpers/expected.ts';
import { SCOPE, type Generated } from '../helpers/generate.ts';
import { installPackages } from '../helpers/installed-packages.ts';
import { retryableOf } from '../helpers/taxonomy.ts';
import { bodyOf, segmentsOf, wireForms, type Body } from '../helpers/wire-body.ts';

/**
 * Property 2: the generated JavaScript gives back exactly the input. The
 * packages are installed under a temporary node_modules and imported by plain
 * Node; for every entry of every catalog (inherited ones included):
 * - `lookup<Enum>(code)` (and `lookup<Enum>(String(code))` for integer codes)
 *   returns the entry with the input's key, code, text, section, category,
 *   retryable (the category's default when not given) and language; the enum
 *   member holds the code and `is<Enum>` accepts it;
 * - `lookup<Enum>ByMessage(text)` returns an entry with that text and meaning;
 * - `parse<Provider>Error` on a body built from the wire pointers (object and
 *   JSON text, in every form the wire encoding allows) returns `known: true`
 *   with the entry of the first catalog, in the parser's documented order, that
 *   documents it (a message first, then a code, then the HTTP status);
 * - unknown codes and messages give `known: false`, and hostile bodies
 *   (`null`, non-JSON text, `{"__proto__": ...}`, inherited fields, arrays,
 *   numbers) never throw and are not recognised through the prototype chain.
 */

type Fn = (...args: unknown[]) => unknown;
type Result = Record<string, unknown> & { known: boolean; retryable: boolean; resendable?: boolean; category?: string };

function fn(module: Record<string, unknown>, name: string): Fn {
  const value = module[name];
  if (typeof value !== 'function') throw new Error(`the package exports no function ${name}`);
  return value as Fn;
}

/** What an entry of the lookup maps must hold for an input entry. */
function expectedEntry(provider: string, language: string, placed: PlacedEntry): Record<string, unknown> {
  const { entry, catalog, sectionTitle } = placed;
  return {
    provider,
    catalog: catalog.id,
    key: entry.key,
    code: entry.code ?? null,
    text: entry.text,
    section: sectionTitle,
    category: entry.category,
    retryable: retryableOf(entry),
    language: entry.language ?? language,
    summary: entry.summary,
    type: entry.type,
    httpStatus: entry.httpStatus,
    deprecated: entry.deprecated === true || typeof entry.deprecated === 'object' ? true : undefined,
  };
}

/** The fields of a lookup result that `expectedEntry` names. */
function picked(found: unknown, like: Record<string, unknown>): Record<string, unknown> {
  if (found === null || typeof found !== 'object') return { found };
  return Object.fromEntries(Object.keys(like).map((k) => [k, (found as Record<string, unknown>)[k]]));
}

async function checkProvider(set: CatalogSet, provider: ProviderModel, module: Record<string, unknown>, core: Record<string, unknown>): Promise<void> {
  const catalogs = catalogsOf(set, provider.id);
  const language = languageOf(set, provider.id);
  const wire = wireOf(set, provider.id);
  const enumNameOf = (catalog: Catalog) => {
    const model = provider.catalogs.find((c) => c.id === catalog.id);
    if (!model) throw new Error(`the model of ${provider.id} has no catalog ${catalog.id}`);
    return model.enumName;
  };

  // Lookups, enums and guards.
  for (const catalog of catalogs) {
    const enumName = enumNameOf(catalog);
    const members = module[enumName] as Record<string, unknown> | undefined;
    expect(members, `enum ${enumName}`).toBeDefined();
    const guard = fn(module, `is${enumName}`);
    for (const placed of entriesOf(catalog)) {
      const { entry } = placed;
      const want = expectedEntry(provider.id, language, placed);
      const where = `${provider.id}/${catalog.id} ${entry.key}`;
      if (catalog.kind === 'error-message') {
        expect(members![entry.key], where).toBe(entry.key);
        expect(guard(entry.key), where).toBe(true);
        const found = fn(module, `lookup${enumName}ByMessage`)(entry.text) as Record<string, unknown> | undefined;
        const sameText = entriesOf(catalog).filter((p) => p.entry.text === entry.text);
        expect(found?.text, where).toBe(entry.text);
        expect(sameText.map((p) => p.entry.key), where).toContain(found?.key);
        expect(found?.category, where).toBe(entry.category);
        expect(found?.retryable, where).toBe(retryableOf(entry));
        continue;
      }
      const lookup = fn(module, `lookup${enumName}`);
      const found = lookup(entry.code);
      expect(picked(found, want), where).toEqual(want);
      if (typeof entry.code === 'number') expect(lookup(String(entry.code)), `${where} by "${entry.code}"`).toBe(found);
      expect(members![entry.key], where).toBe(entry.code);
      expect(guard(entry.code), where).toBe(true);
    }
  }

  // The parser, in its documented order: a message first, then a code, then the HTTP status.
  const parse = fn(module, `parse${provider.typeName}Error`);
  const normalize = fn(core, 'normalize');
  const toProblem = fn(core, 'toProblem');
  const isRetryable = fn(core, 'isRetryable');
  const handle = module[`${provider.typeName.charAt(0).toLowerCase()}${provider.typeName.slice(1)}Provider`];
  const messageCatalogs = wire.body.message ? catalogs.filter((c) => c.kind === 'error-message') : [];
  const codeCatalogs = wire.body.code ? catalogs.filter((c) => c.kind === 'error-code') : [];
  const statusCatalogs = catalogs.filter((c) => c.kind === 'http-status');
  const parsed = (raw: unknown, options?: { httpStatus: number }): Result => {
    const result = parse(raw, options) as Result;
    // Whatever it is, it renders as problem details and answers isRetryable without throwing.
    expect(() => toProblem(result)).not.toThrow();
    // isRetryable answers the safe question: retryable, and safe to resend (never for in_progress).
    expect(isRetryable(result)).toBe(result.retryable && result.resendable === true && result.category !== 'in_progress');
    return result;
  };
  const expectKnown = (result: Result, candidates: readonly PlacedEntry[], where: string) => {
    expect(candidates.length, `${where}: no expectation`).toBeGreaterThan(0);
    const first = candidates[0]!;
    expect({ known: result.known, catalog: result.catalog }, where).toEqual({ known: true, catalog: first.catalog.id });
    expect(candidates.map((c) => c.entry.key), where).toContain(result.key);
    const entry = result.entry as Record<string, unknown>;
    expect({ text: entry.text, category: result.category, retryable: result.retryable }, where).toEqual({
      text: first.entry.text,
      category: first.entry.category,
      retryable: retryableOf(first.entry),
    });
  };

  for (const catalog of codeCatalogs) {
    for (const { entry } of entriesOf(catalog)) {
      for (const form of wireForms(entry.code!, wire.body.code!.encoding)) {
        const body = bodyOf(wire, { code: form, details: null });
        const expected = firstByCode(codeCatalogs, form);
        const where = `${provider.id}: code ${JSON.stringify(form)} of ${catalog.id}/${entry.key} in ${JSON.stringify(body)}`;
        expectKnown(parsed(body), expected ? [expected] : [], where);
        expectKnown(parsed(JSON.stringify(body)), expected ? [expected] : [], `${where} (as JSON text)`);
        if (handle !== undefined) expect((normalize(handle, body) as Result).key, where).toBe(expected?.entry.key);
      }
    }
  }
  for (const catalog of messageCatalogs) {
    for (const { entry } of entriesOf(catalog)) {
      const body = bodyOf(wire, { message: entry.text, ...(entry.type !== undefined ? { type: entry.type } : {}), details: ['detail'] });
      const expected = firstByMessage(messageCatalogs, entry.text);
      const where = `${provider.id}: message ${JSON.stringify(entry.text)} of ${catalog.id}/${entry.key}`;
      expectKnown(parsed(body), expected, where);
      expectKnown(parsed(JSON.stringify(body)), expected, `${where} (as JSON text)`);
      // Only documented shapes are read: the text alone, as a plain-text body, is no documented body.
      if (!isJson(entry.text)) expect(parsed(entry.text).known, `${where} (as plain text)`).toBe(false);
    }
  }
  for (const catalog of statusCatalogs) {
    for (const { entry } of entriesOf(catalog)) {
      const status = entry.code as number;
      const expected = firstByCode(statusCatalogs, status);
      expectKnown(parsed('{}', { httpStatus: status }), expected ? [expected] : [], `${provider.id}: HTTP ${status} of ${catalog.id}/${entry.key}`);
    }
  }

  // Codes and messages nobody documented: unknown, and no lookup knows them.
  let unknownCode = 987_654_321;
  while (catalogs.some((c) => entriesOf(c).some((p) => p.entry.code !== undefined && (codeMatches(c, p.entry.code, unknownCode) || codeMatches(c, p.entry.code, String(unknownCode)))))) unknownCode++;
  let unknownMessage = 'errcat: a message nobody documented';
  while (catalogs.some((c) => entriesOf(c).some((p) => p.entry.text === unknownMessage))) unknownMessage += '!';
  for (const catalog of catalogs) {
    const enumName = enumNameOf(catalog);
    if (catalog.kind === 'error-message') {
      const lookup = fn(module, `lookup${enumName}ByMessage`);
      for (const wireValue of [unknownMessage, undefined, null, 42, {}, [], '__proto__', 'constructor', 'toString']) {
        const found = lookup(wireValue);
        if (found === undefined) continue;
        expect(entriesOf(catalog).map((p) => p.entry.text), `${catalog.id} by ${String(wireValue)}`).toContain(wireValue);
      }
    } else {
      const lookup = fn(module, `lookup${enumName}`);
      for (const wireValue of [unknownCode, String(unknownCode), undefined, null, {}, [], NaN, Infinity, -0.5, '', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
        const found = lookup(wireValue) as Record<string, unknown> | undefined;
        if (found === undefined) continue;
        // Only a documented code may be found (a catalog may document "constructor" or "").
        expect(entriesOf(catalog).some((p) => p.entry.code !== undefined && codeMatches(catalog, p.entry.code, wireValue)), `${catalog.id} by ${String(wireValue)}`).toBe(true);
      }
    }
  }
  const unknownBodies: Body[] = [
    bodyOf(wire, { code: wire.body.code?.encoding === 'string' ? String(unknownCode) : unknownCode }),
    bodyOf(wire, { message: unknownMessage }),
    bodyOf(wire, { code: wire.body.code?.encoding === 'integer' ? unknownCode : String(unknownCode), message: unknownMessage, type: 'Unknown', details: ['x'] }),
  ];
  for (const body of unknownBodies) {
    const result = parsed(body);
    expect({ known: result.known, category: result.category, retryable: result.retryable }, JSON.stringify(body)).toEqual({ known: false, category: 'unknown', retryable: false });
  }

  // Hostile bodies never throw, and documented fields count only where the body itself holds them.
  const realBody = [
    ...codeCatalogs.flatMap((c) => entriesOf(c).map((p) => bodyOf(wire, { code: p.entry.code! }))),
    ...messageCatalogs.flatMap((c) => entriesOf(c).map((p) => bodyOf(wire, { message: p.entry.text }))),
  ][0];
  const firstSegments = [wire.body.code, wire.body.message].flatMap((f) => (f ? [segmentsOf(f.pointer)[0]] : []));
  const hostile: unknown[] = [null, undefined, 42, -1, NaN, true, [], {}, 'null', '42', '[]', '{', '"quoted"', Object.create(null), new Date(0), () => 1, Symbol('x')];
  if (realBody) {
    hostile.push(
      Object.create(realBody),
      [realBody],
      JSON.parse(`{"__proto__": ${JSON.stringify(realBody)}}`),
      `{"__proto__": ${JSON.stringify(realBody)}}`,
      `{"constructor": {"prototype": ${JSON.stringify(realBody)}}}`,
    );
  }
  const throughPrototype = firstSegments.some((s) => s === '__proto__' || s === 'constructor' || s === '0');
  for (const body of hostile) {
    let result: Result | undefined;
    expect(() => (result = parsed(body)), `parse(${describeValue(body)})`).not.toThrow();
    if (throughPrototype) continue;
    // None of these is a documented shape (these catalogs document JSON bodies only): never a documented error by accident.
    expect(result!.known, `parse(${describeValue(body)})`).toBe(false);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function' || typeof value === 'symbol') return String(value);
  try {
    return `${Object.getPrototypeOf(value ?? {}) === Object.prototype ? '' : '(prototype)'}${JSON.stringify(value)}`;
  } catch {
    return String(value);
  }
}

/** Installs the generated packages, imports them with plain Node and checks every provider against the input. */
export async function checkRuntime(set: CatalogSet, generated: Generated): Promise<void> {
  const installed = await installPackages(generated.files, SCOPE);
  try {
    const core = await installed.load('core');
    for (const provider of generated.model.providers) {
      await checkProvider(set, provider, await installed.load(provider.id), core);
    }
  } finally {
    await installed.remove();
  }
}

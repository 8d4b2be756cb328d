import fc from 'fast-check';
import { Document, isScalar, visit } from 'yaml';
import type { Catalog, CatalogFile, Category, Entry, Section, Wire } from '../../../../generator/types/catalog.ts';
import { pascalCase } from '../../../../generator/vocabulary/names.ts';
import { nameClashes } from '../../../../generator/vocabulary/symbol-names.ts';
import { hostileText } from './hostile-text.ts';
import { CATEGORIES } from './taxonomy.ts';
import { bodyOf, pointerOf, type Body } from './wire-body.ts';

/**
 * Random VALID catalog sets: one or two providers, sometimes a white-label
 * child that `extends` the first (with a wire format of its own, or the
 * parent's), each with catalogs of every kind, sections, entries with unique
 * keys and codes, hostile texts everywhere a text may go, reserved ranges
 * away from the codes, and every optional field now and then. Each file is
 * serialised as YAML (the `yaml` package's `stringify`, which quotes what
 * needs quoting; with or without line folding) or as JSON.
 *
 * Names that tempt collisions are drawn on purpose: provider and catalog ids
 * whose derived TypeScript names meet the generator's own (`error` + `entry`
 * → `ErrorEntry`, `readonly` + `map` → `ReadonlyMap`, catalog `parse-errors`
 * or `index-v2` beside the modules `parse` and `index`, `error-body` beside the OpenAPI
 * body schema, `api` beside `api-key`), keys named after JavaScript
 * properties, pointers through `__proto__`, `constructor` and escaped `/` `~`.
 */

export type Kind = Catalog['kind'];
export type Format = 'yaml' | 'yaml-folded' | 'json';

/** One provider's catalog file: its value, how it was written, and its text. */
export interface ProviderInput {
  id: string;
  /** The provider it is a white-label copy of. */
  parent?: string;
  file: CatalogFile;
  format: Format;
  /** Path as the loader reports it, e.g. `catalogs/acme.yaml`. */
  path: string;
  text: string;
}

/** A set of catalog files that must validate and generate together. */
export interface CatalogSet {
  providers: ProviderInput[];
}

const KINDS: readonly Kind[] = ['error-code', 'error-message', 'http-status', 'delivery-status'];
const ENCODINGS = ['string', 'integer', 'string-or-integer'] as const;

const PROVIDER_IDS = ['acme', 'brandco', 'error', 'readonly', 'object', 'constructor', 'prototype', 'a', 'x1', 'a-b', 'ab', 'sms-api-2', 'core-x', 'proto', 'map'];
const CATALOG_IDS = [
  'api', 'api-v1', 'api-v-1', 'v1', 'v-1', 'messages', 'errors', 'delivery', 'http', 'entry', 'map', 'key', 'api-key', 'api-entry',
  'api-entries', 'api-by-code', 'error-body', 'provider', 'parse-errors', 'index-v2', 'constructor', 'prototype', 'to-string',
];
/** The package's own module names: refused as catalog ids (see helpers/invalid-catalogs.ts). */
export const RESERVED_CATALOG_IDS = ['index', 'parse'];
const SECTION_IDS = ['common', 'sms', 'viber', 'a', 'a-1', 'constructor', 'proto'];
const KEYS = [
  'CONSTRUCTOR', 'PROTO', 'PROTOTYPE', 'TO_STRING', 'VALUE_OF', 'HAS_OWN_PROPERTY', 'NAN', 'INFINITY', 'UNDEFINED', 'NULL', 'TRUE', 'FALSE',
  'A', 'B', 'A1', 'DEFAULT', 'EXPORT', 'DELETE', 'ENUM', 'KEY', 'CODE', 'TEXT', 'ERRCAT_MEMBERS', 'INVALID_PHONE_NUMBER', 'NOT_ENOUGH_FUNDS',
];
// No `$ref` segment: validation refuses it in example values (validate/rules/example-refs.ts), as OpenAPI tools would resolve it.
const SEGMENTS = [
  'error', 'code', 'message', 'errorDescription', 'type', 'listErrors', 'details', 'status', 'a', 'x-y', 'with space', 'a/b', 'a~b', '~1', '~0',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '0', '1', 'ünïcödé', '😀', 'a|b', 'a`b', 'a"b', "a'b", '<b>', '*/',
];
const LANGUAGES = ['en', 'pl', 'ru', 'pt-BR', 'zh-Hant-TW', 'eng'];
const URLS = ['https://example.com/errors', 'https://example.com/a?b=c&d=e#f', 'http://x.example/%7Efoo/(bar)', "https://example.com/it's"];
const CONTENT_TYPES = ['application/json', 'application/problem+json', 'text/plain', 'application/vnd.acme+json'];

const slug = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4}){0,2}$/);
const providerIdArb = fc
  .oneof(fc.constantFrom(...PROVIDER_IDS), slug)
  .filter((id) => id !== 'core' && id !== 'node-modules' && id.length <= 50);
const catalogIdArb = fc.oneof(fc.constantFrom(...CATALOG_IDS), slug).filter((id) => !RESERVED_CATALOG_IDS.includes(id));
const sectionIdArb = fc.oneof(fc.constantFrom(...SECTION_IDS), slug);
const keyArb = fc.oneof(fc.constantFrom(...KEYS), fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}(_[A-Z0-9]{1,4}){0,2}$/));
const integerCodeArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -100, max: 5000 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 2147483647, 2147483648, 999999999999999, 1000000000000000, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER) },
);
const stringCodeArb = fc.oneof(
  fc.constantFrom('40', '040', ' 40', 'E001', 'ERR_1', '0', '-1', '1e3', 'null', 'true', '__proto__', 'constructor', 'toString', ' ', 'a b', '*/', '${x}', '`', '\\', '"', '|', '<br>', '\n', '😀'),
  hostileText(64),
  fc.stringMatching(/^[A-Z]{1,3}[0-9]{1,4}$/),
);
const httpStatusArb = fc.integer({ min: 100, max: 599 });
const typeNameArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,15}$/);
const urlArb = fc.constantFrom(...URLS);

/**
 * What `g(...)` draws. fc.gen caches an arbitrary per factory and arguments
 * for the whole run, so the factories are these module-level functions of
 * small numbers: a fresh closure per draw would grow that cache (and memory)
 * without bound.
 */
const draw = {
  providerIds: () => fc.uniqueArray(providerIdArb, { minLength: 2, maxLength: 2 }),
  catalogIds: (n: number) => fc.uniqueArray(catalogIdArb, { minLength: n, maxLength: n }),
  sectionIds: (n: number) => fc.uniqueArray(sectionIdArb, { minLength: n, maxLength: n }),
  keys: (n: number) => fc.uniqueArray(keyArb, { minLength: n, maxLength: n }),
  httpStatuses: (n: number) => fc.uniqueArray(httpStatusArb, { minLength: n, maxLength: n }),
  integerCodes: (n: number) => fc.uniqueArray(integerCodeArb, { minLength: n, maxLength: n }),
  stringCodes: (n: number) => fc.uniqueArray(stringCodeArb, { minLength: n, maxLength: n }),
  messages: () =>
    fc.uniqueArray(
      fc.record({ text: hostileText(), category: fc.constantFrom(...CATEGORIES), retryable: fc.option(fc.boolean(), { nil: undefined }) }, { noNullPrototype: true }),
      { minLength: 1, maxLength: 3, selector: (m) => m.text },
    ),
  optionalText: () => fc.option(hostileText(), { nil: undefined }),
  optionalBoolean: () => fc.option(fc.boolean(), { nil: undefined }),
  providerExtras: () =>
    fc.record(
      { documentation: urlArb, language: fc.constantFrom(...LANGUAGES), description: hostileText(), notes: hostileText(), $schema: fc.constant('../catalog.schema.json') },
      { requiredKeys: [], noNullPrototype: true },
    ),
  sectionExtras: () => fc.record({ description: hostileText() }, { requiredKeys: [], noNullPrototype: true }),
  richEntry: () => richEntryFields(),
  plainEntry: (): fc.Arbitrary<RichEntryFields> => fc.record({ retryable: fc.boolean(), summary: hostileText(), httpStatus: httpStatusArb }, { requiredKeys: [], noNullPrototype: true }),
  parentSegment: () => fc.option(fc.constantFrom(...SEGMENTS), { nil: undefined }),
  leaves: () => fc.uniqueArray(fc.oneof(fc.constantFrom(...SEGMENTS), fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !s.includes('/'))), { minLength: 4, maxLength: 4 }),
  wireFields: () => fc.record({ code: fc.boolean(), message: fc.boolean(), type: fc.boolean(), details: fc.boolean() }, { noNullPrototype: true }),
  wireDescriptions: () => fc.record({ code: hostileText(), message: hostileText(), type: hostileText(), details: hostileText() }, { requiredKeys: [], noNullPrototype: true }),
  wireStatuses: () => fc.uniqueArray(httpStatusArb, { maxLength: 3 }),
  wireExtras: () => fc.record({ contentType: fc.constantFrom(...CONTENT_TYPES), notes: hostileText() }, { requiredKeys: [], noNullPrototype: true }),
};

type Gen = fc.GeneratorValue;

/** Draws with probability one in `n`. */
function oneIn(g: Gen, n: number): boolean {
  return g(fc.integer, { min: 1, max: n }) === 1;
}

/** The arbitrary of valid catalog sets. */
export function catalogSetArbitrary(): fc.Arbitrary<CatalogSet> {
  return fc.gen().map((g) => catalogSet(g));
}

/** Whether catalogs with these ids make a name twice in the package of `providerId` (validation refuses that). */
function clashing(providerId: string, catalogIds: readonly string[]): boolean {
  return nameClashes(pascalCase(providerId), catalogIds).length > 0;
}

function catalogSet(g: Gen): CatalogSet {
  const shape = g(fc.constantFrom, 'one', 'two', 'white-label', 'white-label');
  const ids = g(draw.providerIds);
  const first = providerFile(g, ids[0]!, undefined);
  const files = [first];
  if (shape === 'two') files.push(providerFile(g, ids[1]!, undefined));
  if (shape === 'white-label') {
    // The child's names are its own id's: one that clashes with an inherited catalog (`readonly` inheriting `map`) is lengthened.
    let childId = ids[1]!;
    while (childId === first.provider.id || clashing(childId, (first.catalogs ?? []).map((c) => c.id))) childId += '-x';
    files.push(providerFile(g, childId, first));
  }
  const providers = files.map((file) => serialized(g, file));
  return shownAs({ providers }, () => showFiles(providers));
}

/** Files as fast-check prints a counterexample: each path, then its text, which is all it takes to reproduce. */
export function showFiles(files: readonly { path: string; text: string }[]): string {
  return files.map((f) => `\n--- ${f.path}\n${f.text}`).join('') + '\n';
}

/** The value, printed by fast-check with `show` instead of its full structure. */
export function shownAs<T extends object>(value: T, show: () => string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: show, enumerable: false });
  return value;
}

/** A provider's file; a child gets `extends`, catalogs of ids its parent does not use, and often a wire of its own. */
function providerFile(g: Gen, id: string, parent: CatalogFile | undefined): CatalogFile {
  const inherited = parent?.catalogs ?? [];
  const ownWire = parent === undefined || !oneIn(g, 4);
  // A child without a wire of its own is matched through the parent's: only kinds that wire can match.
  const allowed = ownWire ? undefined : parent!.wire;
  const taken = new Set(inherited.map((c) => c.id));
  const count = parent ? g(fc.integer, { min: 0, max: 2 }) : g(fc.integer, { min: 1, max: 3 });
  // Draw enough unique ids that `count` remain once the inherited ones are set aside.
  // Ids are drawn to tempt name clashes; one that would clash with those kept (validation refuses it) is dropped.
  const catalogIds = g(draw.catalogIds, count + taken.size)
    .filter((c) => !taken.has(c))
    .reduce<string[]>((kept, c) => (clashing(id, [...taken, ...kept, c]) ? kept : [...kept, c]), [])
    .slice(0, count);
  const catalogs = catalogIds.map((catalogId) => catalog(g, catalogId, allowed));
  const chain = [...inherited, ...catalogs];

  const extras = g(draw.providerExtras);
  const file: CatalogFile = {
    ...(extras.$schema ? { $schema: extras.$schema } : {}),
    provider: {
      id,
      name: g(hostileText, 100),
      ...(extras.documentation ? { documentation: extras.documentation } : {}),
      ...(extras.language ? { language: extras.language } : {}),
      ...(parent ? { extends: parent.provider.id } : {}),
      ...(extras.description ? { description: extras.description } : {}),
      ...(extras.notes ? { notes: extras.notes } : {}),
    },
  };
  if (ownWire) file.wire = wire(g, chain);
  if (!parent || catalogs.length > 0 || oneIn(g, 2)) file.catalogs = catalogs;
  return file;
}

/** The catalog kinds and code types a wire can match; `undefined` allows everything. */
function fits(wire: Wire | undefined, kind: Kind, codeType: 'integer' | 'string' | undefined): boolean {
  if (!wire) return true;
  if (kind === 'error-message') return wire.body.message !== undefined;
  if (kind === 'error-code') return wire.body.code !== undefined && !(codeType === 'string' && wire.body.code.encoding === 'integer');
  return true;
}

function catalog(g: Gen, id: string, wire: Wire | undefined): Catalog {
  const choices = KINDS.flatMap((kind) =>
    (kind === 'error-message' ? [undefined] : kind === 'http-status' ? ['integer' as const] : ['integer' as const, 'string' as const])
      .filter((codeType) => fits(wire, kind, codeType))
      .map((codeType) => ({ kind, codeType })),
  );
  const { kind, codeType } = g(fc.constantFrom, ...choices);
  const sectionCount = g(fc.integer, { min: 1, max: 2 });
  const sectionIds = g(draw.sectionIds, sectionCount);
  const sizes = sectionIds.map(() => g(fc.integer, { min: 0, max: 4 }));
  const total = sizes.reduce((a, b) => a + b, 0);
  const keys = g(draw.keys, total);
  const codes: (number | string | undefined)[] =
    kind === 'error-message'
      ? keys.map(() => undefined)
      : kind === 'http-status'
        ? g(draw.httpStatuses, total)
        : codeType === 'integer'
          ? g(draw.integerCodes, total)
          : g(draw.stringCodes, total);
  // Message-only entries that share a text share its meaning: draw the texts, and a meaning for each.
  const messages =
    kind === 'error-message'
      ? g(draw.messages)
      : [];

  let next = 0;
  const entriesBySection = sizes.map((size) =>
    Array.from({ length: size }, () => {
      const i = next++;
      const message = messages.length > 0 ? messages[g(fc.integer, { min: 0, max: messages.length - 1 })]! : undefined;
      return entry(g, keys, keys[i]!, codes[i], message, previousKeysFor(g, keys, keys[i]!));
    }),
  );
  const integerCodes = codes.filter((c): c is number => typeof c === 'number');
  const reservable = codeType === 'integer' && kind !== 'http-status';
  const ranges = reservable ? reservedRanges(g, integerCodes) : [];
  const sections = sectionIds.map((sectionId, si): Section => {
    const extras = g(draw.sectionExtras);
    const own = ranges.filter((_, ri) => ri % sectionIds.length === si);
    return {
      id: sectionId,
      title: g(hostileText, 100),
      ...(extras.description ? { description: extras.description } : {}),
      ...(own.length > 0 ? { reserved: own } : {}),
      entries: entriesBySection[si]!,
    };
  });
  const description = g(draw.optionalText);
  return {
    id,
    name: g(hostileText, 100),
    ...(description !== undefined ? { description } : {}),
    kind,
    ...(codeType !== undefined ? { codeType } : {}),
    sections: sections as [Section, ...Section[]],
  };
}

/** Up to two keys an entry had before: derived from its own key, so no two entries claim one, and never a key in use. */
function previousKeysFor(g: Gen, keys: readonly string[], key: string): string[] {
  const count = oneIn(g, 3) ? g(fc.integer, { min: 1, max: 2 }) : 0;
  return [`OLD_${key}`, `OLDER_${key}`].slice(0, count).filter((k) => !keys.includes(k));
}

/** Up to two ranges above every code (so none holds one), not overlapping. */
function reservedRanges(g: Gen, codes: readonly number[]): { from: number; to: number; text: string }[] {
  const count = g(fc.integer, { min: 0, max: 2 });
  let from = Math.max(0, ...codes) + 1 + g(fc.integer, { min: 0, max: 5 });
  const ranges = [];
  for (let i = 0; i < count && Number.isSafeInteger(from + 20); i++) {
    const to = from + g(fc.integer, { min: 0, max: 3 });
    ranges.push({ from, to, text: g(hostileText) });
    from = to + 1 + g(fc.integer, { min: 0, max: 5 });
  }
  return ranges;
}

function entry(
  g: Gen,
  keys: readonly string[],
  key: string,
  code: number | string | undefined,
  message: { text: string; category: Category; retryable: boolean | undefined } | undefined,
  previousKeys: readonly string[],
): Entry {
  // Most entries are plain; one in three carries every optional field now and then.
  const rich = oneIn(g, 3);
  const extras: RichEntryFields = rich ? g(draw.richEntry) : g(draw.plainEntry);
  // `replacedBy` is drawn as an index into the catalog's keys; an entry is not replaced by itself.
  const replacedBy = typeof extras.deprecated === 'object' && extras.deprecated.replacedBy !== undefined ? keys[extras.deprecated.replacedBy % keys.length]! : undefined;
  const deprecated =
    typeof extras.deprecated !== 'object'
      ? extras.deprecated
      : replacedBy === key
        ? true
        : { ...withoutReplacement(extras.deprecated), ...(replacedBy !== undefined ? { replacedBy } : {}) };
  const text = message?.text ?? g(hostileText);
  const category = message?.category ?? g(fc.constantFrom, ...CATEGORIES);
  const retryable = message ? message.retryable : extras.retryable;
  // Property order as a catalog author writes it (and as catalog.json does).
  return {
    key,
    ...(previousKeys.length > 0 ? { previousKeys: [...previousKeys] } : {}),
    ...(code !== undefined ? { code } : {}),
    text,
    ...(extras.type !== undefined ? { type: extras.type } : {}),
    category,
    ...(retryable !== undefined ? { retryable } : {}),
    ...(extras.httpStatus !== undefined ? { httpStatus: extras.httpStatus } : {}),
    ...(extras.language !== undefined ? { language: extras.language } : {}),
    ...(extras.summary !== undefined ? { summary: extras.summary } : {}),
    ...(extras.translations !== undefined ? { translations: extras.translations } : {}),
    ...(extras.notes !== undefined ? { notes: extras.notes } : {}),
    ...(extras.causes !== undefined ? { causes: extras.causes } : {}),
    ...(extras.solutions !== undefined ? { solutions: extras.solutions } : {}),
    ...(extras.documentation !== undefined ? { documentation: extras.documentation } : {}),
    ...(deprecated !== undefined ? { deprecated } : {}),
  };
}

type RichEntryFields = Partial<Pick<Entry, 'retryable' | 'httpStatus' | 'type' | 'language' | 'summary' | 'notes' | 'causes' | 'solutions' | 'documentation'>> & {
  translations?: Record<string, string>;
  deprecated?: boolean | { since?: string; reason?: string; replacedBy?: number };
};

function withoutReplacement(d: { since?: string; reason?: string }): { since?: string; reason?: string } {
  return { ...(d.since !== undefined ? { since: d.since } : {}), ...(d.reason !== undefined ? { reason: d.reason } : {}) };
}

/** Every optional field of an entry, each present or not (`replacedBy` as an index into the catalog's keys). */
function richEntryFields(): fc.Arbitrary<RichEntryFields> {
  return fc.record(
    {
      retryable: fc.boolean(),
      httpStatus: httpStatusArb,
      type: typeNameArb,
      language: fc.constantFrom(...LANGUAGES),
      summary: hostileText(),
      translations: fc.record({ en: hostileText(), pl: hostileText(), 'pt-BR': hostileText() }, { requiredKeys: ['pl'], noNullPrototype: true }),
      notes: hostileText(),
      causes: fc.array(hostileText(), { minLength: 1, maxLength: 2 }),
      solutions: fc.array(hostileText(), { minLength: 1, maxLength: 2 }),
      documentation: urlArb,
      deprecated: fc.oneof(
        fc.boolean(),
        fc.record({ since: hostileText(20), reason: hostileText(), replacedBy: fc.nat() }, { requiredKeys: [], noNullPrototype: true }),
      ),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
}

/**
 * A wire format that can match every catalog of the chain: a code field when
 * there is an `error-code` catalog (never integer-encoded when its codes are
 * strings), a message field when there is an `error-message` one; fields at
 * distinct leaves, optionally under one common parent object.
 */
function wire(g: Gen, chain: readonly Catalog[]): Wire {
  const kinds = new Set(chain.map((c) => c.kind));
  const stringCodes = chain.some((c) => c.kind === 'error-code' && c.codeType === 'string');
  const parent = g(draw.parentSegment);
  const leaves = g(draw.leaves);
  const at = (leaf: string) => pointerOf(parent === undefined ? [leaf] : [parent, leaf]);
  const has = g(draw.wireFields);
  const descriptions = g(draw.wireDescriptions);
  const described = (field: 'code' | 'message' | 'type' | 'details') => (descriptions[field] !== undefined ? { description: descriptions[field] } : {});
  const encoding = g(fc.constantFrom, ...ENCODINGS.filter((e) => !(stringCodes && e === 'integer')));
  const statuses = g(draw.wireStatuses);
  const extras = g(draw.wireExtras);
  const result: Wire = {
    ...(extras.contentType ? { contentType: extras.contentType } : {}),
    ...(statuses.length > 0 || oneIn(g, 2)
      ? {
          httpStatuses: statuses.map((status) => {
            const body = g(draw.optionalBoolean);
            return { status, description: g(hostileText, 80), ...(body !== undefined ? { body } : {}) };
          }),
        }
      : {}),
    body: {
      ...(kinds.has('error-code') || has.code ? { code: { pointer: at(leaves[0]!), encoding, ...described('code') } } : {}),
      ...(kinds.has('error-message') || has.message ? { message: { pointer: at(leaves[1]!), ...described('message') } } : {}),
      ...(has.type ? { type: { pointer: at(leaves[2]!), ...described('type') } } : {}),
      ...(has.details ? { details: { pointer: at(leaves[3]!), ...described('details') } } : {}),
    },
    ...(extras.notes ? { notes: extras.notes } : {}),
  };
  const examples = examplesFor(g, result, chain);
  if (examples.length > 0) result.body.examples = examples;
  return result;
}

/** Up to two documented example bodies, each the body of an entry of the chain (or of a code nobody documented). */
function examplesFor(g: Gen, wire: Wire, chain: readonly Catalog[]): { summary: string; value: Body }[] {
  const code = wire.body.code;
  const candidates: Body[] = [];
  for (const c of chain) {
    for (const e of c.sections.flatMap((s) => s.entries)) {
      if (c.kind === 'error-code' && code && e.code !== undefined) {
        candidates.push(bodyOf(wire, { code: typeof e.code === 'number' && code.encoding === 'string' ? String(e.code) : e.code, details: null }));
      }
      if (c.kind === 'error-message') candidates.push(bodyOf(wire, { message: e.text, ...(e.type ? { type: e.type } : {}), details: ['+48500000000: invalid'] }));
    }
  }
  if (code) candidates.push(bodyOf(wire, { code: code.encoding === 'string' ? '99999' : 99999, message: 'undocumented' }));
  if (candidates.length === 0) return [];
  const count = g(fc.integer, { min: 0, max: 2 });
  return Array.from({ length: count }, () => ({
    summary: g(hostileText, 60),
    value: candidates[g(fc.integer, { min: 0, max: candidates.length - 1 })]!,
  }));
}

/** The file as text in a random format, with its path (`<id>.json` for JSON). */
function serialized(g: Gen, file: CatalogFile): ProviderInput {
  const format = g(fc.constantFrom, 'yaml', 'yaml-folded', 'json') as Format;
  const id = file.provider.id;
  const header = format !== 'json' && oneIn(g, 2) ? '# yaml-language-server: $schema=../catalog.schema.json\n' : '';
  const text = header + serialize(file, format, g(fc.constantFrom, 0, 2));
  return {
    id,
    ...(file.provider.extends ? { parent: file.provider.extends } : {}),
    file,
    format,
    path: `catalogs/${id}.${format === 'json' ? 'json' : 'yaml'}`,
    text,
  };
}

/**
 * A file's text: JSON (indented by `indent`, 0 for one line), or YAML with
 * no line folding, or folded at 80 columns as an editor might write it.
 */
export function serialize(value: unknown, format: Format, indent = 2): string {
  return format === 'json' ? JSON.stringify(value, null, indent) + '\n' : yamlText(value, format === 'yaml' ? 0 : 80);
}

/**
 * YAML as the `yaml` package's `stringify` writes it, save two of its quirks,
 * whose scalars are written double-quoted instead: it writes U+FFFE and
 * U+FFFF unquoted, where YAML allows them only in quoted scalars; and it
 * writes a multi-line text whose first line is only spaces (`"  \n"`) as a
 * block scalar that reads back without them (found by seed -372519010).
 */
function yamlText(value: unknown, lineWidth: number): string {
  const doc = new Document(value);
  visit(doc, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && (/[\ufffe\uffff]/.test(node.value) || /^[ \t]*\n/.test(node.value))) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth });
}

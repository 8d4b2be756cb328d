import fc from 'fast-check';
import type { Catalog, CatalogFile, Entry } from '../../../../generator/types/catalog.ts';
import { catalogSetArbitrary, RESERVED_CATALOG_IDS, serialize, showFiles, shownAs, type CatalogSet, type ProviderInput } from './catalog-set.ts';
import { hostileText } from './hostile-text.ts';
import { CATEGORIES } from './taxonomy.ts';

/**
 * Random INVALID catalog sets: a valid set with one file broken. Most breaks
 * make the set certainly invalid (`mustFail`): a required field dropped, a
 * key, code, catalog or section id duplicated, a value of the wrong type or
 * pattern, an unknown field, a bad or mismatched provider id, `extends` to
 * nobody or to itself, a code in a reserved range, a message text with two
 * meanings, `replacedBy` naming nobody, a wire format without the field a
 * catalog is matched on, nesting past the limit, an alias bomb, a duplicate
 * YAML key, random bytes, JSON cut short. Two are noise that may or may not
 * leave a valid file (YAML cut short, a snippet inserted anywhere): for them
 * only "never throws, every diagnostic located" is asserted.
 */

/** One input file, as the loader is given it. */
export interface InputText {
  path: string;
  stem: string;
  text: string;
}

/** A broken catalog set. */
export interface InvalidCase {
  /** What was broken, for the report. */
  mutation: string;
  /** Whether the break certainly makes the set invalid. */
  mustFail: boolean;
  inputs: InputText[];
}

type Gen = fc.GeneratorValue;
type Json = Record<string, unknown>;

/** A value change on a copy of one file; `undefined` when the file has nothing it applies to. */
type ValueMutation = (g: Gen, file: CatalogFile, set: CatalogSet) => CatalogFile | undefined;

const WRONG_VALUES: Readonly<Record<string, readonly unknown[]>> = {
  entryText: [42, null, [], {}, '', true, 'x'.repeat(2001)],
  entryKey: ['lower', 1, 'A__B', '_A', '', 'A-B', 'a_B', null],
  entryCategory: ['nope', 7, 'Insufficient_balance', null, ['unknown']],
  entryRetryable: ['yes', 1, null],
  entryCode: [true, 1.5, '', {}, [], 'x'.repeat(65), null],
  entryHttpStatus: [99, 600, '404', 4.5],
  entryLanguage: ['english', 'EN', '', 'e'],
  entryDocumentation: ['not a uri', '//no-scheme', ''],
  catalogKind: ['errors', 'error_code', 1, null],
  catalogCodeType: ['float', 'number', true],
  catalogSections: [[], {}, 'sections', null],
  catalogId: ['../x', 'Bad Id', '', 'a--b', '-a', 'a_b', 1],
  sectionId: ['A B', '../s', '', 2],
  providerId: ['../x', 'Acme', 'a--b', '-a', 'a_b', '', 3, 'x'.repeat(51)],
  providerLanguage: ['english', 'EN-', 'e'],
  providerDocumentation: ['not a uri', 'no scheme/x', ''],
  providerName: ['', 5, null, 'x'.repeat(101)],
  wireBody: [[], 'body', null],
  wireEncoding: ['float', 'int', null],
  wirePointer: ['error', '/', '', 'a/b', 5],
  wireStatuses: [[{ status: 1000, description: 'x' }], [{ status: 404 }], [{ status: '404', description: 'x' }], 'none'],
};

/** What `g(...)` draws: module-level factories, so fc.gen's cache of arbitraries stays small (see catalog-set.ts). */
const VALID_SET = fc.noShrink(catalogSetArbitrary());
const draw = {
  validSet: () => VALID_SET,
  jsonValue: () => fc.jsonValue({ maxDepth: 1 }),
  randomText: () => fc.oneof(hostileText(), fc.string({ unit: 'binary', maxLength: 200 })),
};

function clone<T>(value: T): T {
  return structuredClone(value);
}

function pick<T>(g: Gen, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[g(fc.integer, { min: 0, max: items.length - 1 })];
}

function entriesOf(file: CatalogFile): { catalog: Catalog; entry: Entry; sectionIndex: number }[] {
  return (file.catalogs ?? []).flatMap((catalog) => catalog.sections.flatMap((s, sectionIndex) => s.entries.map((entry) => ({ catalog, entry, sectionIndex }))));
}

function freshKey(catalog: Catalog, base: string): string {
  const keys = new Set(catalog.sections.flatMap((s) => s.entries.map((e) => e.key)));
  let key = base;
  for (let n = 2; keys.has(key); n++) key = `${base}_${n}`;
  return key;
}

/** Sets a field to a value of the wrong type or pattern. */
function wrongValue(g: Gen, file: CatalogFile): CatalogFile {
  const copy = clone(file) as unknown as Json;
  const places: [Json | undefined, string, string][] = [];
  const f = copy as unknown as CatalogFile;
  const provider = f.provider as unknown as Json;
  places.push([provider, 'id', 'providerId'], [provider, 'name', 'providerName'], [provider, 'language', 'providerLanguage'], [provider, 'documentation', 'providerDocumentation']);
  if (f.wire) {
    places.push([f.wire as unknown as Json, 'body', 'wireBody'], [f.wire as unknown as Json, 'httpStatuses', 'wireStatuses']);
    if (f.wire.body.code) places.push([f.wire.body.code as unknown as Json, 'encoding', 'wireEncoding'], [f.wire.body.code as unknown as Json, 'pointer', 'wirePointer']);
    if (f.wire.body.message) places.push([f.wire.body.message as unknown as Json, 'pointer', 'wirePointer']);
  }
  for (const catalog of f.catalogs ?? []) {
    const c = catalog as unknown as Json;
    places.push([c, 'kind', 'catalogKind'], [c, 'codeType', 'catalogCodeType'], [c, 'sections', 'catalogSections'], [c, 'id', 'catalogId']);
    for (const section of catalog.sections) {
      places.push([section as unknown as Json, 'id', 'sectionId']);
      for (const entry of section.entries) {
        const e = entry as unknown as Json;
        places.push([e, 'text', 'entryText'], [e, 'key', 'entryKey'], [e, 'category', 'entryCategory'], [e, 'retryable', 'entryRetryable'], [e, 'code', 'entryCode'], [e, 'httpStatus', 'entryHttpStatus'], [e, 'language', 'entryLanguage'], [e, 'documentation', 'entryDocumentation']);
      }
    }
  }
  const [target, field, kind] = pick(g, places)!;
  const value = pick(g, WRONG_VALUES[kind]!)!;
  // `codeType: true` and friends: where a field is optional, a wrong value is still wrong.
  target![field] = value;
  return copy as unknown as CatalogFile;
}

const VALUE_MUTATIONS: Readonly<Record<string, ValueMutation>> = {
  'drop provider.id or provider.name': (g, file) => {
    const copy = clone(file);
    delete (copy.provider as unknown as Json)[g(fc.constantFrom, 'id', 'name')];
    return copy;
  },
  'drop wire or catalogs of a provider that extends none': (g, file) => {
    if (file.provider.extends !== undefined) return undefined;
    const copy = clone(file);
    delete (copy as unknown as Json)[g(fc.constantFrom, 'wire', 'catalogs')];
    return copy;
  },
  'drop a required field of a catalog, section or entry': (g, file) => {
    const copy = clone(file);
    const targets: [Json, string][] = [];
    for (const catalog of copy.catalogs ?? []) {
      for (const field of ['id', 'name', 'kind', 'sections']) targets.push([catalog as unknown as Json, field]);
      if (catalog.kind !== 'error-message') targets.push([catalog as unknown as Json, 'codeType']);
      for (const section of catalog.sections) {
        for (const field of ['id', 'title', 'entries']) targets.push([section as unknown as Json, field]);
        for (const entry of section.entries) {
          for (const field of ['key', 'text', 'category']) targets.push([entry as unknown as Json, field]);
          if (catalog.kind !== 'error-message') targets.push([entry as unknown as Json, 'code']);
        }
      }
    }
    if (copy.wire) targets.push([copy.wire as unknown as Json, 'body']);
    const target = pick(g, targets);
    if (!target) return undefined;
    delete target[0][target[1]];
    return copy;
  },
  'a code on a message-only entry': (g, file) => {
    const copy = clone(file);
    const found = pick(g, entriesOf(copy).filter((e) => e.catalog.kind === 'error-message'));
    if (!found) return undefined;
    found.entry.code = g(fc.constantFrom, 1, 'E1');
    return copy;
  },
  'a duplicate entry (key, and code where there is one)': (g, file) => {
    const copy = clone(file);
    const found = pick(g, entriesOf(copy));
    if (!found) return undefined;
    const section = pick(g, found.catalog.sections)!;
    section.entries.push(clone(found.entry));
    return copy;
  },
  'a duplicate code under a new key': (g, file) => {
    const copy = clone(file);
    const found = pick(g, entriesOf(copy).filter((e) => e.entry.code !== undefined));
    if (!found) return undefined;
    found.catalog.sections[0].entries.push({ key: freshKey(found.catalog, 'DUPLICATE_CODE'), code: found.entry.code!, text: 'duplicate', category: 'unknown' });
    return copy;
  },
  'a value of the wrong type or pattern': (g, file) => wrongValue(g, file),
  'an unknown field': (g, file) => {
    const copy = clone(file);
    const targets: Json[] = [copy as unknown as Json, copy.provider as unknown as Json];
    for (const catalog of copy.catalogs ?? []) {
      targets.push(catalog as unknown as Json);
      for (const section of catalog.sections) targets.push(section as unknown as Json, ...section.entries.map((e) => e as unknown as Json));
    }
    if (copy.wire) targets.push(copy.wire as unknown as Json, copy.wire.body as unknown as Json);
    pick(g, targets)![g(fc.constantFrom, 'decription', 'extra', 'Key', '__proto__x', 'codes')] = g(draw.jsonValue);
    return copy;
  },
  'extends a provider that does not exist': (g, file, set) => {
    const copy = clone(file);
    let missing = 'no-such-provider';
    while (set.providers.some((p) => p.id === missing)) missing += '-x';
    copy.provider.extends = missing;
    return copy;
  },
  'extends itself': (g, file) => {
    const copy = clone(file);
    copy.provider.extends = copy.provider.id;
    return copy;
  },
  'a code inside a reserved range': (g, file) => {
    const copy = clone(file);
    const found = pick(g, entriesOf(copy).filter((e) => typeof e.entry.code === 'number'));
    if (!found) return undefined;
    const code = found.entry.code as number;
    const section = found.catalog.sections[found.sectionIndex]!;
    section.reserved = [...(section.reserved ?? []), { from: code - g(fc.integer, { min: 0, max: 2 }), to: code + g(fc.integer, { min: 0, max: 2 }), text: 'reserved' }];
    return copy;
  },
  'a reserved range in a catalog without integer codes, or from > to': (g, file) => {
    const copy = clone(file);
    const catalog = pick(g, copy.catalogs ?? []);
    if (!catalog) return undefined;
    const section = pick(g, catalog.sections)!;
    const range = catalog.codeType === 'integer' && catalog.kind !== 'error-message' ? { from: 9_000_010, to: 9_000_005, text: 'empty' } : { from: 1, to: 2, text: 'reserved' };
    section.reserved = [...(section.reserved ?? []), range];
    return copy;
  },
  'a message text with a second meaning': (g, file) => {
    const copy = clone(file);
    const found = pick(g, entriesOf(copy).filter((e) => e.catalog.kind === 'error-message'));
    if (!found) return undefined;
    const category = pick(g, CATEGORIES.filter((c) => c !== found.entry.category))!;
    found.catalog.sections[0].entries.push({ key: freshKey(found.catalog, 'SECOND_MEANING'), text: found.entry.text, category });
    return copy;
  },
  '`replacedBy` naming no entry': (g, file) => {
    const copy = clone(file);
    const found = pick(g, entriesOf(copy));
    if (!found) return undefined;
    found.entry.deprecated = { replacedBy: freshKey(found.catalog, 'NO_SUCH_ENTRY') };
    return copy;
  },
  'a previous key that is a key in use': (g, file) => {
    const copy = clone(file);
    const found = pick(g, entriesOf(copy));
    if (!found) return undefined;
    const keys = found.catalog.sections.flatMap((s) => s.entries.map((e) => e.key));
    found.entry.previousKeys = [pick(g, keys)!];
    return copy;
  },
  'a wire format without the code or message field its catalogs are matched on': (g, file, set) => {
    if (!file.wire) return undefined;
    const chain = [file, ...set.providers.filter((p) => p.id === file.provider.extends).map((p) => p.file)];
    const kinds = new Set(chain.flatMap((f) => (f.catalogs ?? []).map((c) => c.kind)));
    const fields = [...(kinds.has('error-code') ? ['code' as const] : []), ...(kinds.has('error-message') ? ['message' as const] : [])];
    const field = pick(g, fields);
    if (!field) return undefined;
    const copy = clone(file);
    delete copy.wire!.body[field];
    return copy;
  },
  'a code that does not fit the catalog': (g, file) => {
    const copy = clone(file);
    const found = pick(g, entriesOf(copy).filter((e) => e.entry.code !== undefined));
    if (!found) return undefined;
    found.entry.code = found.catalog.kind === 'http-status' ? g(fc.constantFrom, 99, 600, 1000, -404) : typeof found.entry.code === 'number' ? 'abc' : 5;
    return copy;
  },
  'nesting deeper than the limit': (g, file) => {
    const copy = clone(file);
    let deep: unknown = 'bottom';
    for (let i = 0; i < 70; i++) deep = g(fc.boolean) ? [deep] : { d: deep };
    copy.provider.notes = deep as string;
    return copy;
  },
  'a duplicate catalog or section id': (g, file) => {
    const copy = clone(file);
    const catalog = pick(g, copy.catalogs ?? []);
    if (!catalog) return undefined;
    if (g(fc.boolean)) copy.catalogs!.push(clone(catalog));
    else catalog.sections.push({ ...clone(catalog.sections[0]), entries: [] });
    return copy;
  },
  "a catalog id that is one of the package's own module names": (g, file) => {
    const copy = clone(file);
    const catalog = pick(g, copy.catalogs ?? []);
    if (!catalog) return undefined;
    catalog.id = g(fc.constantFrom, ...RESERVED_CATALOG_IDS);
    return copy;
  },
  'catalog ids whose generated names clash (`x` declares `<P>XKey`, which `x-key` would be)': (g, file) => {
    const copy = clone(file);
    const catalog = pick(g, copy.catalogs ?? []);
    if (!catalog || copy.catalogs!.some((c) => c.id === `${catalog.id}-key`)) return undefined;
    copy.catalogs!.push({ ...clone(catalog), id: `${catalog.id}-key` });
    return copy;
  },
  'a document that is not a mapping': (g) => g(fc.constantFrom, [], 'string', 42, null, true, [{ provider: {} }]) as unknown as CatalogFile,
  'a white-label copy that redefines an inherited catalog': (g, file, set) => {
    const parent = set.providers.find((p) => p.id === file.provider.extends);
    const inherited = pick(g, parent?.file.catalogs ?? []);
    if (!inherited) return undefined;
    const copy = clone(file);
    copy.catalogs = [...(copy.catalogs ?? []), { ...clone(inherited), sections: [{ id: 'own', title: 'Own', entries: [] }] }];
    return copy;
  },
};

/**
 * An offset that does not split a surrogate pair: a file read from disk as
 * UTF-8 never holds a lone surrogate, so neither does a cut or an insertion.
 */
function codePointBoundary(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

/** The arbitrary of broken catalog sets. */
export function invalidCaseArbitrary(): fc.Arbitrary<InvalidCase> {
  return fc.gen().map((g) => {
    const c = invalidCase(g);
    return shownAs(c, () => `${c.mutation}${c.mustFail ? '' : ' (noise)'}${showFiles(c.inputs)}`);
  });
}

function invalidCase(g: Gen): InvalidCase {
  // The valid set is not shrunk: the break is what matters, and shrinking a whole set costs more than it shows.
  const set = g(draw.validSet);
  const index = g(fc.integer, { min: 0, max: set.providers.length - 1 });
  const target = set.providers[index]!;
  const inputs = set.providers.map((p): InputText => ({ path: p.path, stem: p.id, text: p.text }));
  const replace = (input: Partial<InputText>) => {
    inputs[index] = { ...inputs[index]!, ...input };
  };
  const kind = g(fc.constantFrom, 'value', 'value', 'value', 'value', 'value', 'stem', 'reserved-id', 'duplicate-yaml-key', 'alias-bomb', 'random-bytes', 'random-text', 'truncated-json', 'truncated-yaml', 'inserted-snippet');
  switch (kind) {
    case 'value': {
      const names = Object.keys(VALUE_MUTATIONS);
      // Try mutations from a random start until one applies; the unknown field always does.
      const start = g(fc.integer, { min: 0, max: names.length - 1 });
      for (let i = 0; i < names.length; i++) {
        const name = names[(start + i) % names.length]!;
        const mutated = VALUE_MUTATIONS[name]!(g, target.file, set);
        if (!mutated) continue;
        replace({ text: serialize(mutated, target.format) });
        return { mutation: name, mustFail: true, inputs };
      }
      throw new Error('no mutation applies');
    }
    case 'stem': {
      // The file name no longer matches the provider id.
      const stem = `${target.id}-renamed`;
      replace({ stem, path: target.path.replace(`/${target.id}.`, `/${stem}.`) });
      return { mutation: 'provider id does not match the file name', mustFail: true, inputs };
    }
    case 'reserved-id': {
      const copy = clone(target.file);
      const id = g(fc.constantFrom, 'core', 'node-modules');
      copy.provider.id = id;
      replace({ stem: id, path: target.path.replace(`/${target.id}.`, `/${id}.`), text: serialize(copy, target.format) });
      return { mutation: `provider id \`${id}\`, reserved by errcat`, mustFail: true, inputs };
    }
    case 'duplicate-yaml-key':
      replace({ text: target.text + g(fc.constantFrom, '\nprovider:\n  id: again\n  name: Again\n', '\n$comment: x\n$comment: y\n') });
      return { mutation: 'a duplicate top-level key (or text after a JSON document)', mustFail: true, inputs };
    case 'alias-bomb': {
      const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
      for (let i = 1; i <= 9; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
      replace({ text: `${lines.join('\n')}\nprovider: { id: ${target.id}, name: Bomb, notes: *a9 }\n` });
      return { mutation: 'an alias bomb', mustFail: true, inputs };
    }
    case 'random-bytes': {
      const bytes = g(fc.uint8Array, { minLength: 0, maxLength: 200 });
      replace({ text: new TextDecoder('utf-8').decode(bytes) });
      return { mutation: 'random bytes', mustFail: true, inputs };
    }
    case 'random-text':
      replace({ text: g(draw.randomText) });
      return { mutation: 'random text', mustFail: true, inputs };
    case 'truncated-json': {
      // A proper prefix of a JSON object never closes its outer brace: never valid JSON, never valid YAML of a catalog.
      const json = serialize(target.file, 'json', g(fc.constantFrom, 0, 2));
      const cut = codePointBoundary(json, g(fc.integer, { min: 0, max: json.lastIndexOf('}') - 1 }));
      replace({ path: target.path.replace(/\.yaml$/, '.json'), text: json.slice(0, cut) });
      return { mutation: `JSON cut after ${cut} characters`, mustFail: true, inputs };
    }
    case 'truncated-yaml': {
      const yaml = serialize(target.file, 'yaml');
      const cut = codePointBoundary(yaml, g(fc.integer, { min: 0, max: yaml.length - 1 }));
      replace({ path: target.path.replace(/\.json$/, '.yaml'), text: yaml.slice(0, cut) });
      return { mutation: `YAML cut after ${cut} characters (noise: may still be valid)`, mustFail: false, inputs };
    }
    case 'inserted-snippet': {
      const snippet = g(fc.constantFrom, '\t', ': ', ' #', '&a ', '*a', '!!binary ', '"', "'", '{', '[', '- ', '? ', '\n  x: 1', '\u0000', '\ufeff', '%YAML 1.2\n---\n', '\n---\n', '\n...\n', '<<: *a\n');
      const at = codePointBoundary(target.text, g(fc.integer, { min: 0, max: target.text.length }));
      replace({ text: target.text.slice(0, at) + snippet + target.text.slice(at) });
      return { mutation: `${JSON.stringify(snippet)} inserted at ${at} (noise: may still be valid)`, mustFail: false, inputs };
    }
  }
  throw new Error(`unhandled mutation ${kind}`);
}

export type { ProviderInput };

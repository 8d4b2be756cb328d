import { validate } from '@readme/openapi-parser';
import { OFFLINE } from '../../helpers/openapi-parser-options.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { segmentsOf } from '../../../generator/vocabulary/json-pointer.ts';
import type { ProviderModel } from '../../../generator/model/model.ts';
import type { CatalogFile } from '../../../generator/types/catalog.ts';
import { catalogJsonOf, entriesOf, fileOf, generatedOutput } from '../../helpers/generated-output.ts';

/**
 * Every generated `openapi.yaml` is a valid OpenAPI 3.1 document that names
 * its enum members (`x-enum-varnames`/`x-enum-descriptions`, aligned with the
 * catalog) and keeps the response body's code open (`x-extensible-enum`).
 */

type Json = Record<string, unknown>;
type ApiDocument = Parameters<typeof validate>[0];

const output = await generatedOutput();

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** The OpenAPI extensions errcat writes; everything else in a schema must be JSON Schema 2020-12. */
const EXTENSION_KEYWORDS = ['x-enum-varnames', 'x-enum-descriptions', 'x-extensible-enum', 'x-retryable-by-default', 'x-resendable-by-default', 'x-actor', 'x-failover'];

/**
 * @readme/openapi-parser (4.x) adds a rule of its own: a 3.1 document must
 * have an entry in `paths` or `webhooks`. OpenAPI 3.1 requires only one of
 * `paths`, `components` or `webhooks` to be present ("a valid OpenAPI Document
 * can describe only webhooks, or even only reusable components"), and these
 * documents are components for teams to `$ref`, with `paths: {}` by design.
 * See readmeio/oas#1039. That one message is tolerated; the same document with
 * every component wired into a probe operation must then pass with nothing to say.
 */
const COMPONENTS_ONLY_RULE = 'OpenAPI 3.1 definitions must contain at least one entry in either `paths` or `webhook`.';

function documentOf(dir: string): Json {
  return parse(fileOf(output, `${dir}/openapi.yaml`)) as Json;
}

function componentsOf(doc: Json): { schemas: Record<string, Json>; responses: Record<string, Json> } {
  const components = (doc.components ?? {}) as { schemas?: Record<string, Json>; responses?: Record<string, Json> };
  return { schemas: components.schemas ?? {}, responses: components.responses ?? {} };
}

/** The document with one probe operation per component, so the validator dereferences and checks every one in use. */
function withProbes(doc: Json): Json {
  const { schemas, responses } = componentsOf(doc);
  const paths: Record<string, Json> = {};
  for (const name of Object.keys(responses)) {
    paths[`/probe/responses/${name}`] = { get: { operationId: `response${name}`, responses: { default: { $ref: `#/components/responses/${name}` } } } };
  }
  for (const name of Object.keys(schemas)) {
    paths[`/probe/schemas/${name}`] = {
      get: {
        operationId: `schema${name}`,
        responses: { default: { description: name, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } },
      },
    };
  }
  return { ...structuredClone(doc), paths };
}

/** Walks a JSON value; `visit` sees every object with its JSON Pointer. */
function walk(value: unknown, visit: (node: Json, pointer: string) => void, pointer = ''): void {
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, visit, `${pointer}/${i}`));
  else if (value !== null && typeof value === 'object') {
    visit(value as Json, pointer);
    for (const [k, v] of Object.entries(value)) walk(v, visit, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

/** The property schema a JSON Pointer into the body names (`/error/code` → `properties.error.properties.code`). */
function propertyAt(schema: Json, pointer: string): Json | undefined {
  let current: Json | undefined = schema;
  for (const segment of segmentsOf(pointer)) {
    current = (current?.properties as Record<string, Json> | undefined)?.[segment];
  }
  return current;
}

/** A copy of a body with a value set at a JSON Pointer. */
function withValueAt(body: Json, pointer: string, value: unknown): Json {
  const copy = structuredClone(body);
  const segments = segmentsOf(pointer);
  let current = copy;
  segments.forEach((segment, i) => {
    if (i === segments.length - 1) current[segment] = value;
    else current = (current[segment] ??= {}) as Json;
  });
  return copy;
}

function providerModel(id: string): ProviderModel {
  const provider = output.model.providers.find((p) => p.id === id);
  if (!provider) throw new Error(`no provider ${id} in the model`);
  return provider;
}

/** [value, varname, description] triples, sorted, so that the comparison does not depend on order. */
function sortedTriples(values: readonly unknown[], names: readonly string[], descriptions: readonly string[]): [unknown, string, string][] {
  return values
    .map((v, i): [unknown, string, string] => [v, names[i]!, descriptions[i]!])
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
}

describe.each(output.packageDirs)('%s/openapi.yaml', (dir) => {
  it('is OpenAPI 3.1.0 with `paths: {}` and components', () => {
    const doc = documentOf(dir);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths).toEqual({});
    expect(Object.keys(componentsOf(doc).schemas).length).toBeGreaterThan(0);
    expect(Object.keys(componentsOf(doc).responses).length).toBeGreaterThan(0);
  });

  it('passes @readme/openapi-parser validate() as published (save the parser’s components-only rule)', async () => {
    const result = await validate(structuredClone(documentOf(dir)) as ApiDocument, OFFLINE);
    expect(result.specification).toBe('OpenAPI');
    const errors = result.valid ? [] : result.errors.map((e) => e.message);
    expect(errors.filter((message) => message !== COMPONENTS_ONLY_RULE)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('passes @readme/openapi-parser validate() with every component referenced from an operation', async () => {
    const result = await validate(withProbes(documentOf(dir)) as ApiDocument, OFFLINE);
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toEqual([]);
    expect(result).toEqual({ valid: true, warnings: [], specification: 'OpenAPI' });
  });

  // The parser checks the document's structure, not the JSON Schemas in it (a schema with `type: integr` passes it).
  it('has component schemas that are valid JSON Schema 2020-12 (meta-schema, ajv strict mode, $refs resolved)', () => {
    const doc = documentOf(dir);
    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
    addFormats(ajv);
    for (const keyword of [...EXTENSION_KEYWORDS, 'components']) ajv.addKeyword(keyword);
    ajv.addSchema({ $id: 'urn:errcat:openapi', components: doc.components });
    for (const [name, schema] of Object.entries(componentsOf(doc).schemas)) {
      expect(ajv.validateSchema(schema) ? [] : ajv.errors, name).toEqual([]);
      expect(() => ajv.getSchema(`urn:errcat:openapi#/components/schemas/${name}`), name).not.toThrow();
    }
  });

  it('has no dangling local $ref', () => {
    const doc = documentOf(dir);
    const dangling: string[] = [];
    walk(doc, (node, pointer) => {
      if (typeof node.$ref !== 'string') return;
      const target = segmentsOf(node.$ref.replace(/^#/, '')).reduce<unknown>(
        (at, segment) => (at !== null && typeof at === 'object' ? (at as Json)[segment] : undefined),
        doc,
      );
      if (target === undefined) dangling.push(`${pointer}: ${node.$ref}`);
    });
    expect(dangling).toEqual([]);
  });
});

describe('core/openapi.yaml', () => {
  it('names every category: x-enum-varnames and x-enum-descriptions align with the taxonomy', () => {
    const category = componentsOf(documentOf('core')).schemas.Category!;
    const taxonomy = output.model.taxonomy;
    expect(category.type).toBe('string');
    expect(category.enum).toEqual(taxonomy.map((m) => m.id));
    expect(category['x-enum-varnames']).toEqual(taxonomy.map((m) => m.id.toUpperCase()));
    expect(category['x-enum-descriptions']).toEqual(taxonomy.map((m) => m.description));
  });

  it('answers problem details with a $ref to the Problem schema', () => {
    const { schemas, responses } = componentsOf(documentOf('core'));
    expect(schemas.Problem).toBeDefined();
    for (const response of Object.values(responses)) {
      const content = response.content as Record<string, { schema?: unknown }>;
      expect(Object.values(content).map((c) => c.schema)).toEqual([{ $ref: '#/components/schemas/Problem' }]);
    }
  });
});

describe.each(output.providerIds)('%s/openapi.yaml against %s/catalog.json', (id) => {
  const doc = documentOf(id);
  const { schemas, responses } = componentsOf(doc);
  const catalogJson: CatalogFile = catalogJsonOf(output, id);
  const provider = providerModel(id);
  const bodyName = `${provider.typeName}ErrorBody`;
  const body = schemas[bodyName]!;

  it('has one enum schema per catalog plus the body schema, and nothing else', () => {
    expect(Object.keys(schemas).sort()).toEqual([...provider.catalogs.map((c) => c.enumName), bodyName].sort());
    expect(provider.catalogs.map((c) => c.id).sort()).toEqual((catalogJson.catalogs ?? []).map((c) => c.id).sort());
  });

  it.each(provider.catalogs.map((c) => [c.id, c.enumName] as const))(
    'catalog %s: enum, x-enum-varnames and x-enum-descriptions have one item per documented value and match the entries',
    (catalogId, enumName) => {
      const schema = schemas[enumName]!;
      const values = schema.enum as unknown[];
      const names = schema['x-enum-varnames'] as string[];
      const descriptions = schema['x-enum-descriptions'] as string[];
      expect(names).toHaveLength(values.length);
      expect(descriptions).toHaveLength(values.length);
      expect(new Set(values).size).toBe(values.length);
      expect(new Set(names).size).toBe(names.length);

      const catalog = catalogJson.catalogs!.find((c) => c.id === catalogId)!;
      const entries = entriesOf(catalogJson, catalogId);
      if (catalog.kind === 'error-message') {
        // A text documented in several sections is one enum value, named after the entry a lookup by message returns (first by key).
        expect(schema.type).toBe('string');
        const byText = new Map<string, string>();
        for (const e of [...entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) if (!byText.has(e.text)) byText.set(e.text, e.key);
        expect(values).toHaveLength(byText.size);
        expect(sortedTriples(values, names, descriptions)).toEqual(
          sortedTriples([...byText.keys()], [...byText.values()], [...byText.keys()]),
        );
      } else {
        expect(schema.type).toBe(catalog.codeType === 'string' ? 'string' : 'integer');
        expect(values).toHaveLength(entries.length);
        expect(sortedTriples(values, names, descriptions)).toEqual(
          sortedTriples(
            entries.map((e) => e.code),
            entries.map((e) => e.key),
            entries.map((e) => e.text),
          ),
        );
      }
    },
  );

  it('keeps the body code field open: x-extensible-enum of every documented code, no closed enum anywhere in the body', () => {
    const wireCode = catalogJson.wire?.body.code;
    const closed: string[] = [];
    walk(body, (node, pointer) => {
      if ('enum' in node || 'const' in node) closed.push(pointer);
    });
    expect(closed).toEqual([]);
    if (!wireCode) return;

    // With further JSON shapes the body is any of them; the main one comes first.
    const main = ((body as { anyOf?: Record<string, unknown>[] }).anyOf?.[0] ?? body) as typeof body;
    const field = propertyAt(main, wireCode.pointer);
    expect(field, `body property at ${wireCode.pointer}`).toBeDefined();
    const codes = (catalogJson.catalogs ?? [])
      .filter((c) => c.kind === 'error-code')
      .flatMap((c) => entriesOf(catalogJson, c.id).map((e) => e.code));
    const asWire = wireCode.encoding === 'string' ? codes.map(String) : codes;
    expect([...(field!['x-extensible-enum'] as unknown[])].sort()).toEqual([...asWire].sort());
    expect(field!.type).toEqual(
      wireCode.encoding === 'integer' ? 'integer' : wireCode.encoding === 'string' ? 'string' : ['string', 'integer'],
    );
  });

  it('accepts the documented example bodies and codes nobody has documented yet', () => {
    const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
    const check = ajv.compile(body);
    const accepts = (value: unknown) => (check(value) ? [] : check.errors);
    for (const example of catalogJson.wire?.body.examples ?? []) expect(accepts(example.value), example.summary).toEqual([]);
    for (const [, response] of Object.entries(responses)) {
      for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, { schema: object; examples?: Record<string, { value: unknown }> }>)) {
        // A plain-text shape's examples are text, checked against its own schema (the pattern).
        const own = type === 'text/plain' ? ajv.compile(media.schema) : undefined;
        const check = (value: unknown) => (own ? (own(value) ? [] : own.errors) : accepts(value));
        for (const example of Object.values(media.examples ?? {})) expect(check(example.value), `${type} example`).toEqual([]);
      }
    }
    for (const shape of catalogJson.wire?.shapes ?? []) {
      if (shape.format === 'json') for (const example of shape.examples) expect(accepts(example.value), `${shape.id}: ${example.summary}`).toEqual([]);
    }
    const wireCode = catalogJson.wire?.body.code;
    if (!wireCode) return;
    const undocumented = wireCode.encoding === 'string' ? ['99999'] : wireCode.encoding === 'integer' ? [99999] : ['99999', 99999];
    for (const code of undocumented) expect(accepts(withValueAt({}, wireCode.pointer, code)), `code ${JSON.stringify(code)}`).toEqual([]);
  });

  it('has responses that $ref the body schema (and no body where the documentation says there is none)', () => {
    const statuses = catalogJson.wire?.httpStatuses ?? [];
    const expected =
      statuses.length === 0
        ? { [`${provider.typeName}Error`]: true }
        : Object.fromEntries(statuses.map((s) => [`${provider.typeName}Error${s.status}`, s.body ?? true]));
    expect(Object.keys(responses).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, response] of Object.entries(responses)) {
      const content = response.content as Record<string, { schema?: unknown }> | undefined;
      if (!expected[name]) {
        expect(content, `${name} documents no body`).toBeUndefined();
        continue;
      }
      const textShapes = (catalogJson.wire?.shapes ?? []).filter((shape) => shape.format === 'text');
      const json = catalogJson.wire?.contentType ?? 'application/json';
      expect(Object.keys(content ?? {}), name).toEqual([json, ...(textShapes.length > 0 ? ['text/plain'] : [])]);
      expect(content![json]!.schema, name).toEqual({ $ref: `#/components/schemas/${bodyName}` });
      // Plain text is a string matching the shape's pattern.
      if (textShapes.length === 1) expect(content!['text/plain']!.schema, name).toEqual({ type: 'string', pattern: textShapes[0]!.pattern, description: textShapes[0]!.summary });
    }
  });
});

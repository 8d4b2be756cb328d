import { validate } from '@readme/openapi-parser';
import { OFFLINE } from '../../../helpers/openapi-parser-options.ts';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import jsyaml from 'js-yaml';
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { CatalogSet } from '../helpers/catalog-set.ts';
import { catalogsOf, entriesOf, wireOf } from '../helpers/expected.ts';
import { contentOf, type Generated } from '../helpers/generate.ts';
import { bodyOf, segmentsOf, wireForms } from '../helpers/wire-body.ts';
import type { ProviderModel } from '../../../../generator/model/model.ts';

/**
 * Property 4: every generated `openapi.yaml` (core and each provider) reads
 * back as the same value with two YAML parsers, passes
 * `@readme/openapi-parser`'s `validate()` — save that library's own rule
 * against `paths: {}`, which OpenAPI 3.1 allows (see test/emit/openapi/openapi.test.ts,
 * readmeio/oas#1039) — and passes it with nothing to say once every component
 * is referenced from a probe operation; its schemas are valid JSON Schema
 * 2020-12 (ajv strict) and compile. Beyond validity, each catalog has its
 * enum schema with exactly the input's codes (or texts) and keys, and the body
 * schema holds each wire field at its pointer and accepts every entry's body
 * and every documented example.
 */

type Json = Record<string, unknown>;
type ApiDocument = Parameters<typeof validate>[0];

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

const COMPONENTS_ONLY_RULE = 'OpenAPI 3.1 definitions must contain at least one entry in either `paths` or `webhook`.';
const EXTENSION_KEYWORDS = ['x-enum-varnames', 'x-enum-descriptions', 'x-extensible-enum', 'x-retryable-by-default', 'x-resendable-by-default', 'x-actor', 'x-failover'];

function componentsOf(doc: Json): { schemas: Record<string, Json>; responses: Record<string, Json> } {
  const components = (doc.components ?? {}) as { schemas?: Record<string, Json>; responses?: Record<string, Json> };
  return { schemas: components.schemas ?? {}, responses: components.responses ?? {} };
}

/** The document with one probe operation per component, so the validator dereferences and checks every one. */
function withProbes(doc: Json): Json {
  const { schemas, responses } = componentsOf(doc);
  const paths: Record<string, Json> = {};
  Object.keys(responses).forEach((name, i) => {
    paths[`/probe/responses/${i}`] = { get: { operationId: `response${i}`, responses: { default: { $ref: `#/components/responses/${escapeToken(name)}` } } } };
  });
  Object.keys(schemas).forEach((name, i) => {
    paths[`/probe/schemas/${i}`] = {
      get: {
        operationId: `schema${i}`,
        responses: { default: { description: name, content: { 'application/json': { schema: { $ref: `#/components/schemas/${escapeToken(name)}` } } } } },
      },
    };
  });
  return { ...structuredClone(doc), paths };
}

function escapeToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The property schema at a pointer into the body, read through own `properties` only. */
function propertyAt(schema: Json, pointer: string): Json | undefined {
  let current: Json | undefined = schema;
  for (const segment of segmentsOf(pointer)) {
    const properties = current?.properties as Json | undefined;
    current = properties !== undefined && Object.prototype.hasOwnProperty.call(properties, segment) ? (properties[segment] as Json) : undefined;
  }
  return current;
}

async function checkDocument(where: string, text: string): Promise<Json> {
  const doc = parse(text) as Json;
  // A second reader (YAML 1.1 style, as many tools are) must read the same value.
  expect(jsyaml.load(text), `${where} read by js-yaml`).toEqual(doc);
  expect(doc.openapi, where).toBe('3.1.0');

  const asPublished = await validate(structuredClone(doc) as ApiDocument, OFFLINE);
  expect((asPublished.valid ? [] : asPublished.errors.map((e) => e.message)).filter((m) => m !== COMPONENTS_ONLY_RULE), `${where} validate()`).toEqual([]);
  expect(asPublished.warnings, `${where} validate() warnings`).toEqual([]);
  const probed = await validate(withProbes(doc) as ApiDocument, OFFLINE);
  expect(probed.valid ? [] : probed.errors.map((e) => e.message), `${where} validate() with probes`).toEqual([]);

  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const keyword of [...EXTENSION_KEYWORDS, 'components']) ajv.addKeyword(keyword);
  ajv.addSchema({ $id: 'urn:errcat:openapi', components: doc.components });
  for (const [name, schema] of Object.entries(componentsOf(doc).schemas)) {
    expect(ajv.validateSchema(schema) ? [] : ajv.errors, `${where} schema ${name}`).toEqual([]);
    expect(() => ajv.getSchema(`urn:errcat:openapi#/components/schemas/${escapeToken(name)}`), `${where} schema ${name} compiles`).not.toThrow();
  }
  return doc;
}

function checkProviderSchemas(set: CatalogSet, provider: ProviderModel, doc: Json): void {
  const { schemas } = componentsOf(doc);
  const catalogs = catalogsOf(set, provider.id);
  const bodyName = `${provider.typeName}ErrorBody`;
  const body = schemas[bodyName];
  expect(body, `${provider.id}: ${bodyName}`).toBeDefined();
  const enumNames = provider.catalogs.map((c) => c.enumName);
  expect(enumNames, `${provider.id}: a catalog schema named like the body schema ${bodyName} (one overwrites the other)`).not.toContain(bodyName);
  expect(Object.keys(schemas).sort(), `${provider.id}: one schema per catalog and the body`).toEqual([...enumNames, bodyName].sort());

  for (const catalog of catalogs) {
    const enumName = provider.catalogs.find((c) => c.id === catalog.id)?.enumName ?? '';
    const schema = schemas[enumName];
    const where = `${provider.id}: ${enumName} (${catalog.id})`;
    expect(schema, where).toBeDefined();
    const entries = entriesOf(catalog).map((p) => p.entry);
    if (entries.length === 0) {
      // No value documented yet: JSON Schema wants `enum` non-empty; `not: {}` matches nothing instead.
      expect(schema, where).not.toHaveProperty('enum');
      expect(schema!.not, where).toEqual({});
      continue;
    }
    const pairs = (values: unknown, names: unknown, descriptions: unknown) =>
      (values as unknown[]).map((v, i) => JSON.stringify([v, (names as unknown[])[i], (descriptions as unknown[])[i]])).sort();
    if (catalog.kind === 'error-message') {
      // One enum value per distinct text, named after one of the entries that document it.
      const values = schema!.enum as string[];
      expect([...values].sort(), where).toEqual([...new Set(entries.map((e) => e.text))].sort());
      values.forEach((text, i) => {
        expect(entries.filter((e) => e.text === text).map((e) => e.key), where).toContain((schema!['x-enum-varnames'] as string[])[i]);
        expect((schema!['x-enum-descriptions'] as string[])[i], where).toBe(text);
      });
    } else {
      expect(schema!.type, where).toBe(catalog.codeType === 'string' ? 'string' : 'integer');
      expect(pairs(schema!.enum, schema!['x-enum-varnames'], schema!['x-enum-descriptions']), where).toEqual(
        pairs(entries.map((e) => e.code), entries.map((e) => e.key), entries.map((e) => e.text)),
      );
    }
  }

  // Each wire field sits at its pointer, as an own property of the schema (never through a prototype).
  const wire = wireOf(set, provider.id);
  for (const [field, spec] of Object.entries({ code: wire.body.code, message: wire.body.message, type: wire.body.type, details: wire.body.details })) {
    if (spec) expect(propertyAt(body!, spec.pointer), `${provider.id}: body field ${field} at ${spec.pointer}`).toBeDefined();
  }
  // ownProperties: a body field named like an Object.prototype member (`hasOwnProperty`) is checked only when the body has it.
  const check = new Ajv2020({ strict: false, allowUnionTypes: true, ownProperties: true }).compile(body!);
  const accepts = (value: unknown) => (check(value) ? [] : check.errors);
  for (const catalog of catalogs) {
    for (const { entry } of entriesOf(catalog)) {
      if (catalog.kind === 'error-code' && wire.body.code) {
        for (const form of wireForms(entry.code!, wire.body.code.encoding)) {
          const value = bodyOf(wire, { code: form, details: null });
          expect(accepts(value), `${provider.id}: body ${JSON.stringify(value)}`).toEqual([]);
        }
      }
      if (catalog.kind === 'error-message' && wire.body.message) {
        const value = bodyOf(wire, { message: entry.text, ...(entry.type ? { type: entry.type } : {}), details: ['detail'] });
        expect(accepts(value), `${provider.id}: body ${JSON.stringify(value)}`).toEqual([]);
      }
    }
  }
  for (const example of wire.body.examples ?? []) expect(accepts(example.value), `${provider.id}: example ${JSON.stringify(example.value)}`).toEqual([]);
}

/** Checks core's and every provider's openapi.yaml. */
export async function checkOpenApi(set: CatalogSet, generated: Generated): Promise<void> {
  await checkDocument('core/openapi.yaml', contentOf(generated, 'core/openapi.yaml'));
  for (const provider of generated.model.providers) {
    const doc = await checkDocument(`${provider.id}/openapi.yaml`, contentOf(generated, `${provider.id}/openapi.yaml`));
    checkProviderSchemas(set, provider, doc);
  }
}

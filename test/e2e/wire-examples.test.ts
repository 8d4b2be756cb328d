import { describe, expect, it } from 'vitest';
import type { ProviderErrors } from '@errcat/core';
import { bsgProvider } from '@errcat/bsg';
import { notificoreProvider } from '@errcat/notificore';
import { serwersmsProvider } from '@errcat/serwersms';
import { smsapiProvider } from '@errcat/smsapi';
import { yellowpushProvider } from '@errcat/yellowpush';
import { loadModel } from '../../generator/model/load-model.ts';
import type { WireShapeModel } from '../../generator/model/model.ts';

/**
 * Every example body of every documented wire shape of the five shipped
 * catalogs, parsed by the committed generated package, as a user's
 * application would receive it (JSON as text, plain text as text). Each
 * expectation is written out: the entry the example documents, and whether
 * the message sent differs from the table's text. A new example without an
 * expectation fails the first test.
 */
const EXPECTED: Record<string, { shape: string; key: string | null; code?: number | null; messageDiffers?: boolean }[]> = {
  'bsg body The documented example': [{ shape: 'body', key: 'VIBER_MESSAGE_NOT_FOUND', code: 40, messageDiffers: true }],
  // BSG's API 1.0 OpenAPI file words 82 otherwise than the table ("invalid source_type"): matched by code.
  "bsg body MNP lookup for a country BSG does not serve (BSG's API 1.0 OpenAPI file, /rest/mnp/create)": [
    { shape: 'body', key: 'STATISTICS_INVALID_SOURCE_TYPE', code: 82, messageDiffers: true },
  ],
  // And 25 ("invalid originator" in the table), inside the per-message result list.
  'bsg result-list Viber create for a number without Viber': [{ shape: 'result-list', key: 'SMS_INVALID_ORIGINATOR', code: 25, messageDiffers: true }],
  // The OpenAPI file's text is not the table's ("Tariff not found"): read with its shape, and not matched to a guess.
  'bsg api-v2 Campaign price for a tariff that does not exist (HTTP 422)': [{ shape: 'api-v2', key: null }],
  'notificore body The documented example': [{ shape: 'body', key: 'VIBER_MESSAGE_NOT_FOUND', code: 40, messageDiffers: true }],
  'notificore result-list Viber create, external ID already used': [{ shape: 'result-list', key: 'VIBER_DUPLICATE_ID', code: 43, messageDiffers: true }],
  'notificore api-v2 Campaign price for a tariff that does not exist (HTTP 422)': [{ shape: 'api-v2', key: null }],
  'serwersms body Incorrect login or password': [{ shape: 'body', key: 'INCORRECT_LOGIN_OR_PASSWORD', code: 1001, messageDiffers: false }],
  'serwersms body No action specified': [{ shape: 'body', key: 'ACTION_NOT_SPECIFIED', code: 1000, messageDiffers: false }],
  "smsapi body No valid recipient (from SMSAPI's official Go client, testdata/responses/sms/invalid_recipient.json, github.com/smsapi/smsapi-go)": [
    { shape: 'body', key: 'NO_VALID_PHONE_NUMBERS', code: 13, messageDiffers: true },
  ],
  'smsapi plain-text The documented answer to a request from an IP address the IP filter does not allow': [{ shape: 'plain-text', key: 'IP_NOT_ALLOWED', code: 105, messageDiffers: false }],
  'yellowpush body Example 1': [{ shape: 'body', key: 'MISSING_PARAMETERS', code: null, messageDiffers: false }],
  'yellowpush body Example 2': [{ shape: 'body', key: 'ERROR_READING_JSON', code: null, messageDiffers: false }],
};

const HANDLES: Record<string, ProviderErrors> = {
  bsg: bsgProvider,
  notificore: notificoreProvider,
  serwersms: serwersmsProvider,
  smsapi: smsapiProvider,
  yellowpush: yellowpushProvider,
};

const { model } = await loadModel({ kind: 'folder', dir: 'schema/catalogs', root: '.' }, { scope: '@errcat' });
const examples = model.providers.flatMap((provider) =>
  provider.wire.shapes.flatMap((shape) => shape.examples.map((example) => ({ provider, shape, example, name: `${provider.id} ${shape.id} ${example.summary}` }))),
);

/** The body as the network delivers it: JSON as text, a text shape's example as it is. */
const asSent = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

describe('the documented wire shapes of the five catalogs', () => {
  it('each have examples, and each example has an expectation here', () => {
    for (const provider of model.providers) for (const shape of provider.wire.shapes) expect(shape.examples.length, `${provider.id} ${shape.id}`).toBeGreaterThan(0);
    expect(examples.map((e) => e.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s parses to the documented entry', (name, { provider, example }) => {
    const parsed = HANDLES[provider.id]!.parseAll(asSent(example.value));
    expect(
      parsed.map((error) => ({
        shape: error.shape,
        key: error.known ? error.key : null,
        ...(error.known ? { code: error.code, messageDiffers: error.messageDiffers } : {}),
      })),
    ).toEqual(EXPECTED[name]);
  });

  it('reach every entry of every catalog a JSON shape is matched on, by that shape alone', () => {
    // Bodies made from the catalogs: the code or text of each entry where the shape puts it.
    let bodies = 0;
    for (const provider of model.providers) {
      for (const catalog of provider.catalogs) {
        for (const target of catalog.match) {
          const shape = provider.wire.shapes.find((s) => s.id === target.shape)!;
          if (shape.format !== 'json' || target.pointer === undefined) continue;
          for (const entry of catalog.entries) {
            const value = catalog.kind === 'error-message' ? entry.text : entry.code;
            const error = HANDLES[provider.id]!.parse(JSON.stringify(bodyWith(shape, target.pointer, value)));
            // A text documented twice (two sections) matches its first entry: the same text, the same meaning.
            const expected = catalog.kind === 'error-message' ? { known: true, catalog: catalog.id, entry: { text: entry.text }, shape: shape.id } : { known: true, key: entry.key, shape: shape.id };
            expect(error, `${provider.id} ${catalog.id} ${entry.key} via ${shape.id}`).toMatchObject(expected);
            bodies++;
          }
        }
      }
    }
    expect(bodies).toBeGreaterThan(500);
  });
});

/** A body holding one value at a pointer, inside the shape's list when it has one. */
function bodyWith(shape: WireShapeModel, pointer: string, value: unknown): unknown {
  const holder = pointer
    .split('/')
    .slice(1)
    .reduceRight<unknown>((inner, token) => ({ [token.replace(/~1/g, '/').replace(/~0/g, '~')]: inner }), value);
  return shape.items === undefined ? holder : bodyWith({ ...shape, items: undefined }, shape.items, [holder]);
}


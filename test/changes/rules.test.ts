import { describe, expect, it } from 'vitest';
import type { Change } from '../../generator/changes/change.ts';
import { renderMarkdown } from '../../generator/diff/render-markdown.ts';
import { RULE_IDS, RULES, type RuleId } from '../../generator/changes/rules.ts';
import type { CatalogFile } from '../../generator/types/catalog.ts';
import { acme, acmeWith, api, messages, reportOf, tableRows } from '../helpers/catalog-cases.ts';

/**
 * One case per rule: a before/after pair of catalogs that differ by exactly
 * the change the rule is about, the exact changes `errcat diff` finds (rule,
 * classification, where, old and new values) and the exact rows of the
 * Markdown table it prints for them.
 */
interface Case {
  rule: RuleId;
  /** What the case changes, when a rule has more than one case. */
  name?: string;
  before: CatalogFile[];
  after: CatalogFile[];
  changes: Change[];
  rows: string[];
  /** The package whose table holds the rows (default `@errcat/acme`). */
  packageName?: string;
}

const entry = (file: CatalogFile, section: number, index: number) => api(file).sections[section]!.entries[index]!;
const tariff = (file: CatalogFile) => messages(file).sections[1]!.entries[1]!;
const beta = acmeWith((f) => {
  f.provider.id = 'beta';
  f.provider.name = 'Beta';
});

const CASES: Case[] = [
  {
    rule: 'PROVIDER_ADDED',
    before: [acme()],
    after: [acme(), beta],
    changes: [{ provider: 'beta', rule: 'PROVIDER_ADDED', classification: 'compatible', new: 'Beta' }],
    rows: ['| compatible | `PROVIDER_ADDED` |  |  |  | provider added: `Beta` |'],
    packageName: '@errcat/beta',
  },
  {
    rule: 'PROVIDER_REMOVED',
    before: [acme(), beta],
    after: [acme()],
    changes: [{ provider: 'beta', rule: 'PROVIDER_REMOVED', classification: 'breaking', old: 'Beta' }],
    rows: ['| **breaking** | `PROVIDER_REMOVED` |  |  |  | provider removed: `Beta` |'],
    packageName: '@errcat/beta',
  },
  {
    rule: 'PROVIDER_DOCS_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (f.provider.name = 'Acme'))],
    changes: [{ provider: 'acme', rule: 'PROVIDER_DOCS_CHANGED', classification: 'compatible', field: 'provider.name', old: 'Acme SMS', new: 'Acme' }],
    rows: ['| compatible | `PROVIDER_DOCS_CHANGED` |  |  |  | `provider.name`: `Acme SMS` → `Acme` |'],
  },
  {
    rule: 'WIRE_FIELD_ADDED',
    before: [acme()],
    after: [acmeWith((f) => (f.wire!.body.type = { pointer: '/error/type' }))],
    changes: [{ provider: 'acme', rule: 'WIRE_FIELD_ADDED', classification: 'compatible', field: 'wire.body.type', new: '/error/type' }],
    rows: ['| compatible | `WIRE_FIELD_ADDED` |  |  |  | `wire.body.type` added: `/error/type` |'],
  },
  {
    rule: 'WIRE_FIELD_REMOVED',
    before: [acmeWith((f) => (f.wire!.body.type = { pointer: '/error/type' }))],
    after: [acme()],
    changes: [{ provider: 'acme', rule: 'WIRE_FIELD_REMOVED', classification: 'behavioural', field: 'wire.body.type', old: '/error/type' }],
    rows: ['| behavioural | `WIRE_FIELD_REMOVED` |  |  |  | `wire.body.type` removed: `/error/type` |'],
  },
  {
    rule: 'WIRE_FIELD_MOVED',
    before: [acme()],
    after: [acmeWith((f) => (f.wire!.body.code!.pointer = '/error/id'))],
    changes: [{ provider: 'acme', rule: 'WIRE_FIELD_MOVED', classification: 'behavioural', field: 'wire.body.code.pointer', old: '/error/code', new: '/error/id' }],
    rows: ['| behavioural | `WIRE_FIELD_MOVED` |  |  |  | `wire.body.code.pointer`: `/error/code` → `/error/id` |'],
  },
  {
    rule: 'WIRE_CODE_ENCODING_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (f.wire!.body.code!.encoding = 'string-or-integer'))],
    changes: [
      { provider: 'acme', rule: 'WIRE_CODE_ENCODING_CHANGED', classification: 'behavioural', field: 'wire.body.code.encoding', old: 'integer', new: 'string-or-integer' },
    ],
    rows: ['| behavioural | `WIRE_CODE_ENCODING_CHANGED` |  |  |  | `wire.body.code.encoding`: `integer` → `string-or-integer` |'],
  },
  {
    rule: 'WIRE_CONTENT_TYPE_CHANGED',
    // Absent before: the resolved catalog holds the default, so the change reads from `application/json`.
    before: [acme()],
    after: [acmeWith((f) => (f.wire!.contentType = 'application/problem+json'))],
    changes: [
      { provider: 'acme', rule: 'WIRE_CONTENT_TYPE_CHANGED', classification: 'behavioural', field: 'wire.contentType', old: 'application/json', new: 'application/problem+json' },
    ],
    rows: ['| behavioural | `WIRE_CONTENT_TYPE_CHANGED` |  |  |  | `wire.contentType`: `application/json` → `application/problem+json` |'],
  },
  {
    rule: 'WIRE_HTTP_STATUS_ADDED',
    before: [acme()],
    after: [acmeWith((f) => f.wire!.httpStatuses!.push({ status: 429, description: 'Too many requests' }))],
    changes: [{ provider: 'acme', rule: 'WIRE_HTTP_STATUS_ADDED', classification: 'compatible', field: 'wire.httpStatuses', new: 429 }],
    rows: ['| compatible | `WIRE_HTTP_STATUS_ADDED` |  |  |  | `wire.httpStatuses` added: `429` |'],
  },
  {
    rule: 'WIRE_HTTP_STATUS_REMOVED',
    before: [acme()],
    after: [acmeWith((f) => f.wire!.httpStatuses!.shift())],
    changes: [{ provider: 'acme', rule: 'WIRE_HTTP_STATUS_REMOVED', classification: 'breaking', field: 'wire.httpStatuses', old: 400 }],
    rows: ['| **breaking** | `WIRE_HTTP_STATUS_REMOVED` |  |  |  | `wire.httpStatuses` removed: `400` |'],
  },
  {
    rule: 'WIRE_HTTP_STATUS_CHANGED',
    // `body` absent means true: dropping `body: false` is the change.
    before: [acme()],
    after: [acmeWith((f) => delete f.wire!.httpStatuses![1]!.body)],
    changes: [{ provider: 'acme', rule: 'WIRE_HTTP_STATUS_CHANGED', classification: 'behavioural', field: 'wire.httpStatuses.401.body', old: false, new: true }],
    rows: ['| behavioural | `WIRE_HTTP_STATUS_CHANGED` |  |  |  | `wire.httpStatuses.401.body`: `false` → `true` |'],
  },
  {
    rule: 'WIRE_SHAPE_ADDED',
    before: [acme()],
    after: [acmeWith((f) => (f.wire!.shapes = [{ id: 'plain-text', summary: 'ERROR:<code> as text', format: 'text', pattern: '^ERROR:(?<code>\\d+)$', examples: [{ summary: 'one', value: 'ERROR:1' as never }] }]))],
    changes: [{ provider: 'acme', rule: 'WIRE_SHAPE_ADDED', classification: 'compatible', field: 'wire.shapes.plain-text', new: 'ERROR:<code> as text' }],
    rows: ['| compatible | `WIRE_SHAPE_ADDED` |  |  |  | `wire.shapes.plain-text` added: `ERROR:<code> as text` |'],
  },
  {
    rule: 'WIRE_SHAPE_REMOVED',
    before: [acmeWith((f) => (f.wire!.shapes = [{ id: 'plain-text', summary: 'ERROR:<code> as text', format: 'text', pattern: '^ERROR:(?<code>\\d+)$', examples: [{ summary: 'one', value: 'ERROR:1' as never }] }]))],
    after: [acme()],
    changes: [{ provider: 'acme', rule: 'WIRE_SHAPE_REMOVED', classification: 'behavioural', field: 'wire.shapes.plain-text', old: 'ERROR:<code> as text' }],
    rows: ['| behavioural | `WIRE_SHAPE_REMOVED` |  |  |  | `wire.shapes.plain-text` removed: `ERROR:<code> as text` |'],
  },
  {
    rule: 'WIRE_SHAPE_CHANGED',
    before: [acmeWith((f) => (f.wire!.shapes = [{ id: 'plain-text', summary: 'ERROR:<code> as text', format: 'text', pattern: '^ERROR:(?<code>\\d+)$', examples: [{ summary: 'one', value: 'ERROR:1' as never }] }]))],
    after: [acmeWith((f) => (f.wire!.shapes = [{ ...{ id: 'plain-text', summary: 'ERROR:<code> as text', format: 'text', pattern: '^ERROR:(?<code>\\d+)$', examples: [{ summary: 'one', value: 'ERROR:1' as never }] }, pattern: '^ERR:(?<code>\\d+)$' }]))],
    changes: [
      {
        provider: 'acme',
        rule: 'WIRE_SHAPE_CHANGED',
        classification: 'behavioural',
        field: 'wire.shapes.plain-text',
        old: { format: 'text', pattern: '^ERROR:(?<code>\\d+)$' },
        new: { format: 'text', pattern: '^ERR:(?<code>\\d+)$' },
      },
    ],
    rows: ['| behavioural | `WIRE_SHAPE_CHANGED` |  |  |  | `wire.shapes.plain-text`: `{"format":"text","pattern":"^ERROR:(?<code>\\\\d+)$"}` → `{"format":"text","pattern":"^ERR:(?<code>\\\\d+)$"}` |'],
  },
  {
    rule: 'WIRE_DOCS_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (f.wire!.httpStatuses![0]!.description = 'Bad Request'))],
    changes: [
      { provider: 'acme', rule: 'WIRE_DOCS_CHANGED', classification: 'compatible', field: 'wire.httpStatuses.400.description', old: 'Bad request', new: 'Bad Request' },
    ],
    rows: ['| compatible | `WIRE_DOCS_CHANGED` |  |  |  | `wire.httpStatuses.400.description`: `Bad request` → `Bad Request` |'],
  },
  {
    rule: 'CATALOG_ADDED',
    before: [acme()],
    after: [
      acmeWith((f) =>
        f.catalogs!.push({
          id: 'delivery',
          name: 'Delivery statuses',
          kind: 'delivery-status',
          codeType: 'string',
          sections: [{ id: 'statuses', title: 'Statuses', entries: [{ key: 'DELIVERED', code: 'DELIVERED', text: 'Delivered', category: 'success' }] }],
        }),
      ),
    ],
    changes: [{ provider: 'acme', catalog: 'delivery', rule: 'CATALOG_ADDED', classification: 'compatible', new: 'Delivery statuses' }],
    rows: ['| compatible | `CATALOG_ADDED` | `delivery` |  |  | catalog added: `Delivery statuses` |'],
  },
  {
    rule: 'CATALOG_REMOVED',
    before: [acme()],
    after: [acmeWith((f) => f.catalogs!.pop())],
    changes: [{ provider: 'acme', catalog: 'api-v2', rule: 'CATALOG_REMOVED', classification: 'breaking', old: 'API 2.0 errors' }],
    rows: ['| **breaking** | `CATALOG_REMOVED` | `api-v2` |  |  | catalog removed: `API 2.0 errors` |'],
  },
  {
    rule: 'CATALOG_KIND_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (api(f).kind = 'delivery-status'))],
    changes: [{ provider: 'acme', catalog: 'api', rule: 'CATALOG_KIND_CHANGED', classification: 'breaking', field: 'kind', old: 'error-code', new: 'delivery-status' }],
    rows: ['| **breaking** | `CATALOG_KIND_CHANGED` | `api` |  |  | `kind`: `error-code` → `delivery-status` |'],
  },
  {
    rule: 'CATALOG_CODE_TYPE_CHANGED',
    // Reserved ranges need integer codes, so neither side has one; 1 and "1" are the same code, not a re-code.
    before: [acmeWith((f) => delete api(f).sections[0]!.reserved)],
    after: [
      acmeWith((f) => {
        const catalog = api(f);
        delete catalog.sections[0]!.reserved;
        catalog.codeType = 'string';
        for (const s of catalog.sections) for (const e of s.entries) e.code = String(e.code);
      }),
    ],
    changes: [{ provider: 'acme', catalog: 'api', rule: 'CATALOG_CODE_TYPE_CHANGED', classification: 'breaking', field: 'codeType', old: 'integer', new: 'string' }],
    rows: ['| **breaking** | `CATALOG_CODE_TYPE_CHANGED` | `api` |  |  | `codeType`: `integer` → `string` |'],
  },
  {
    rule: 'CATALOG_MATCH_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (api(f).match = [{ shape: 'body' }]))],
    changes: [{ provider: 'acme', catalog: 'api', rule: 'CATALOG_MATCH_CHANGED', classification: 'behavioural', field: 'match', new: [{ shape: 'body' }] }],
    rows: ['| behavioural | `CATALOG_MATCH_CHANGED` | `api` |  |  | `match` added: `{"shape":"body"}` |'],
  },
  {
    rule: 'CATALOG_DOCS_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (api(f).name = 'API 1.0 errors'))],
    changes: [{ provider: 'acme', catalog: 'api', rule: 'CATALOG_DOCS_CHANGED', classification: 'compatible', field: 'name', old: 'API errors', new: 'API 1.0 errors' }],
    rows: ['| compatible | `CATALOG_DOCS_CHANGED` | `api` |  |  | `name`: `API errors` → `API 1.0 errors` |'],
  },
  {
    rule: 'SECTION_ADDED',
    before: [acme()],
    after: [acmeWith((f) => api(f).sections.push({ id: 'viber', title: 'Viber errors', entries: [] }))],
    changes: [{ provider: 'acme', catalog: 'api', section: 'viber', rule: 'SECTION_ADDED', classification: 'compatible', new: 'Viber errors' }],
    rows: ['| compatible | `SECTION_ADDED` | `api` |  |  | section `viber` added: `Viber errors` |'],
  },
  {
    rule: 'SECTION_REMOVED',
    // Its entry moves to another section: that is a change of its own.
    before: [acme()],
    after: [
      acmeWith((f) => {
        const [common, sms] = api(f).sections;
        common!.entries.push(...sms!.entries);
        api(f).sections.pop();
      }),
    ],
    changes: [
      { provider: 'acme', catalog: 'api', section: 'sms', rule: 'SECTION_REMOVED', classification: 'compatible', old: 'SMS errors' },
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_SECTION_CHANGED',
        classification: 'compatible',
        key: { old: 'INVALID_PHONE', new: 'INVALID_PHONE' },
        code: { old: 21, new: 21 },
        field: 'section',
        old: 'sms',
        new: 'common',
      },
    ],
    rows: [
      '| compatible | `SECTION_REMOVED` | `api` |  |  | section `sms` removed: `SMS errors` |',
      '| compatible | `ENTRY_SECTION_CHANGED` | `api` | `INVALID_PHONE` | `21` | `section`: `sms` → `common` |',
    ],
  },
  {
    rule: 'SECTION_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (api(f).sections[1]!.title = 'SMS Errors'))],
    changes: [{ provider: 'acme', catalog: 'api', section: 'sms', rule: 'SECTION_CHANGED', classification: 'compatible', field: 'title', old: 'SMS errors', new: 'SMS Errors' }],
    rows: ['| compatible | `SECTION_CHANGED` | `api` |  |  | section `sms` `title`: `SMS errors` → `SMS Errors` |'],
  },
  {
    rule: 'SECTIONS_REORDERED',
    before: [acme()],
    after: [acmeWith((f) => api(f).sections.reverse())],
    changes: [{ provider: 'acme', catalog: 'api', rule: 'SECTIONS_REORDERED', classification: 'compatible', field: 'sections', old: ['common', 'sms'], new: ['sms', 'common'] }],
    rows: ['| compatible | `SECTIONS_REORDERED` | `api` |  |  | `sections`: `common`, `sms` → `sms`, `common` |'],
  },
  {
    rule: 'RESERVED_RANGE_ADDED',
    before: [acme()],
    after: [acmeWith((f) => api(f).sections[0]!.reserved!.push({ from: 90, to: 99, text: 'Reserved' }))],
    changes: [
      { provider: 'acme', catalog: 'api', section: 'common', rule: 'RESERVED_RANGE_ADDED', classification: 'compatible', code: { new: '90-99' }, field: 'range', new: { from: 90, to: 99 } },
    ],
    rows: ['| compatible | `RESERVED_RANGE_ADDED` | `api` |  | `90-99` | reserved range added |'],
  },
  {
    rule: 'RESERVED_RANGE_REMOVED',
    before: [acme()],
    after: [acmeWith((f) => delete api(f).sections[0]!.reserved)],
    changes: [
      { provider: 'acme', catalog: 'api', section: 'common', rule: 'RESERVED_RANGE_REMOVED', classification: 'behavioural', code: { old: '88-89' }, field: 'range', old: { from: 88, to: 89 } },
    ],
    rows: ['| behavioural | `RESERVED_RANGE_REMOVED` | `api` |  | `88-89` | reserved range removed |'],
  },
  {
    rule: 'RESERVED_RANGE_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (api(f).sections[0]!.reserved![0]!.to = 90))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        section: 'common',
        rule: 'RESERVED_RANGE_CHANGED',
        classification: 'behavioural',
        code: { old: '88-89', new: '88-90' },
        field: 'range',
        old: { from: 88, to: 89 },
        new: { from: 88, to: 90 },
      },
    ],
    rows: ['| behavioural | `RESERVED_RANGE_CHANGED` | `api` |  | `88-89` → `88-90` | reserved range resized |'],
  },
  {
    rule: 'RESERVED_DOCS_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (api(f).sections[0]!.reserved![0]!.text = 'Reserved for future use'))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        section: 'common',
        rule: 'RESERVED_DOCS_CHANGED',
        classification: 'compatible',
        code: { old: '88-89', new: '88-89' },
        field: 'text',
        old: 'Reserved',
        new: 'Reserved for future use',
      },
    ],
    rows: ['| compatible | `RESERVED_DOCS_CHANGED` | `api` |  | `88-89` | reserved range `text`: `Reserved` → `Reserved for future use` |'],
  },
  {
    rule: 'ENTRY_ADDED',
    before: [acme()],
    after: [acmeWith((f) => api(f).sections[0]!.entries.push({ key: 'USER_BLOCKED', code: 3, text: 'the user is blocked', category: 'account' }))],
    changes: [
      { provider: 'acme', catalog: 'api', rule: 'ENTRY_ADDED', classification: 'compatible', key: { new: 'USER_BLOCKED' }, code: { new: 3 }, new: 'the user is blocked' },
    ],
    rows: ['| compatible | `ENTRY_ADDED` | `api` | `USER_BLOCKED` | `3` | entry added: `the user is blocked` |'],
  },
  {
    rule: 'ENTRY_REMOVED',
    before: [acme()],
    after: [acmeWith((f) => api(f).sections[0]!.entries.pop())],
    changes: [{ provider: 'acme', catalog: 'api', rule: 'ENTRY_REMOVED', classification: 'breaking', key: { old: 'NO_FUNDS' }, code: { old: 2 }, old: 'not enough funds' }],
    rows: ['| **breaking** | `ENTRY_REMOVED` | `api` | `NO_FUNDS` | `2` | entry removed: `not enough funds` |'],
  },
  {
    rule: 'ENTRY_RENAMED',
    before: [acme()],
    after: [
      acmeWith((f) => {
        entry(f, 0, 1).key = 'NOT_ENOUGH_FUNDS';
        entry(f, 0, 1).previousKeys = ['NO_FUNDS'];
      }),
    ],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_RENAMED',
        classification: 'breaking',
        key: { old: 'NO_FUNDS', new: 'NOT_ENOUGH_FUNDS' },
        code: { old: 2, new: 2 },
        field: 'key',
        old: 'NO_FUNDS',
        new: 'NOT_ENOUGH_FUNDS',
      },
    ],
    rows: ['| **breaking** | `ENTRY_RENAMED` | `api` | `NO_FUNDS` → `NOT_ENOUGH_FUNDS` | `2` | key renamed, declared in `previousKeys` |'],
  },
  {
    rule: 'ENTRY_REKEYED',
    name: 'same code, new key',
    before: [acme()],
    after: [acmeWith((f) => (entry(f, 0, 1).key = 'NOT_ENOUGH_FUNDS'))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_REKEYED',
        classification: 'breaking',
        key: { old: 'NO_FUNDS', new: 'NOT_ENOUGH_FUNDS' },
        code: { old: 2, new: 2 },
        field: 'key',
        old: 'NO_FUNDS',
        new: 'NOT_ENOUGH_FUNDS',
      },
    ],
    rows: [
      '| **breaking** | `ENTRY_REKEYED` | `api` | `NO_FUNDS` → `NOT_ENOUGH_FUNDS` | `2` | key changed, same code; declare the old key in `previousKeys` if this is a rename |',
    ],
  },
  {
    rule: 'ENTRY_REKEYED',
    name: 'message-only entry: same text, new key',
    before: [acme()],
    after: [acmeWith((f) => (tariff(f).key = 'RATE_NOT_FOUND'))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api-v2',
        rule: 'ENTRY_REKEYED',
        classification: 'breaking',
        key: { old: 'TARIFF_NOT_FOUND', new: 'RATE_NOT_FOUND' },
        field: 'key',
        old: 'TARIFF_NOT_FOUND',
        new: 'RATE_NOT_FOUND',
      },
    ],
    rows: [
      '| **breaking** | `ENTRY_REKEYED` | `api-v2` | `TARIFF_NOT_FOUND` → `RATE_NOT_FOUND` |  | key changed, same text; declare the old key in `previousKeys` if this is a rename |',
    ],
  },
  {
    rule: 'ENTRY_RECODED',
    before: [acme()],
    after: [acmeWith((f) => (entry(f, 0, 1).code = 20))],
    changes: [
      { provider: 'acme', catalog: 'api', rule: 'ENTRY_RECODED', classification: 'breaking', key: { old: 'NO_FUNDS', new: 'NO_FUNDS' }, code: { old: 2, new: 20 }, field: 'code', old: 2, new: 20 },
    ],
    rows: ['| **breaking** | `ENTRY_RECODED` | `api` | `NO_FUNDS` | `2` → `20` | code changed, same key |'],
  },
  {
    rule: 'ENTRY_MESSAGE_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (tariff(f).text = 'Tariff not found.'))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api-v2',
        rule: 'ENTRY_MESSAGE_CHANGED',
        classification: 'behavioural',
        key: { old: 'TARIFF_NOT_FOUND', new: 'TARIFF_NOT_FOUND' },
        field: 'text',
        old: 'Tariff not found',
        new: 'Tariff not found.',
      },
    ],
    rows: ['| behavioural | `ENTRY_MESSAGE_CHANGED` | `api-v2` | `TARIFF_NOT_FOUND` |  | `text`: `Tariff not found` → `Tariff not found.` |'],
  },
  {
    rule: 'ENTRY_TEXT_CHANGED',
    before: [acmeWith((f) => (entry(f, 1, 0).text = 'invalid phone numbr'))],
    after: [acme()],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_TEXT_CHANGED',
        classification: 'compatible',
        key: { old: 'INVALID_PHONE', new: 'INVALID_PHONE' },
        code: { old: 21, new: 21 },
        field: 'text',
        old: 'invalid phone numbr',
        new: 'invalid phone number',
      },
    ],
    rows: ['| compatible | `ENTRY_TEXT_CHANGED` | `api` | `INVALID_PHONE` | `21` | `text`: `invalid phone numbr` → `invalid phone number` |'],
  },
  {
    rule: 'ENTRY_CATEGORY_CHANGED',
    // Both categories default to not retryable: only the category changes.
    before: [acme()],
    after: [acmeWith((f) => (entry(f, 0, 1).category = 'account'))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_CATEGORY_CHANGED',
        classification: 'behavioural',
        key: { old: 'NO_FUNDS', new: 'NO_FUNDS' },
        code: { old: 2, new: 2 },
        field: 'category',
        old: 'insufficient_balance',
        new: 'account',
      },
    ],
    rows: ['| behavioural | `ENTRY_CATEGORY_CHANGED` | `api` | `NO_FUNDS` | `2` | `category`: `insufficient_balance` → `account` |'],
  },
  {
    rule: 'ENTRY_RETRYABLE_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (entry(f, 0, 0).retryable = true))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_RETRYABLE_CHANGED',
        classification: 'behavioural',
        key: { old: 'INVALID_KEY', new: 'INVALID_KEY' },
        code: { old: 1, new: 1 },
        field: 'retryable',
        old: false,
        new: true,
      },
    ],
    rows: ['| behavioural | `ENTRY_RETRYABLE_CHANGED` | `api` | `INVALID_KEY` | `1` | `retryable`: `false` → `true` |'],
  },
  {
    // authentication is safe to resend by default: declaring it unsafe changes what isRetryable and canResend answer.
    rule: 'ENTRY_RESENDABLE_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (entry(f, 0, 0).resendable = false))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_RESENDABLE_CHANGED',
        classification: 'behavioural',
        key: { old: 'INVALID_KEY', new: 'INVALID_KEY' },
        code: { old: 1, new: 1 },
        field: 'resendable',
        old: true,
        new: false,
      },
    ],
    rows: ['| behavioural | `ENTRY_RESENDABLE_CHANGED` | `api` | `INVALID_KEY` | `1` | `resendable`: `true` → `false` |'],
  },
  {
    // Output of an earlier errcat records no resendable: absent means the category's default, not a change.
    rule: 'ENTRY_RESENDABLE_CHANGED',
    before: [acmeWith((f) => delete entry(f, 0, 0).resendable)],
    after: [acmeWith((f) => (entry(f, 0, 0).resendable = true))],
    changes: [],
    rows: [],
  },
  {
    rule: 'ENTRY_HTTP_STATUS_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (entry(f, 0, 0).httpStatus = 401))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_HTTP_STATUS_CHANGED',
        classification: 'behavioural',
        key: { old: 'INVALID_KEY', new: 'INVALID_KEY' },
        code: { old: 1, new: 1 },
        field: 'httpStatus',
        new: 401,
      },
    ],
    rows: ['| behavioural | `ENTRY_HTTP_STATUS_CHANGED` | `api` | `INVALID_KEY` | `1` | `httpStatus` added: `401` |'],
  },
  {
    rule: 'ENTRY_TYPE_CHANGED',
    before: [acmeWith((f) => (entry(f, 0, 0).type = 'InvalidKey'))],
    after: [acmeWith((f) => (entry(f, 0, 0).type = 'InvalidUser'))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_TYPE_CHANGED',
        classification: 'behavioural',
        key: { old: 'INVALID_KEY', new: 'INVALID_KEY' },
        code: { old: 1, new: 1 },
        field: 'type',
        old: 'InvalidKey',
        new: 'InvalidUser',
      },
    ],
    rows: ['| behavioural | `ENTRY_TYPE_CHANGED` | `api` | `INVALID_KEY` | `1` | `type`: `InvalidKey` → `InvalidUser` |'],
  },
  {
    rule: 'ENTRY_SECTION_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => api(f).sections[0]!.entries.push(api(f).sections[1]!.entries.pop()!))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_SECTION_CHANGED',
        classification: 'compatible',
        key: { old: 'INVALID_PHONE', new: 'INVALID_PHONE' },
        code: { old: 21, new: 21 },
        field: 'section',
        old: 'sms',
        new: 'common',
      },
    ],
    rows: ['| compatible | `ENTRY_SECTION_CHANGED` | `api` | `INVALID_PHONE` | `21` | `section`: `sms` → `common` |'],
  },
  {
    rule: 'ENTRY_DEPRECATED',
    before: [acme()],
    after: [acmeWith((f) => (entry(f, 0, 1).deprecated = { since: '2024', replacedBy: 'INVALID_KEY' }))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_DEPRECATED',
        classification: 'compatible',
        key: { old: 'NO_FUNDS', new: 'NO_FUNDS' },
        code: { old: 2, new: 2 },
        field: 'deprecated',
        new: { since: '2024', replacedBy: 'INVALID_KEY' },
      },
    ],
    rows: ['| compatible | `ENTRY_DEPRECATED` | `api` | `NO_FUNDS` | `2` | deprecated since `2024`, replaced by `INVALID_KEY` |'],
  },
  {
    rule: 'ENTRY_UNDEPRECATED',
    before: [acmeWith((f) => (entry(f, 0, 1).deprecated = true))],
    after: [acme()],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_UNDEPRECATED',
        classification: 'compatible',
        key: { old: 'NO_FUNDS', new: 'NO_FUNDS' },
        code: { old: 2, new: 2 },
        field: 'deprecated',
        old: true,
      },
    ],
    rows: ['| compatible | `ENTRY_UNDEPRECATED` | `api` | `NO_FUNDS` | `2` | no longer deprecated |'],
  },
  {
    rule: 'ENTRY_DOCS_CHANGED',
    before: [acme()],
    after: [acmeWith((f) => (entry(f, 1, 0).summary = 'The phone number is invalid.'))],
    changes: [
      {
        provider: 'acme',
        catalog: 'api',
        rule: 'ENTRY_DOCS_CHANGED',
        classification: 'compatible',
        key: { old: 'INVALID_PHONE', new: 'INVALID_PHONE' },
        code: { old: 21, new: 21 },
        field: 'summary',
        new: 'The phone number is invalid.',
      },
    ],
    rows: ['| compatible | `ENTRY_DOCS_CHANGED` | `api` | `INVALID_PHONE` | `21` | `summary` added: `The phone number is invalid.` |'],
  },
];

describe.each(CASES.map((c) => ({ ...c, title: c.name ? `${c.rule} (${c.name})` : c.rule })))('$title', (c) => {
  const report = reportOf(c.before, c.after);

  it(`is found and classified ${RULES[c.rule].classification}, with exactly these values`, () => {
    expect(report.changes).toEqual(c.changes);
  });

  it('renders exactly these Markdown rows', () => {
    expect(tableRows(renderMarkdown(report), c.packageName ?? '@errcat/acme')).toEqual(c.rows);
  });
});

describe('the rule table', () => {
  it('has a case above for every rule', () => {
    expect(RULE_IDS.filter((id) => !CASES.some((c) => c.rule === id))).toEqual([]);
  });
});

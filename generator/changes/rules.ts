/**
 * How a change affects the consumers of a generated package:
 * - `breaking`: removes or renames something they compile against (an enum
 *   member, a catalog, a package), or gives a code another meaning;
 * - `behavioural`: every name stays, but a runtime answer changes (retryable,
 *   category, which bodies are recognised), so their logic may act differently;
 * - `compatible`: additions and documentation fixes.
 */
export type Classification = 'breaking' | 'behavioural' | 'compatible';

/** Classifications from the most to the least severe: the order reports and `--fail-on` use. */
export const CLASSIFICATIONS: readonly Classification[] = ['breaking', 'behavioural', 'compatible'];

/** One classification rule: what `errcat diff` calls a kind of change and why it is classified so. */
export interface Rule {
  classification: Classification;
  /**
   * For a compatible change: whether it gives consumers something new to use
   * or notice (a member, a catalog, a deprecation) rather than fixing a text.
   * Additions suggest a minor version, fixes a patch (see `semver-bump.ts`).
   */
  adds: boolean;
  /** One line: what the change is and why it is classified so (listed in docs/diff-rules.md). */
  description: string;
  /** A catalog edit that triggers the rule, for docs/diff-rules.md. */
  example: string;
}

/**
 * Every rule, by id: the single source of the classification of a change and
 * of the rule list in docs/diff-rules.md (a test checks the two agree). Ids
 * are stable: tools reading `--format json` match on them, as buf's users do.
 */
export const RULES = {
  PROVIDER_ADDED: {
    classification: 'compatible',
    adds: true,
    description: 'A provider was added: a new package, nothing existing changes.',
    example: 'a new file `schema/catalogs/acme.yaml`',
  },
  PROVIDER_REMOVED: {
    classification: 'breaking',
    adds: false,
    description: 'A provider was removed: its package and everything in it is gone.',
    example: '`schema/catalogs/acme.yaml` deleted',
  },
  PROVIDER_DOCS_CHANGED: {
    classification: 'compatible',
    adds: false,
    description: "The provider's display name, documentation link, language, description or notes changed: texts only.",
    example: '`name: Acme` → `name: Acme SMS`',
  },
  WIRE_FIELD_ADDED: {
    classification: 'compatible',
    adds: true,
    description: 'The error body documents a field it did not (code, message, type or details): the parser reads more.',
    example: '`body.type: { pointer: /error/type }` added',
  },
  WIRE_FIELD_REMOVED: {
    classification: 'behavioural',
    adds: false,
    description: 'A documented field of the error body was dropped: the parser no longer reads it, so parsed errors lose it.',
    example: '`body.message` removed',
  },
  WIRE_FIELD_MOVED: {
    classification: 'behavioural',
    adds: false,
    description: 'A field of the error body has another JSON pointer: the parser reads another place of the same body.',
    example: '`body.code.pointer: /error` → `/error/code`',
  },
  WIRE_CODE_ENCODING_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'The code is written in JSON as another type (string, integer or both): the OpenAPI body schema accepts other bodies.',
    example: '`encoding: string` → `string-or-integer`',
  },
  WIRE_CONTENT_TYPE_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'The media type of the error body changed: OpenAPI responses are described under another media type.',
    example: '`contentType: application/json` → `application/problem+json`',
  },
  WIRE_HTTP_STATUS_ADDED: {
    classification: 'compatible',
    adds: true,
    description: 'An HTTP status used for errors was documented: a new OpenAPI response.',
    example: '`httpStatuses: [{ status: 429, ... }]` added',
  },
  WIRE_HTTP_STATUS_REMOVED: {
    classification: 'breaking',
    adds: false,
    description: "An HTTP status was dropped: its OpenAPI response (e.g. `AcmeError429`) is gone, and specs that `$ref` it break.",
    example: 'the `status: 429` item removed from `httpStatuses`',
  },
  WIRE_HTTP_STATUS_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'Whether responses with an HTTP status carry the error body changed: the OpenAPI response gains or loses its body.',
    example: '`{ status: 401, body: false }` → `body: true`',
  },
  WIRE_SHAPE_ADDED: {
    classification: 'compatible',
    adds: true,
    description: 'The wire format documents a further shape (plain text, errors inside a list, another API\'s body): the parser reads bodies it read as unknown before.',
    example: '`shapes: [{ id: plain-text, pattern: ^ERROR:(?<code>\\d+)$ }]` added',
  },
  WIRE_SHAPE_REMOVED: {
    classification: 'behavioural',
    adds: false,
    description: 'A documented shape was removed: bodies of that shape now parse as `known: false`.',
    example: 'shape `result-list` removed',
  },
  WIRE_SHAPE_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'How a shape is read changed (its format, list, pointers, code encoding or pattern), or the shapes\' order: the parser may read the same body otherwise.',
    example: '`result-list.items`: `/result` → `/results`',
  },
  WIRE_DOCS_CHANGED: {
    classification: 'compatible',
    adds: false,
    description: "The wire format's descriptions, examples or notes changed: texts only.",
    example: 'a new example body',
  },
  CATALOG_ADDED: {
    classification: 'compatible',
    adds: true,
    description: 'A catalog was added: a new enum and its lookups.',
    example: 'a new `catalogs` item `id: delivery`',
  },
  CATALOG_REMOVED: {
    classification: 'breaking',
    adds: false,
    description: 'A catalog was removed (or its id changed): its enum and lookups are gone.',
    example: 'the `id: api-v2` catalog deleted',
  },
  CATALOG_KIND_CHANGED: {
    classification: 'breaking',
    adds: false,
    description: 'A catalog matches errors another way (by code, message text, HTTP status or delivery status): its lookups change shape.',
    example: '`kind: error-code` → `delivery-status`',
  },
  CATALOG_CODE_TYPE_CHANGED: {
    classification: 'breaking',
    adds: false,
    description: "A catalog's codes changed between integers and strings: the enum's values change type.",
    example: '`codeType: integer` → `string`',
  },
  CATALOG_MATCH_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'Which shapes and fields a catalog\'s entries are matched on changed: the same body may match another entry, or none.',
    example: '`match`: every shape → `[{ shape: api-v2 }]`',
  },
  CATALOG_DOCS_CHANGED: {
    classification: 'compatible',
    adds: false,
    description: "A catalog's display name or description changed: texts only (the enum is named after the id).",
    example: '`name: API errors` → `API 1.0 errors`',
  },
  SECTION_ADDED: {
    classification: 'compatible',
    adds: false,
    description: 'A section (documented heading) was added; its entries are reported on their own.',
    example: 'a new `sections` item `id: viber`',
  },
  SECTION_REMOVED: {
    classification: 'compatible',
    adds: false,
    description: 'A section was removed; its entries are reported on their own (removed, or moved to another section).',
    example: 'the `id: viber` section deleted',
  },
  SECTION_CHANGED: {
    classification: 'compatible',
    adds: false,
    description: "A section's title or description changed: texts only (entries carry the title as `section`).",
    example: '`title: SMS errors` → `SMS Errors`',
  },
  SECTIONS_REORDERED: {
    classification: 'compatible',
    adds: false,
    description: "A catalog's sections are in another documented order: the reference pages change, no code does.",
    example: '`viber` moved before `sms`',
  },
  RESERVED_RANGE_ADDED: {
    classification: 'compatible',
    adds: true,
    description: 'A reserved code range was documented: new data in the `...Reserved` list.',
    example: '`reserved: [{ from: 88, to: 89, ... }]` added',
  },
  RESERVED_RANGE_REMOVED: {
    classification: 'behavioural',
    adds: false,
    description: 'A reserved range was dropped: codes the package called reserved no longer are.',
    example: 'the `88-89` range deleted',
  },
  RESERVED_RANGE_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'A reserved range covers other codes: a check against the `...Reserved` list answers otherwise.',
    example: '`from: 88, to: 89` → `from: 88, to: 90`',
  },
  RESERVED_DOCS_CHANGED: {
    classification: 'compatible',
    adds: false,
    description: "A reserved range's text or section changed: texts only.",
    example: '`text: reserved` → `reserved for future use`',
  },
  ENTRY_ADDED: {
    classification: 'compatible',
    adds: true,
    description: 'An entry was added: a new enum member and lookup result.',
    example: 'a new entry `key: NUMBER_BLOCKED, code: 63`',
  },
  ENTRY_REMOVED: {
    classification: 'breaking',
    adds: false,
    description: 'An entry was removed: its enum member is gone and its code is no longer recognised.',
    example: 'the `key: OLD_ENDPOINT` entry deleted',
  },
  ENTRY_RENAMED: {
    classification: 'breaking',
    adds: false,
    description: 'An entry has a new key and names the old one in `previousKeys`: a declared rename of its enum member.',
    example: '`key: NO_FUNDS` → `key: NOT_ENOUGH_FUNDS, previousKeys: [NO_FUNDS]`',
  },
  ENTRY_REKEYED: {
    classification: 'breaking',
    adds: false,
    description: 'An entry has a new key for the same code (or, without codes, the same text), undeclared: its enum member is renamed.',
    example: '`key: NO_FUNDS` → `key: NOT_ENOUGH_FUNDS` (same code 2)',
  },
  ENTRY_RECODED: {
    classification: 'breaking',
    adds: false,
    description: 'An entry keeps its key but has another code: the enum member means another code, and the old code another entry or none.',
    example: '`key: NOT_ENOUGH_FUNDS, code: 2` → `code: 20`',
  },
  ENTRY_MESSAGE_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'The text of a message-only entry changed: it is what bodies are matched on, so bodies with the old text are no longer recognised.',
    example: '`text: Campaign not found` → `Campaign not found.` in an `error-message` catalog',
  },
  ENTRY_TEXT_CHANGED: {
    classification: 'compatible',
    adds: false,
    description: 'The documented text of a coded entry changed (the provider re-worded it, or a copying mistake was fixed): entries are matched by code, so only the text shown changes.',
    example: '`text: invalid phone numbr` → `invalid phone number`',
  },
  ENTRY_CATEGORY_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: "An entry's category in the cross-provider taxonomy changed: code that branches on `error.category` acts differently.",
    example: '`category: account` → `permission`',
  },
  ENTRY_RETRYABLE_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'Whether an entry is retryable flipped: `isRetryable(error)` answers the opposite.',
    example: '`retryable: false` → `true`',
  },
  ENTRY_RESENDABLE_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: 'Whether an entry is safe to send again without an idempotency key flipped: `isRetryable(error)` and `canResend(error)` answer the opposite.',
    example: '`resendable: true` → `false`',
  },
  ENTRY_HTTP_STATUS_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: "An entry's HTTP status changed: problem details and code that reads `httpStatus` see another status.",
    example: '`httpStatus: 400` → `402`',
  },
  ENTRY_TYPE_CHANGED: {
    classification: 'behavioural',
    adds: false,
    description: "The provider's own type name of an entry changed: code that groups errors by `type` sees another value.",
    example: '`type: InvalidUser` → `InvalidAccount`',
  },
  ENTRY_SECTION_CHANGED: {
    classification: 'compatible',
    adds: false,
    description: 'An entry moved to another section: its `section` text and its place in the reference change, nothing else.',
    example: 'an entry moved from `common` to `sms`',
  },
  ENTRY_DEPRECATED: {
    classification: 'compatible',
    adds: true,
    description: 'An entry became deprecated: its enum member gets `@deprecated`, which editors and linters show.',
    example: '`deprecated: { since: "2024", replacedBy: NEW_KEY }` added',
  },
  ENTRY_UNDEPRECATED: {
    classification: 'compatible',
    adds: false,
    description: 'An entry is no longer deprecated.',
    example: '`deprecated: true` removed',
  },
  ENTRY_DOCS_CHANGED: {
    classification: 'compatible',
    adds: false,
    description: "An entry's summary, notes, translations, causes, solutions, documentation link, language or deprecation details changed: texts only.",
    example: '`summary: Invalid phone number.` added',
  },
} as const satisfies Record<string, Rule>;

/** The id of a rule, e.g. `ENTRY_RECODED`. */
export type RuleId = keyof typeof RULES;

/** Every rule id, in table order (the order docs/diff-rules.md lists them in). */
export const RULE_IDS = Object.keys(RULES) as RuleId[];

import type { ErrorObject } from 'ajv/dist/2020.js';
import { escapePointerToken, segmentsOf } from '../vocabulary/json-pointer.ts';
import type { LoadedCatalog } from '../load/loaded-catalog.ts';
import { closestWord } from './closest-word.ts';
import type { Diagnostic } from '../vocabulary/diagnostic.ts';

/** What a failed pattern means, by the schema definition it belongs to; ajv would only print the regex. */
const PATTERN_MEANINGS: Record<string, (value: string) => string> = {
  ProviderId: (v) =>
    `unsafe provider id \`${v}\`: use lower-case letters, digits and single hyphens, starting with a letter ` +
    '(it names a folder under generated/ and an npm package)',
  Key: (v) =>
    `key \`${v}\` is not SCREAMING_SNAKE_CASE (upper-case words of A-Z and 0-9 joined by single underscores, starting with a letter)`,
  Slug: (v) => `id \`${v}\` is not lower-case kebab-case (e.g. \`api-v1\`)`,
  Language: (v) => `\`${v}\` is not a BCP 47 language tag such as \`en\` or \`pt-BR\``,
  JsonPointer: (v) => `\`${v}\` is not a JSON Pointer such as \`/error/code\``,
  // Any other scheme would be a link in the generated README: `javascript:`, `data:`, `file:`.
  WebUrl: (v) => `\`${v}\` is not a web address: use an https:// (or http://) URL`,
  Scope: (v) => `\`${v}\` is not an npm scope such as \`@acme\``,
  PackageName: (v) => `\`${v}\` is not an npm package name such as \`@acme/errors-core\``,
};

/**
 * Turns ajv's errors into located diagnostics in a catalog author's words
 * (for a catalog, or for errcat's config file, whose schema uses the same words):
 * "unknown field `decription` — did you mean `description`?" rather than
 * "must NOT have additional properties".
 */
export function explainSchemaErrors(errors: readonly ErrorObject[], catalog: LoadedCatalog): Diagnostic[] {
  const oneOfs = errors.filter((e) => e.keyword === 'oneOf');
  // A bad property name is reported by its pattern error (with the name); the propertyNames error only repeats it.
  const namedProperties = new Set(errors.filter((e) => e.propertyName !== undefined).map((e) => e.instancePath));
  // A value that fails its pattern is told what is wanted there; that it is not even a URI would only repeat it.
  const patterned = new Set(errors.filter((e) => e.keyword === 'pattern').map((e) => e.instancePath));
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // `if` only says "must match then"; the `then` branch's own error says what.
    if (error.keyword === 'if') continue;
    // The branches of a oneOf each fail (through $refs too); the oneOf error alone says it well.
    if (error.keyword !== 'oneOf' && oneOfs.some((o) => error.schemaPath.startsWith(o.schemaPath + '/') || error.instancePath === o.instancePath)) continue;
    if (error.keyword === 'propertyNames' && namedProperties.has(error.instancePath)) continue;
    if (error.keyword === 'format' && patterned.has(error.instancePath)) continue;
    const explained = explain(error);
    const location = catalog.locate(explained.pointer, { key: explained.atKey });
    const diagnostic: Diagnostic = { file: catalog.file, ...location, message: explained.message, pointer: explained.pointer };
    const identity = `${diagnostic.pointer}\u0000${diagnostic.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    out.push(diagnostic);
  }
  return out;
}

interface Explained {
  message: string;
  pointer: string;
  atKey: boolean;
}

function explain(error: ErrorObject): Explained {
  const pointer = error.instancePath;
  const field = fieldName(pointer);
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {});
      const guess = closestWord(name, allowed);
      const hint = guess ? ` — did you mean \`${guess}\`?` : `; allowed fields: ${allowed.join(', ')}`;
      return { message: `unknown field \`${name}\`${hint}`, pointer: `${pointer}/${escapePointerToken(name)}`, atKey: true };
    }
    case 'required': {
      const name = String(params.missingProperty);
      const why = name === 'wire' || name === 'catalogs' ? ' (required unless `provider.extends` is set)' : '';
      return { message: `missing required field \`${name}\`${why}`, pointer, atKey: false };
    }
    case 'type': {
      const wanted = String(params.type).split(',').map(article).join(' or ');
      return { message: `${field} must be ${wanted}, not ${article(typeOf(error.data))}`, pointer, atKey: false };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = String(error.data);
      const guess = typeof error.data === 'string' ? closestWord(value, allowed) : undefined;
      const message = guess
        ? `${field} \`${value}\` is not allowed — did you mean \`${guess}\`?`
        : `${field} \`${value}\` is not allowed; use one of: ${allowed.join(', ')}`;
      return { message, pointer, atKey: false };
    }
    case 'pattern': {
      const definition = /\/\$defs\/([A-Za-z]+)\//.exec(error.schemaPath)?.[1];
      // ajv names a bad property name on the error itself, not in params.
      const name = error.propertyName;
      const value = name ?? String(error.data);
      const meaning = definition ? PATTERN_MEANINGS[definition] : undefined;
      const message = meaning ? meaning(value) : `${field} \`${value}\` does not match ${String(params.pattern)}`;
      return name === undefined ? { message, pointer, atKey: false } : { message, pointer: `${pointer}/${escapePointerToken(name)}`, atKey: true };
    }
    case 'propertyNames':
      return { message: `invalid name \`${String(params.propertyName)}\` in ${field}`, pointer, atKey: false };
    case 'format':
      return {
        message: `${field} \`${String(error.data)}\` is not ${params.format === 'uri' ? 'an absolute URL' : `a valid ${String(params.format)}`}`,
        pointer,
        atKey: false,
      };
    case 'minLength':
      return {
        message: params.limit === 1 ? `${field} must not be empty` : `${field} must be at least ${String(params.limit)} characters`,
        pointer,
        atKey: false,
      };
    case 'maxLength':
      return {
        message: `${field} is ${String(error.data).length} characters long, over the limit of ${String(params.limit)}`,
        pointer,
        atKey: false,
      };
    case 'minItems':
      return { message: `${field} must list at least ${String(params.limit)} item(s)`, pointer, atKey: false };
    case 'minimum':
    case 'maximum':
      return {
        message: `${field} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}, not ${String(error.data)}`,
        pointer,
        atKey: false,
      };
    case 'oneOf':
      return {
        message: `${field} must be \`true\`, \`false\` or an object with \`since\`, \`reason\`, \`replacedBy\``,
        pointer,
        atKey: false,
      };
    default:
      return { message: `${field} ${error.message ?? 'is invalid'}`, pointer, atKey: false };
  }
}

/** A readable name for the value at a pointer: `code`, or `entries[3]` for array items. */
function fieldName(pointer: string): string {
  const segments = segmentsOf(pointer);
  if (segments.length === 0) return 'the document';
  const last = segments[segments.length - 1]!;
  if (/^\d+$/.test(last)) return `\`${segments[segments.length - 2] ?? ''}[${last}]\``;
  return `\`${last}\``;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function article(type: string): string {
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

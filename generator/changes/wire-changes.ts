import type { BodyField, Wire, WireShape } from '../types/catalog.ts';
import { changeOf, sides, type Change } from './change.ts';
import type { RuleId } from './rules.ts';
import { sameValue } from './same-value.ts';

/** The fields of the error body the generated parser reads, in the order the catalog format lists them. */
const BODY_FIELDS = ['code', 'message', 'type', 'details'] as const;

/**
 * Changes of a provider's documented error response. The generated parser is
 * built from it, so where a field sits and how the code is written change
 * what `parse...Error` returns; descriptions and examples are texts.
 */
export function wireChanges(provider: string, o: Wire | undefined, n: Wire | undefined): Change[] {
  const changes: Change[] = [];
  const field = (rule: RuleId, name: string, oldValue: unknown, newValue: unknown) => {
    if (!sameValue(oldValue, newValue)) {
      changes.push(changeOf(rule, { provider, field: `wire.${name}`, ...sides(oldValue, newValue) }));
    }
  };

  field('WIRE_CONTENT_TYPE_CHANGED', 'contentType', o?.contentType, n?.contentType);
  for (const name of BODY_FIELDS) {
    const before: BodyField | undefined = o?.body[name];
    const after: BodyField | undefined = n?.body[name];
    if (before === undefined && after !== undefined) field('WIRE_FIELD_ADDED', `body.${name}`, undefined, after.pointer);
    else if (before !== undefined && after === undefined) field('WIRE_FIELD_REMOVED', `body.${name}`, before.pointer, undefined);
    else if (before !== undefined && after !== undefined) {
      field('WIRE_FIELD_MOVED', `body.${name}.pointer`, before.pointer, after.pointer);
      if (name === 'code') field('WIRE_CODE_ENCODING_CHANGED', 'body.code.encoding', o?.body.code?.encoding, n?.body.code?.encoding);
      field('WIRE_DOCS_CHANGED', `body.${name}.description`, before.description, after.description);
    }
  }

  const oldStatuses = new Map((o?.httpStatuses ?? []).map((s) => [s.status, s]));
  const newStatuses = new Map((n?.httpStatuses ?? []).map((s) => [s.status, s]));
  const statuses = [...new Set([...oldStatuses.keys(), ...newStatuses.keys()])].sort((a, b) => a - b);
  for (const status of statuses) {
    const before = oldStatuses.get(status);
    const after = newStatuses.get(status);
    if (!before) field('WIRE_HTTP_STATUS_ADDED', 'httpStatuses', undefined, status);
    else if (!after) field('WIRE_HTTP_STATUS_REMOVED', 'httpStatuses', status, undefined);
    else {
      // The schema's default: a status carries the body unless it says otherwise.
      field('WIRE_HTTP_STATUS_CHANGED', `httpStatuses.${status}.body`, before.body ?? true, after.body ?? true);
      field('WIRE_DOCS_CHANGED', `httpStatuses.${status}.description`, before.description, after.description);
    }
  }

  changes.push(...shapeChanges(provider, o?.shapes ?? [], n?.shapes ?? []));
  field('WIRE_DOCS_CHANGED', 'body.examples', o?.body.examples ?? [], n?.body.examples ?? []);
  field('WIRE_DOCS_CHANGED', 'notes', o?.notes, n?.notes);
  return changes;
}

/**
 * Changes of the further shapes, by id: added, removed, read otherwise (what
 * the parser does with a body), or documented otherwise (summary, source,
 * examples, field descriptions). The order they are tried in is part of how
 * a body is read.
 */
function shapeChanges(provider: string, olds: readonly WireShape[], news: readonly WireShape[]): Change[] {
  const changes: Change[] = [];
  const before = new Map(olds.map((s) => [s.id, s]));
  const after = new Map(news.map((s) => [s.id, s]));
  for (const shape of olds) if (!after.has(shape.id)) changes.push(changeOf('WIRE_SHAPE_REMOVED', { provider, field: `wire.shapes.${shape.id}`, old: shape.summary }));
  for (const shape of news) {
    const old = before.get(shape.id);
    if (!old) {
      changes.push(changeOf('WIRE_SHAPE_ADDED', { provider, field: `wire.shapes.${shape.id}`, new: shape.summary }));
      continue;
    }
    if (!sameValue(readingOf(old), readingOf(shape))) {
      changes.push(changeOf('WIRE_SHAPE_CHANGED', { provider, field: `wire.shapes.${shape.id}`, ...sides(readingOf(old), readingOf(shape)) }));
    } else if (!sameValue(old, shape)) {
      changes.push(changeOf('WIRE_DOCS_CHANGED', { provider, field: `wire.shapes.${shape.id}`, ...sides(old.summary, shape.summary) }));
    }
  }
  const kept = (list: readonly WireShape[], other: ReadonlyMap<string, WireShape>) => list.filter((s) => other.has(s.id)).map((s) => s.id);
  if (!sameValue(kept(olds, after), kept(news, before))) {
    changes.push(changeOf('WIRE_SHAPE_CHANGED', { provider, field: 'wire.shapes', ...sides(kept(olds, after).join(', '), kept(news, before).join(', ')) }));
  }
  return changes;
}

/** What of a shape decides how a body is read: everything but its texts. */
function readingOf(shape: WireShape): unknown {
  const pointer = (f: BodyField | undefined) => f?.pointer;
  return { format: shape.format, items: shape.items, code: pointer(shape.code), encoding: shape.code?.encoding, message: pointer(shape.message), type: pointer(shape.type), details: pointer(shape.details), pattern: shape.pattern };
}

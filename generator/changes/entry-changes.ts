import type { Entry } from '../types/catalog.ts';
import { defaultResendable, defaultRetryable } from '../vocabulary/taxonomy.ts';
import { changeOf, sides, type Change, type ChangeFacts, type Versioned } from './change.ts';
import type { EntryPair, PlacedEntry } from './entry-matching.ts';
import type { RuleId } from './rules.ts';
import { sameValue } from './same-value.ts';

/** Where the entries being compared live, and what their rules depend on. */
export interface EntryContext {
  provider: string;
  catalog: string;
  /**
   * Whether the catalog matches entries by message text (`error-message`):
   * there the text is what bodies are recognised by, so changing it is not a text fix.
   */
  messageOnly: boolean;
  /** The provider's language on each side: an entry that only inherits it has no language of its own to report. */
  providerLanguage: Versioned<string>;
}

/** Fields whose change alters a runtime answer under the same names, with the rule for each. */
const BEHAVIOURAL_FIELDS = [
  ['category', 'ENTRY_CATEGORY_CHANGED'],
  ['retryable', 'ENTRY_RETRYABLE_CHANGED'],
  ['resendable', 'ENTRY_RESENDABLE_CHANGED'],
  ['httpStatus', 'ENTRY_HTTP_STATUS_CHANGED'],
  ['type', 'ENTRY_TYPE_CHANGED'],
] as const satisfies readonly (readonly [keyof Entry, RuleId])[];

/** Fields for people only: a change is a documentation fix (`ENTRY_DOCS_CHANGED`). Language is handled apart. */
const DOCS_FIELDS = ['summary', 'notes', 'translations', 'causes', 'solutions', 'documentation'] as const satisfies readonly (keyof Entry)[];

/** The change for an entry that only the new side has. */
export function addedEntryChange(added: PlacedEntry, context: EntryContext): Change {
  return changeOf('ENTRY_ADDED', { ...where(context, undefined, added.entry), new: added.entry.text });
}

/** The change for an entry that only the old side has. */
export function removedEntryChange(removed: PlacedEntry, context: EntryContext): Change {
  return changeOf('ENTRY_REMOVED', { ...where(context, removed.entry, undefined), old: removed.entry.text });
}

/**
 * Every change between an old entry and the new entry it became, identity
 * first (key, code), then what consumers' logic sees, then texts.
 */
export function entryPairChanges(pair: EntryPair, context: EntryContext): Change[] {
  // The usual pair in a large catalog: the same entry, as it was. One comparison says so (field by field, the 100,000 pairs of
  // a catalog with one entry changed took some 60 ms); what the fields below would find for it is nothing.
  // (The same entry has the same key, so it was paired by key; its language is reported against the provider's, hence that test.)
  const unchanged = pair.old.section.id === pair.new.section.id && context.providerLanguage.old === context.providerLanguage.new && sameValue(pair.old.entry, pair.new.entry);
  if (unchanged) return [];
  const o = withDefaults(pair.old.entry);
  const n = withDefaults(pair.new.entry);
  const at = where(context, o, n);
  const changes: Change[] = [];
  const field = (rule: RuleId, name: string, oldValue: unknown, newValue: unknown) => {
    if (!sameValue(oldValue, newValue)) changes.push(changeOf(rule, { ...at, field: name, ...sides(oldValue, newValue) }));
  };

  if (pair.by === 'previous-key') field('ENTRY_RENAMED', 'key', o.key, n.key);
  // A previous key the old side declared (so its package kept it as an alias) and the new one no longer does, nor uses as its key.
  const dropped = (o.previousKeys ?? []).filter((k) => k !== n.key && !(n.previousKeys ?? []).includes(k));
  if (dropped.length > 0) changes.push(changeOf('ENTRY_ALIAS_REMOVED', { ...at, field: 'previousKeys', ...sides(dropped, undefined) }));
  if (pair.by === 'code' || pair.by === 'text') field('ENTRY_REKEYED', 'key', o.key, n.key);
  // 8 and "8" are the same code: a change of the catalog's code type is reported once, for the catalog.
  if (codeText(o) !== codeText(n)) changes.push(changeOf('ENTRY_RECODED', { ...at, field: 'code', ...sides(o.code, n.code) }));
  field(context.messageOnly ? 'ENTRY_MESSAGE_CHANGED' : 'ENTRY_TEXT_CHANGED', 'text', o.text, n.text);
  for (const [name, rule] of BEHAVIOURAL_FIELDS) field(rule, name, o[name], n[name]);
  field('ENTRY_SECTION_CHANGED', 'section', pair.old.section.id, pair.new.section.id);

  if (o.deprecated === undefined && n.deprecated !== undefined) changes.push(changeOf('ENTRY_DEPRECATED', { ...at, field: 'deprecated', ...sides(undefined, n.deprecated) }));
  else if (o.deprecated !== undefined && n.deprecated === undefined) changes.push(changeOf('ENTRY_UNDEPRECATED', { ...at, field: 'deprecated', ...sides(o.deprecated, undefined) }));
  else field('ENTRY_DOCS_CHANGED', 'deprecated', o.deprecated, n.deprecated);
  for (const name of DOCS_FIELDS) field('ENTRY_DOCS_CHANGED', name, o[name], n[name]);
  field('ENTRY_DOCS_CHANGED', 'language', ownLanguage(o, context.providerLanguage.old), ownLanguage(n, context.providerLanguage.new));
  return changes;
}

/**
 * An entry with the flags its category implies filled in: output of an
 * earlier errcat (a previous `catalog.json`) may not record `resendable`, and
 * an absent flag means the category's default, not a change.
 */
function withDefaults(entry: Entry): Entry {
  return { ...entry, retryable: entry.retryable ?? defaultRetryable(entry.category), resendable: entry.resendable ?? defaultResendable(entry.category) };
}

/**
 * The entry's language when it differs from the provider's. Resolved entries
 * all carry a language; reporting it for each one when only the provider's
 * language changed would bury the one change under a row per entry.
 */
function ownLanguage(entry: Entry, providerLanguage: string | undefined): string | undefined {
  return entry.language === providerLanguage ? undefined : entry.language;
}

function codeText(entry: Entry): string | undefined {
  return entry.code === undefined ? undefined : String(entry.code);
}

function where(context: EntryContext, o: Entry | undefined, n: Entry | undefined): ChangeFacts {
  return {
    provider: context.provider,
    catalog: context.catalog,
    key: { old: o?.key, new: n?.key },
    code: { old: o?.code, new: n?.code },
  };
}

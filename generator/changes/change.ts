import { RULES, type Classification, type RuleId } from './rules.ts';

/** A value before and after a change; a side is absent when the thing did not exist there. */
export interface Versioned<T> {
  old?: T;
  new?: T;
}

/** A JSON value, as the changed values are: reports print them and `--format json` passes them on. */
export type ChangeValue = string | number | boolean | null | readonly ChangeValue[] | { readonly [key: string]: ChangeValue };

/**
 * One classified difference between two resolved catalogs. It names where it
 * is (provider, catalog, section, entry key and code), the rule that
 * classified it, and the values before and after.
 */
export interface Change {
  /** Id of the provider whose resolved catalog changed. */
  provider: string;
  /** Id of the catalog; absent for provider and wire changes. */
  catalog?: string;
  /** Id of the section, for section and reserved-range changes. */
  section?: string;
  rule: RuleId;
  /** Always `RULES[rule].classification`: carried so a reader of the JSON needs no table. */
  classification: Classification;
  /** The entry's key before and after (the same on both sides unless re-keyed or renamed). */
  key?: Versioned<string>;
  /** The entry's code before and after (absent for message-only entries). */
  code?: Versioned<number | string>;
  /** What changed, as a path into the catalog format, e.g. `retryable` or `body.code.pointer`. */
  field?: string;
  /** The value before; absent when the thing was added. */
  old?: ChangeValue;
  /** The value after; absent when the thing was removed. */
  new?: ChangeValue;
  /**
   * The ancestor provider the change comes from, when a white-label copy
   * inherits it: the same change is listed under the parent, and this says why
   * it shows up here too.
   */
  inheritedFrom?: string;
}

/** Where a change is and what changed; everything of a `Change` except what the rule decides. */
export type ChangeFacts = Omit<Change, 'rule' | 'classification' | 'inheritedFrom'>;

/**
 * Builds a change classified by its rule: the classification is looked up,
 * never written by hand, so the table in `rules.ts` stays the only source.
 * Absent values stay absent (no `undefined` keys), so JSON output and deep
 * equality in tests see the same object.
 */
export function changeOf(rule: RuleId, facts: ChangeFacts): Change {
  // Keys in the order of the interface, so the JSON output reads where → what → values.
  const change: Change = {
    provider: facts.provider,
    ...(facts.catalog !== undefined ? { catalog: facts.catalog } : {}),
    ...(facts.section !== undefined ? { section: facts.section } : {}),
    rule,
    classification: RULES[rule].classification,
  };
  const key = definedSides(facts.key);
  if (key) change.key = key;
  const code = definedSides(facts.code);
  if (code) change.code = code;
  if (facts.field !== undefined) change.field = facts.field;
  if (facts.old !== undefined) change.old = facts.old;
  if (facts.new !== undefined) change.new = facts.new;
  return change;
}

/** The sides that exist, or `undefined` when neither does (a message-only entry has no code on either side). */
function definedSides<T>(value: Versioned<T> | undefined): Versioned<T> | undefined {
  if (value === undefined || (value.old === undefined && value.new === undefined)) return undefined;
  return {
    ...(value.old !== undefined ? { old: value.old } : {}),
    ...(value.new !== undefined ? { new: value.new } : {}),
  };
}

/**
 * `{ old, new }` from values read out of a catalog. Catalog values are JSON
 * (they come from YAML or JSON documents), which the cast states; absent
 * sides are dropped by `changeOf`.
 */
export function sides(oldValue: unknown, newValue: unknown): Pick<ChangeFacts, 'old' | 'new'> {
  return { old: oldValue as ChangeValue | undefined, new: newValue as ChangeValue | undefined };
}

import type { TaxonomyMember } from '../vocabulary/taxonomy.ts';

/** A category as the core package records it in `taxonomy.json` (the fields that versions follow). */
export interface RecordedCategory {
  id: string;
  description: string;
  retryableByDefault: boolean;
  resendableByDefault: boolean;
  actor: string;
  failover: boolean;
}

/**
 * How a change to the taxonomy moves the core package's version, by rule:
 * removing a category breaks code that names its enum member (major);
 * adding one, or changing what an application does with one (retry, resend,
 * who acts, failover), changes runtime answers under the same names (minor,
 * as `errcat diff` classifies behavioural changes); re-describing one is a
 * documentation fix (patch).
 */
export const TAXONOMY_RULES = {
  CATEGORY_REMOVED: 'major',
  CATEGORY_ADDED: 'minor',
  CATEGORY_HANDLING_CHANGED: 'minor',
  CATEGORY_DESCRIPTION_CHANGED: 'patch',
} as const;

/** One named change to the taxonomy. */
export interface TaxonomyChange {
  rule: keyof typeof TAXONOMY_RULES;
  category: string;
}

/** Every change from the recorded taxonomy to the current one, in taxonomy order (removed ones last). */
export function taxonomyChanges(before: readonly RecordedCategory[], after: readonly TaxonomyMember[]): TaxonomyChange[] {
  const old = new Map(before.map((c) => [c.id, c]));
  const changes: TaxonomyChange[] = [];
  for (const member of after) {
    const was = old.get(member.id);
    if (!was) changes.push({ rule: 'CATEGORY_ADDED', category: member.id });
    else if (
      was.retryableByDefault !== member.retryableByDefault ||
      was.resendableByDefault !== member.resendableByDefault ||
      was.actor !== member.actor ||
      was.failover !== member.failover
    ) {
      changes.push({ rule: 'CATEGORY_HANDLING_CHANGED', category: member.id });
    } else if (was.description !== member.description) changes.push({ rule: 'CATEGORY_DESCRIPTION_CHANGED', category: member.id });
  }
  const now = new Set<string>(after.map((m) => m.id));
  for (const c of before) if (!now.has(c.id)) changes.push({ rule: 'CATEGORY_REMOVED', category: c.id });
  return changes;
}

/** The largest bump a set of taxonomy changes calls for, or undefined when there is none. */
export function taxonomyBump(changes: readonly TaxonomyChange[]): 'major' | 'minor' | 'patch' | undefined {
  const bumps = new Set(changes.map((c) => TAXONOMY_RULES[c.rule]));
  return bumps.has('major') ? 'major' : bumps.has('minor') ? 'minor' : bumps.has('patch') ? 'patch' : undefined;
}

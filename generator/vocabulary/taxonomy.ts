import { catalogSchema } from './catalog-schema.ts';
import { categoryMember } from './names.ts';
import type { Category } from '../types/catalog.ts';

/** Who must act on an error: the end user (fix the number or content), the developer (fix the request), the account owner (top up, register a sender), the provider (wait for it, or switch), or nobody. */
export type Actor = 'end_user' | 'developer' | 'account_owner' | 'provider' | 'none';

/** One member of the cross-provider taxonomy. */
export interface TaxonomyMember {
  /** The category id as catalogs write it, e.g. `insufficient_balance`. */
  id: Category;
  /** Its member name in the generated `Category` enum, e.g. `INSUFFICIENT_BALANCE`. */
  member: string;
  /** What the category means for an application. */
  description: string;
  /** Whether the same request may succeed later, unchanged (for `in_progress`: poll), unless an entry says otherwise. */
  retryableByDefault: boolean;
  /** Whether sending the same request again is safe without an idempotency key, unless an entry says otherwise. */
  resendableByDefault: boolean;
  /** Who must act. */
  actor: Actor;
  /** Whether trying another provider may succeed. */
  failover: boolean;
}

interface CategoryDefinition {
  enum: Category[];
  'x-enum-descriptions': string[];
  'x-retryable-by-default': Category[];
  'x-resendable-by-default': Category[];
  'x-actor': Actor[];
  'x-failover': Category[];
}

/**
 * The taxonomy, read from the schema's `$defs/Category` so that it is defined
 * once: the enum, its descriptions, the retry and resend defaults, who acts
 * and failover stay together. Kept in the schema's order, which groups
 * related categories.
 */
export const TAXONOMY: readonly TaxonomyMember[] = (() => {
  const definition = (catalogSchema.$defs as Record<string, CategoryDefinition>).Category!;
  const retryable = new Set(definition['x-retryable-by-default']);
  const resendable = new Set(definition['x-resendable-by-default']);
  const failover = new Set(definition['x-failover']);
  return definition.enum.map((id, i) => ({
    id,
    member: categoryMember(id),
    description: definition['x-enum-descriptions'][i]!,
    retryableByDefault: retryable.has(id),
    resendableByDefault: resendable.has(id),
    actor: definition['x-actor'][i]!,
    failover: failover.has(id),
  }));
})();

const BY_ID = new Map(TAXONOMY.map((m) => [m.id, m]));

/** Whether a category is retryable when an entry does not say. */
export function defaultRetryable(category: Category): boolean {
  return BY_ID.get(category)?.retryableByDefault ?? false;
}

/** Whether a category is safe to resend when an entry does not say. */
export function defaultResendable(category: Category): boolean {
  return BY_ID.get(category)?.resendableByDefault ?? false;
}

import { Category, CATEGORIES } from './category.js';

/** Who must act on an error: the end user (fix the number or content), the developer (fix the request), the account owner (top up, register a sender), the provider (wait, or switch provider), or nobody. */
export type Actor = 'end_user' | 'developer' | 'account_owner' | 'provider' | 'none';

/** A category of the taxonomy with what it means and what to do about it. */
export interface CategoryInfo {
  readonly category: Category;
  readonly description: string;
  /** Whether the same request may succeed later, unchanged (for `in_progress`: poll for the result). */
  readonly retryableByDefault: boolean;
  /** Whether sending the same request again is safe without an idempotency key (never where the provider may have accepted it). */
  readonly resendableByDefault: boolean;
  readonly actor: Actor;
  /** Whether trying another provider may succeed. */
  readonly failover: boolean;
}

/** The taxonomy's entry for a category (`unknown`'s for a value outside it). */
export function categoryInfo(category: Category): CategoryInfo {
  return CATEGORIES.find((info) => info.category === category) ?? CATEGORIES.find((info) => info.category === Category.UNKNOWN)!;
}

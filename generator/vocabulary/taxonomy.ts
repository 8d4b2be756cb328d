import { catalogSchema } from './catalog-schema.ts';
import { categoryMember } from './names.ts';
import type { Category } from '../types/catalog.ts';

/** One member of the cross-provider taxonomy. */
export interface TaxonomyMember {
  /** The category id as catalogs write it, e.g. `insufficient_balance`. */
  id: Category;
  /** Its member name in the generated `Category` enum, e.g. `INSUFFICIENT_BALANCE`. */
  member: string;
  /** What the category means for an application. */
  description: string;
  /** Whether errors of this category are retryable unless an entry says otherwise. */
  retryableByDefault: boolean;
}

interface CategoryDefinition {
  enum: Category[];
  'x-enum-descriptions': string[];
  'x-retryable-by-default': Category[];
}

/**
 * The taxonomy, read from the schema's `$defs/Category` so that it is defined
 * once: the enum, its descriptions and the retryable defaults stay together.
 * Kept in the schema's order, which groups related categories.
 */
export const TAXONOMY: readonly TaxonomyMember[] = (() => {
  const definition = (catalogSchema.$defs as Record<string, CategoryDefinition>).Category!;
  const retryable = new Set(definition['x-retryable-by-default']);
  return definition.enum.map((id, i) => ({
    id,
    member: categoryMember(id),
    description: definition['x-enum-descriptions'][i]!,
    retryableByDefault: retryable.has(id),
  }));
})();

const RETRYABLE_BY_DEFAULT = new Set(TAXONOMY.filter((m) => m.retryableByDefault).map((m) => m.id));

/** Whether a category is retryable when an entry does not say. */
export function defaultRetryable(category: Category): boolean {
  return RETRYABLE_BY_DEFAULT.has(category);
}

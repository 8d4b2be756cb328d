import { readFileSync } from 'node:fs';
import type { Category } from '../../../../generator/types/catalog.ts';

/**
 * The taxonomy as the schema defines it, read from `schema/catalog.schema.json`
 * itself (not through the generator), so expectations do not borrow the code under test.
 */
const schema = JSON.parse(readFileSync(new URL('../../../../schema/catalog.schema.json', import.meta.url), 'utf8')) as {
  $defs: { Category: { enum: Category[]; 'x-retryable-by-default': Category[]; 'x-resendable-by-default': Category[] } };
};

/** Every category, in schema order. */
export const CATEGORIES: readonly Category[] = schema.$defs.Category.enum;

const RETRYABLE = new Set(schema.$defs.Category['x-retryable-by-default']);
const RESENDABLE = new Set(schema.$defs.Category['x-resendable-by-default']);

/** Whether an entry is retryable: its own `retryable`, else its category's default. */
export function retryableOf(entry: { category: Category; retryable?: boolean }): boolean {
  return entry.retryable ?? RETRYABLE.has(entry.category);
}

/** Whether an entry is safe to resend: its own `resendable`, else its category's default. */
export function resendableOf(entry: { category: Category; resendable?: boolean }): boolean {
  return entry.resendable ?? RESENDABLE.has(entry.category);
}

import type { Category } from './category.js';

/** One documented entry of a provider's catalog, as the generated lookup maps hold it. */
export interface ErrorEntry<Code extends number | string | null = number | string | null, Key extends string = string> {
  /** Provider id, e.g. `notificore`. */
  readonly provider: string;
  /** Catalog id, e.g. `api-v1`. */
  readonly catalog: string;
  /** Stable key, the enum member name. */
  readonly key: Key;
  /** The code as documented; `null` for message-only errors. */
  readonly code: Code;
  /** The documented text, exactly as published. */
  readonly text: string;
  /** Title of the documented section. */
  readonly section: string;
  readonly category: Category;
  /** Whether the same request may succeed later, unchanged. */
  readonly retryable: boolean;
  /** Whether sending the same request again is safe without an idempotency key. */
  readonly resendable: boolean;
  readonly httpStatus?: number;
  /** The provider's own type name. */
  readonly type?: string;
  /** Language of `text`. */
  readonly language: string;
  /** Corrected or clearer English summary. */
  readonly summary?: string;
  readonly translations?: Readonly<Record<string, string>>;
  readonly notes?: string;
  readonly causes?: readonly string[];
  readonly solutions?: readonly string[];
  readonly documentation?: string;
  readonly deprecated?: boolean;
  /** Where the entry is described, relative to the generated folder: `<provider>/README.md#<anchor>`. */
  readonly reference: string;
}

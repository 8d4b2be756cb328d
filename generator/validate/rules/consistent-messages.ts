import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { defaultRetryable } from '../../vocabulary/taxonomy.ts';
import { forEachEntry, problemAt, type SemanticRule } from './rule.ts';

/**
 * In an `error-message` catalog the text is all the wire carries, so entries
 * that share a text (e.g. "Tariff not found" in two sections) must agree on
 * what it means, or a parser could not classify the error.
 */
export const consistentMessages: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    const byText = new Map<string, { category: string; retryable: boolean; key: string; pointer: string }>();
    forEachEntry(c, (entry, pointer, ci) => {
      if (c.file.catalogs![ci]!.kind !== 'error-message') return;
      const meaning = { category: entry.category, retryable: entry.retryable ?? defaultRetryable(entry.category) };
      const id = `${ci}\u0000${entry.text}`;
      const first = byText.get(id);
      if (!first) {
        byText.set(id, { ...meaning, key: entry.key, pointer: String(pointer) });
        return;
      }
      if (first.category !== meaning.category || first.retryable !== meaning.retryable) {
        out.push(
          problemAt(c, `${pointer}/${first.category !== meaning.category ? 'category' : 'retryable'}`, `\`${entry.key}\` shares its text with \`${first.key}\` but not its meaning (${meaning.category}, retryable ${meaning.retryable} vs ${first.category}, retryable ${first.retryable}); the wire cannot tell them apart`),
        );
      }
    });
  }
  return out;
};

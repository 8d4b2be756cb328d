import { chainOf } from '../../vocabulary/extends-chain.ts';
import type { WireShape } from '../../types/catalog.ts';
import { patternReads } from '../../vocabulary/pattern-groups.ts';
import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { problemAt, type SemanticRule } from './rule.ts';

/**
 * The wire format must say where to find what the catalogs match on: a code
 * field (or a pattern's `code` group) in some shape for `error-code`
 * catalogs, a message field for `error-message` ones.
 * Checked on the effective wire (the nearest ancestor's, for a white-label copy).
 */
export const wireCoverage: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  const byId = new Map(catalogs.map((c) => [c.file.provider.id, c]));
  for (const c of catalogs) {
    const chain = chainOf(c, byId).map((link) => link.file);
    const wire = chain.find((f) => f.wire !== undefined)?.wire;
    const kinds = new Set(chain.flatMap((f) => (f.catalogs ?? []).map((k) => k.kind)));
    if (!wire) continue; // a missing wire is the schema's or the inheritance rule's to report
    const pointer = c.file.wire ? '/wire/body' : '/provider/extends';
    const shapes: Pick<WireShape, 'format' | 'code' | 'message' | 'pattern'>[] = [{ format: 'json', ...wire.body }, ...(wire.shapes ?? [])];
    const has = (field: 'code' | 'message') => shapes.some((s) => (s.format === 'text' ? patternReads(s.pattern, field) : s[field] !== undefined));
    if (kinds.has('error-code') && !has('code')) {
      out.push(problemAt(c, pointer, 'the wire format has no `code` field, but an `error-code` catalog needs one to match entries'));
    }
    if (kinds.has('error-message') && !has('message')) {
      out.push(problemAt(c, pointer, 'the wire format has no `message` field, but an `error-message` catalog needs one to match entries'));
    }
  }
  return out;
};

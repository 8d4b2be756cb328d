import { chainOf } from '../../vocabulary/extends-chain.ts';
import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { problemAt, type SemanticRule } from './rule.ts';

/**
 * The wire format must say where to find what the catalogs match on: the code
 * field for `error-code` catalogs, the message field for `error-message` ones.
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
    if (kinds.has('error-code') && !wire.body.code) {
      out.push(problemAt(c, pointer, 'the wire format has no `code` field, but an `error-code` catalog needs one to match entries'));
    }
    if (kinds.has('error-message') && !wire.body.message) {
      out.push(problemAt(c, pointer, 'the wire format has no `message` field, but an `error-message` catalog needs one to match entries'));
    }
  }
  return out;
};

import type { Model, ProviderModel } from '../model/model.ts';
import { resolvedCatalog } from '../model/resolved-catalog.ts';
import type { Entry } from '../types/catalog.ts';
import { EncodedLines } from './encoded-lines.ts';
import type { Emitter } from './emitter.ts';
import { headerText } from './file-header.ts';
import { fileOfBytes } from './generated-file.ts';
import { CATALOG_SCHEMA_ID } from '../vocabulary/catalog-schema.ts';
import { jsonText } from '../vocabulary/json-text.ts';

/**
 * Emits `catalog.json`, the resolved catalog: inheritance applied and defaults
 * filled in, in the model's order. It is itself a valid catalog input (no
 * `extends`: the parent's catalogs are already in it). Its `release` names
 * the package version made from it: the next run versions from this one file,
 * which a killed run leaves either wholly old or wholly new. Invisible and
 * bidirectional characters are written as `\uXXXX` escapes (`jsonText`): the
 * file parses back to the same texts, and a reviewer sees every one.
 */
export const emitCatalogJson: Emitter = function* (model: Model) {
  for (const provider of model.providers) yield fileOfBytes(`${provider.id}/catalog.json`, catalogJsonBytes(provider), true);
};

/** Marks where a section's entries go in the text of everything else (a test of the whole file holds the splice to `JSON.stringify`). */
const ENTRIES = 'errcat$entries';

/**
 * The file's bytes: exactly `jsonText(value, 2)` and a line feed, but each
 * entry stringified and encoded on its own, a block at a time, so that a
 * 100,000-entry catalog is never one text. Stringified with an indent, a
 * value nested at some depth is its own text with that depth's indent after
 * each line feed, which is how the entries are put back; when a stand-in is
 * not found exactly once (a catalog's own text could hold one), the whole
 * file is stringified at once instead.
 */
function catalogJsonBytes(provider: ProviderModel): Uint8Array {
  // The schema's published URL: it resolves wherever the output folder is.
  const $schema = CATALOG_SCHEMA_ID;
  const $comment = headerText(provider.sources) + (provider.extends ? ` White-label copy of \`${provider.extends}\`, resolved.` : '');
  const catalog = resolvedCatalog(provider);
  const value = { $schema, $comment, release: { version: provider.version }, ...catalog };
  const sections: Entry[][] = [];
  const skeleton = jsonText(
    {
      ...value,
      catalogs: (value.catalogs ?? []).map((c) => ({ ...c, sections: c.sections.map((s) => ({ ...s, entries: [`${ENTRIES}${sections.push(s.entries) - 1}`] })) })),
    },
    2,
  );
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const [i, entries] of sections.entries()) {
    const stand = new RegExp(`\\[\\n( *)"${ENTRIES.replace('$', '\\$')}${i}"\\n( *)\\]`, 'g');
    const found = [...skeleton.matchAll(stand)];
    if (found.length !== 1 || found[0]!.index < at || skeleton.split(`"${ENTRIES}${i}"`).length !== 2) {
      return Buffer.from(jsonText(value, 2) + '\n', 'utf8');
    }
    const [match, inner, outer] = found[0]! as unknown as [string, string, string];
    chunks.push(Buffer.from(skeleton.slice(at, found[0]!.index), 'utf8'));
    if (entries.length === 0) chunks.push(Buffer.from('[]', 'utf8'));
    else {
      const lines = new EncodedLines();
      entries.forEach((entry, n) => lines.add(`${inner}${jsonText(entry, 2).replaceAll('\n', `\n${inner}`)}${n < entries.length - 1 ? ',' : ''}`));
      chunks.push(Buffer.from('[\n', 'utf8'), ...lines.encoded(), Buffer.from(`\n${outer}]`, 'utf8'));
    }
    at = found[0]!.index + match.length;
  }
  chunks.push(Buffer.from(skeleton.slice(at) + '\n', 'utf8'));
  return Buffer.concat(chunks);
}

import type { Model, ProviderModel } from '../model/model.ts';
import { resolvedCatalog, resolvedEntry, resolvedSkeleton } from '../model/resolved-catalog.ts';
import { partsAround } from './encoded-lines.ts';
import type { Emitter } from './emitter.ts';
import { headerText } from './file-header.ts';
import { fileOfBytes, type EncodedText } from './generated-file.ts';
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

/** A section's entries sit at one depth of the file: `catalogs[c].sections[s].entries`, its items indented twelve spaces. */
const ITEM_INDENT = ' '.repeat(12);
const KEY_INDENT = ' '.repeat(10);

/** Entries stringified together: a run is some 30 KB of text, small beside the file. */
const ENTRIES_PER_RUN = 100;

/** The file's bytes (see `catalogJsonChunks`), or the record the release step found to be them. */
function catalogJsonBytes(provider: ProviderModel): EncodedText {
  return provider.catalogJson ? [provider.catalogJson] : [...catalogJsonChunks(provider)];
}

/**
 * The file, a piece at a time: exactly `jsonText(value, 2)` and a line feed,
 * but the entries stringified a run at a time and encoded as they come, so
 * that a 100,000-entry catalog is never one text, and a reader comparing the
 * file with bytes it holds stops at the first difference (the release step's
 * record check). Stringified with an indent, a value nested at some depth is
 * its own text with that depth's indent after each line feed, which is how
 * the entries are put back; when a stand-in is not found exactly once (see
 * `partsAround`), the whole file is stringified at once instead.
 */
export function* catalogJsonChunks(provider: ProviderModel): Generator<Uint8Array> {
  // The schema's published URL: it resolves wherever the output folder is.
  const $schema = CATALOG_SCHEMA_ID;
  const $comment = headerText(provider.sources) + (provider.extends ? ` White-label copy of \`${provider.extends}\`, resolved.` : '');
  const head = { $schema, $comment, release: { version: provider.version } };
  // Entries are resolved a run at a time, as they are written: a reader that stops at the first difference resolves no more.
  const { catalog, entries: sections } = resolvedSkeleton(provider);
  let section = 0;
  const skeleton = jsonText(
    {
      ...head,
      ...catalog,
      catalogs: (catalog.catalogs ?? []).map((c) => ({ ...c, sections: c.sections.map((s) => ({ ...s, entries: [`${ENTRIES}${section++}`] })) })),
    },
    2,
  );
  const parts = partsAround(skeleton + '\n', sections.map((_, i) => `"entries": [\n${ITEM_INDENT}"${ENTRIES}${i}"\n${KEY_INDENT}]`));
  const encoded = (text: string) => Buffer.from(text, 'utf8');
  if (parts === undefined) {
    yield encoded(jsonText({ ...head, ...resolvedCatalog(provider) }, 2) + '\n');
    return;
  }
  for (const [i, entries] of sections.entries()) {
    if (entries.length === 0) {
      yield encoded(`${parts[i]!}"entries": []`);
      continue;
    }
    let text = `${parts[i]!}"entries": [\n`;
    // A run of entries is stringified as one array: its items come out at the array's indent plus two, so each line of
    // the run, less the brackets, needs the section's key indent more. One call a run, not one an entry: a third of the time.
    for (let start = 0; start < entries.length; start += ENTRIES_PER_RUN) {
      const end = Math.min(start + ENTRIES_PER_RUN, entries.length);
      const run = jsonText(entries.slice(start, end).map(resolvedEntry), 2);
      text += `${start > 0 ? '\n' : ''}${KEY_INDENT}${run.slice(2, -2).replaceAll('\n', `\n${KEY_INDENT}`)}${end < entries.length ? ',' : ''}`;
      if (text.length >= CHUNK_CHARACTERS) {
        yield encoded(text);
        text = '';
      }
    }
    yield encoded(`${text}\n${KEY_INDENT}]`);
  }
  yield encoded(parts[sections.length]!);
}

/** About how much text is encoded at once: a few runs of entries. */
const CHUNK_CHARACTERS = 256 * 1024;

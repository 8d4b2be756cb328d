import type { Emitter } from '../emitter.ts';
import { fileOfBytes, type GeneratedFile } from '../generated-file.ts';
import type { Model, ProviderModel } from '../../model/model.ts';
import { htmlCommentHeader } from '../file-header.ts';
import { coreReadmeView, indexReadmeView } from './index-readme-view.ts';
import { providerReadmeView, type EntryRow } from './provider-readme-view.ts';
import { EncodedLines } from '../encoded-lines.ts';
import { renderTemplate } from './templates.ts';

/** Emits the Markdown reference: a README per provider, one for core, and the index with the category matrix. */
export const emitMarkdown: Emitter = (model) => {
  return [
    emitIndexReadme(model),
    { path: 'core/README.md', content: htmlCommentHeader(model.coreSources) + renderTemplate('core-readme.md.hbs', coreReadmeView(model)) },
    ...model.providers.map((p) => providerReadme(p, model.corePackageName)),
  ];
};

/** The index README at the top of the output folder: the only file made from every provider. */
export function emitIndexReadme(model: Model): GeneratedFile {
  return { path: 'README.md', content: htmlCommentHeader(model.sources) + renderTemplate('index-readme.md.hbs', indexReadmeView(model)) };
}

/** Above this many entries, a provider's README is rendered a block of table rows at a time. */
const LARGE_README_ENTRIES = 2_000;

/** Rows rendered at once. */
const ROWS_PER_BLOCK = 512;

/** Stands in for a section's rows while the rest of the README is rendered. */
const ROWS = 'errcat$rows';

/**
 * A provider's README. A large one is rendered with one stand-in row per
 * table, then each table's rows are rendered a block at a time and encoded
 * in place of its stand-in: a row renders the same wherever it stands, and a
 * 100,000-entry README is then never one text (with its dashes, two bytes a
 * character). When a stand-in is not found exactly once (a catalog's own
 * text could hold one), the README is rendered whole.
 */
function providerReadme(provider: ProviderModel, corePackage: string): GeneratedFile {
  const path = `${provider.id}/README.md`;
  const header = htmlCommentHeader(provider.sources);
  const view = providerReadmeView(provider, corePackage);
  const whole = () => ({ path, content: header + renderTemplate('provider-readme.md.hbs', view) });
  if (provider.catalogs.reduce((n, c) => n + c.entries.length, 0) <= LARGE_README_ENTRIES) return whole();
  const tables: EntryRow[][] = [];
  const skeleton =
    header +
    renderTemplate('provider-readme.md.hbs', {
      ...view,
      catalogs: view.catalogs.map((c) => ({
        ...c,
        sections: c.sections.map((s) => (s.rows.length === 0 ? s : { ...s, rows: [{ ...s.rows[0]!, anchor: `${ROWS}${tables.push(s.rows) - 1}` }] })),
      })),
    });
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const [i, rows] of tables.entries()) {
    const stand = `<a id="${ROWS}${i}"></a>`;
    const found = skeleton.indexOf(stand);
    if (found < at || found !== skeleton.lastIndexOf(stand)) return whole();
    const lineStart = skeleton.lastIndexOf('\n', found) + 1;
    const lineEnd = skeleton.indexOf('\n', found) + 1;
    if (lineStart < at || lineEnd === 0) return whole();
    chunks.push(Buffer.from(skeleton.slice(at, lineStart), 'utf8'));
    const lines = new EncodedLines();
    for (let from = 0; from < rows.length; from += ROWS_PER_BLOCK) {
      // Each block renders as its rows, a line feed after each: added without its last, which the lines' joining puts back.
      lines.add(renderTemplate('entry-rows.md.hbs', { rows: rows.slice(from, from + ROWS_PER_BLOCK) }).slice(0, -1));
    }
    chunks.push(...lines.encoded(), Buffer.from('\n', 'utf8'));
    at = lineEnd;
  }
  chunks.push(Buffer.from(skeleton.slice(at), 'utf8'));
  return fileOfBytes(path, Buffer.concat(chunks));
}

import type { Emitter } from '../emitter.ts';
import { fileOfBytes, type GeneratedFile } from '../generated-file.ts';
import type { Model, ProviderModel } from '../../model/model.ts';
import { htmlCommentHeader } from '../file-header.ts';
import { coreReadmeView, indexReadmeView } from './index-readme-view.ts';
import { providerReadmeView, type EntryRow } from './provider-readme-view.ts';
import { encodedPieces, partsAround } from '../encoded-lines.ts';
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
 * character). When a stand-in is not found exactly once (see `partsAround`),
 * the README is rendered whole.
 */
function providerReadme(provider: ProviderModel, corePackage: string): GeneratedFile {
  const path = `${provider.id}/README.md`;
  const header = htmlCommentHeader(provider.sources);
  const view = providerReadmeView(provider, corePackage);
  const whole = () => ({ path, content: header + renderTemplate('provider-readme.md.hbs', view) });
  if (provider.catalogs.reduce((n, c) => n + c.entries.length, 0) <= LARGE_README_ENTRIES) return whole();
  const tables: EntryRow[][] = [];
  const standIns: string[] = [];
  const skeleton =
    header +
    renderTemplate('provider-readme.md.hbs', {
      ...view,
      catalogs: view.catalogs.map((c) => ({
        ...c,
        sections: c.sections.map((s) => {
          if (s.rows.length === 0) return s;
          const standIn = { ...s.rows[0]!, anchor: `${ROWS}${tables.push(s.rows) - 1}` };
          standIns.push(rowsText([standIn]));
          return { ...s, rows: [standIn] };
        }),
      })),
    });
  const parts = partsAround(skeleton, standIns);
  if (parts === undefined) return whole();
  const rowBlocks = (rows: readonly EntryRow[]) => Array.from({ length: Math.ceil(rows.length / ROWS_PER_BLOCK) }, (_, b) => Buffer.from(rowsText(rows.slice(b * ROWS_PER_BLOCK, (b + 1) * ROWS_PER_BLOCK)), 'utf8'));
  return fileOfBytes(path, encodedPieces(tables.flatMap((rows, i) => [parts[i]!, ...rowBlocks(rows)]).concat(parts[tables.length]!)));
}

/** Table rows as the README renders them: a line each, each ending in a line feed. */
function rowsText(rows: readonly EntryRow[]): string {
  return renderTemplate('entry-rows.md.hbs', { rows });
}

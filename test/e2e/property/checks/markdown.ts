import type { Nodes, Table, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { expect } from 'vitest';
import type { CatalogSet } from '../helpers/catalog-set.ts';
import { catalogsOf } from '../helpers/expected.ts';
import { contentOf, type Generated } from '../helpers/generate.ts';
import { resendableOf, retryableOf } from '../helpers/taxonomy.ts';
import type { Entry } from '../../../../generator/types/catalog.ts';

/**
 * Property 5: in each provider's README.md, parsed as GitHub-flavoured
 * Markdown, the entry tables (header `Code | Key | Text | Category | Retryable`)
 * give back exactly the input rows — one table per section with entries, in
 * catalog order (by id) and section order, rows sorted as the model sorts them
 * (by code, then key), five cells each — and every other table keeps its
 * header's width.
 *
 * How a cell is read back and compared (`rendered`):
 * - a `<br>` (how a line break of a text is written) reads back as "\n", and
 *   every line break of the input — LF, CRLF, lone CR, U+2028, U+2029 —
 *   compares as "\n";
 * - the Text cell is the text, then, when the entry has a summary (or else an
 *   English translation), "\n" and that summary;
 * - a tab compares as a space (the escaper writes tabs as spaces);
 * - every other invisible or bidirectional character (controls, overrides,
 *   zero-width and format characters; see the list in `rendered`) compares
 *   as its code point shown as `<U+202E>`: the escaper shows it so, rather
 *   than let it hide text or reorder the row;
 * - white space around a line break (so at either end of the summary, which
 *   errcat trims so that its emphasis holds) and at either end of a cell is
 *   not compared: GFM trims cells, and a reader cannot see it.
 * Everything else — Markdown and HTML syntax, `|`, backslashes, entities,
 * emoji — must read back exactly as written.
 */

const ENTRY_HEADER = ['Code', 'Key', 'Text', 'Category', 'Retryable', 'Safe to resend'];

/** The text a reader sees: text and code as written, `<br>` as a line break, the row anchor not at all. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value) ? '\n' : /^<\/?a[\s>]/i.test(node.value) ? '' : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(nodesOf) : [])];
}

/**
 * Invisible and bidirectional characters, written out here rather than taken
 * from the generator, so that the check does not trust the code it checks.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\u115F\u1160\u3164\uFFA0\u034F\u17B4\u17B5\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/gu;

/** A text as it must read back from a table cell (see the rules above). */
function rendered(text: string): string {
  return text
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n')
    .replace(/\t/g, ' ')
    .replace(INVISIBLE, (c) => (c === '\n' ? c : `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`));
}

/** Cells compared without the white space GFM trims and a reader cannot see. */
function comparable(cell: string): string {
  return cell.replace(/[^\S\n]*\n[^\S\n]*/g, '\n').trim();
}

function cellsOf(row: TableRow): string[] {
  return row.children.map((cell) => comparable(textOf(cell)));
}

function expectedRow(entry: Entry): string[] {
  const summary = entry.summary ?? entry.translations?.en;
  return [
    entry.code === undefined ? '—' : rendered(String(entry.code)),
    // A first generation keeps every previous key as a deprecated alias, listed under the key.
    entry.key + (entry.previousKeys?.length ? `\nformerly ${entry.previousKeys.join(', ')} (deprecated until the next major version)` : ''),
    rendered(entry.text) + (summary !== undefined ? '\n' + rendered(summary) : ''),
    entry.category,
    retryableOf(entry) ? 'yes' : 'no',
    resendableOf(entry) ? 'yes' : 'no',
  ].map(comparable);
}

/** Entries in the model's order: by code (integers numerically), then by key. */
function sorted(entries: readonly Entry[]): Entry[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => {
    if (typeof a.code === 'number' && typeof b.code === 'number') return a.code - b.code || text(a.key, b.key);
    return text(String(a.code ?? ''), String(b.code ?? '')) || text(a.key, b.key);
  });
}

/** Checks every provider's README.md tables against the input. */
export function checkMarkdown(set: CatalogSet, generated: Generated): void {
  for (const provider of generated.model.providers) {
    const markdown = contentOf(generated, `${provider.id}/README.md`);
    const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
    const tables = nodesOf(tree).filter((n): n is Table => n.type === 'table');
    const isEntryTable = (t: Table) => JSON.stringify(cellsOf(t.children[0]!)) === JSON.stringify(ENTRY_HEADER);

    const widths = tables.flatMap((t) => t.children.map((row) => ({ line: row.position?.start.line, cells: row.children.length, width: isEntryTable(t) ? ENTRY_HEADER.length : t.children[0]!.children.length })));
    expect(widths.filter((w) => w.cells !== w.width), `${provider.id}/README.md: rows with the wrong number of cells`).toEqual([]);

    const got = tables.filter(isEntryTable).map((t) => t.children.slice(1).map(cellsOf));
    const want = catalogsOf(set, provider.id).flatMap((catalog) =>
      catalog.sections.filter((s) => s.entries.length > 0).map((s) => sorted(s.entries).map(expectedRow)),
    );
    expect(got, `${provider.id}/README.md entry tables`).toEqual(want);
  }
}

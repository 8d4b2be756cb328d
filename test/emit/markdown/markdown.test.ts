import type { Heading, Nodes, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../../generator/emit/emitters.ts';
import { parseCatalogText } from '../../../generator/load/parse-catalog-text.ts';
import { buildModel } from '../../../generator/model/build-model.ts';
import type { CatalogFile } from '../../../generator/types/catalog.ts';
import { validateCatalogs } from '../../../generator/validate/validate-catalogs.ts';
import { catalogJsonOf, entriesOf, fileOf, generatedOutput } from '../../helpers/generated-output.ts';

/**
 * Every generated README is GitHub-flavoured Markdown whose tables hold
 * together: one row per entry, five cells in every row, whatever the
 * documented texts contain.
 */

const output = await generatedOutput();

const ENTRY_HEADER = ['Code', 'Key', 'Text', 'Category', 'Retryable', 'Safe to resend'];

function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

/**
 * The text a reader sees: text and code as written, `<br>` as a line break.
 * Other raw HTML is kept verbatim here; tests that care look for html nodes themselves.
 */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html') return /^<br\s*\/?>$/i.test(node.value) ? '\n' : /^<\/?a[\s>]/i.test(node.value) ? '' : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

/** Every node of a tree, depth first. */
function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(nodesOf) : [])];
}

function cellsOf(row: TableRow): string[] {
  return row.children.map((cell) => textOf(cell).trim());
}

function isEntryTable(table: Table): boolean {
  const header = table.children[0];
  return header !== undefined && JSON.stringify(cellsOf(header)) === JSON.stringify(ENTRY_HEADER);
}

/** Top-level nodes from the heading with this depth and text up to the next heading of the same or a higher level. */
function sectionUnder(nodes: readonly RootContent[], depth: number, text: string): RootContent[] {
  const start = nodes.findIndex((n) => n.type === 'heading' && n.depth === depth && textOf(n).trim() === text);
  if (start < 0) return [];
  const end = nodes.findIndex((n, i) => i > start && n.type === 'heading' && n.depth <= depth);
  return nodes.slice(start + 1, end < 0 ? undefined : end);
}

/** Splits nodes by headings of one depth: heading text → the nodes under it. */
function byHeading(nodes: readonly RootContent[], depth: number): Map<string, RootContent[]> {
  const groups = new Map<string, RootContent[]>();
  let current: RootContent[] | undefined;
  for (const node of nodes) {
    if (node.type === 'heading' && (node as Heading).depth === depth) {
      current = [];
      groups.set(textOf(node).trim(), current);
    } else current?.push(node);
  }
  return groups;
}

const tablesIn = (nodes: readonly RootContent[]): Table[] => nodes.filter((n): n is Table => n.type === 'table');

/** The `id` of the `<a id="…">` anchor that opens an entry row's first cell. */
function anchorOf(cell: TableCell): string | undefined {
  for (const node of nodesOf(cell)) {
    if (node.type === 'html') {
      const match = /^<a id="([^"]+)">/.exec(node.value);
      if (match) return match[1];
    }
  }
  return undefined;
}

describe.each(output.providerIds)('%s/README.md', (id) => {
  const tree = parseGfm(fileOf(output, `${id}/README.md`));
  const catalogJson: CatalogFile = catalogJsonOf(output, id);
  const provider = output.model.providers.find((p) => p.id === id)!;
  const allTables = nodesOf(tree).filter((n): n is Table => n.type === 'table');
  const entryTables = allTables.filter(isEntryTable);
  const catalogsSection = sectionUnder(tree.children, 2, 'Catalogs');

  it('parses as GFM with entry tables, all under "Catalogs"', () => {
    expect(entryTables.length).toBeGreaterThan(0);
    expect(tablesIn(catalogsSection).filter(isEntryTable)).toHaveLength(entryTables.length);
  });

  it('has exactly 6 cells in every row of every entry table (and as many cells as the header in every other table)', () => {
    const bad: string[] = [];
    for (const table of allTables) {
      const width = isEntryTable(table) ? 6 : table.children[0]!.children.length;
      for (const row of table.children) {
        if (row.children.length !== width) bad.push(`line ${row.position?.start.line}: ${row.children.length} cells, expected ${width}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('has, for each catalog, as many data rows as catalog.json has entries, one per entry and in its section', () => {
    const catalogs = byHeading(catalogsSection, 3);
    expect([...catalogs.keys()].sort()).toEqual((catalogJson.catalogs ?? []).map((c) => c.name).sort());
    for (const catalog of catalogJson.catalogs ?? []) {
      const nodes = catalogs.get(catalog.name) ?? [];
      const rows = tablesIn(nodes).filter(isEntryTable).flatMap((t) => t.children.slice(1));
      const entries = entriesOf(catalogJson, catalog.id);
      expect(rows, catalog.id).toHaveLength(entries.length);

      const expected = entries.map((e) => [
        e.code === undefined ? '—' : String(e.code),
        e.key,
        e.summary ? `${e.text}\n${e.summary}` : e.text,
        e.category,
        e.retryable ? 'yes' : 'no',
        e.resendable ? 'yes' : 'no',
      ]);
      expect(rows.map(cellsOf).sort(), catalog.id).toEqual(expected.map((cells) => cells.map((c) => c.trim())).sort());

      const sections = byHeading(nodes, 4);
      for (const section of catalog.sections) {
        // Headed by its title, or by its title and whose it is where that would repeat a heading (generator/emit/markdown/unique-headings.ts).
        const heading = [...sections.keys()].find((h) => h === section.title || h.startsWith(`${section.title} `));
        expect(heading, `${catalog.id} / ${section.title}: a heading`).toBeDefined();
        const sectionRows = tablesIn(sections.get(heading!) ?? []).flatMap((t) => t.children.slice(1));
        expect(sectionRows.map((r) => cellsOf(r)[1]), `${catalog.id} / ${section.title}`).toEqual(section.entries.map((e) => e.key));
      }
    }
  });

  it('gives every entry the anchor its `reference` links to, once', () => {
    const anchors = entryTables.flatMap((t) => t.children.slice(1)).map((row) => anchorOf(row.children[0]!));
    const expected = provider.catalogs.flatMap((c) => c.entries.map((e) => e.anchor));
    expect(anchors.sort()).toEqual([...expected].sort());
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('README.md (the index)', () => {
  const tree = parseGfm(fileOf(output, 'README.md'));
  const providers = output.model.providers;
  const catalogFiles = new Map(providers.map((p) => [p.id, catalogJsonOf(output, p.id)]));
  const entries = (id: string) => (catalogFiles.get(id)!.catalogs ?? []).flatMap((c) => entriesOf(catalogFiles.get(id)!, c.id));

  it('has a category matrix with one row per category, who must act, whether failover may help, and one column per provider', () => {
    const [matrix, ...others] = tablesIn(sectionUnder(tree.children, 2, 'Categories by provider'));
    expect(others).toEqual([]);
    expect(matrix).toBeDefined();
    const [header, ...rows] = matrix!.children;
    expect(cellsOf(header!)).toEqual(['Category', 'Who must act', 'Another provider may succeed', ...providers.map((p) => p.name)]);
    expect(rows.map((r) => cellsOf(r)[0])).toEqual(output.model.taxonomy.map((m) => m.id));
    for (const row of matrix!.children) expect(row.children).toHaveLength(providers.length + 3);
    const actors: Record<string, string> = { end_user: 'end user', developer: 'developer', account_owner: 'account owner', provider: 'provider', none: '—' };
    for (const [i, row] of rows.entries()) {
      const member = output.model.taxonomy[i]!;
      expect(cellsOf(row).slice(1, 3), member.id).toEqual([actors[member.actor], member.failover ? 'yes' : 'no']);
      expect(cellsOf(row).slice(3), member.id).toEqual(providers.map((p) => String(entries(p.id).filter((e) => e.category === member.id).length)));
    }
  });

  it('lists every provider with its catalog and entry counts', () => {
    const [table] = tablesIn(sectionUnder(tree.children, 2, 'Providers'));
    expect(table).toBeDefined();
    const [header, ...rows] = table!.children;
    expect(cellsOf(header!)).toEqual(['Provider', 'Package', 'Catalogs', 'Entries']);
    expect(rows.map((r) => cellsOf(r).slice(1))).toEqual(
      providers.map((p) => [p.packageName, String(catalogFiles.get(p.id)!.catalogs?.length ?? 0), String(entries(p.id).length)]),
    );
  });
});

describe('escaping of documented texts in README tables', () => {
  // Every character that means something in a GFM table or inline Markdown, plus raw HTML and a line break.
  const HOSTILE = 'a | b <script>alert(1)</script> `tick` *star* _under_ [link](https://example.com) ~~gone~~ \\| back\\slash &amp; 1 < 2 > 0\nsecond line';
  // White space at the ends: emphasis must still open and close around it.
  const HOSTILE_SUMMARY = ' sum | *not emphasis* <b>bold</b> `x`\u00a0';
  const HOSTILE_MESSAGE = 'Message with | pipe, <img src=x onerror=alert(1)> and `code`\r\nend';
  // Field names are the provider's: a pipe or a backtick in one cannot sit in a code span in a table.
  const HOSTILE_MESSAGE_POINTER = '/error|message';
  const HOSTILE_DETAILS_POINTER = '/list`Errors\\|x';

  // The shape of schema/catalogs/yellowpush.yaml, texts swapped for hostile ones; JSON strings are YAML double-quoted scalars.
  const yaml = `provider:
  id: escapes
  name: Escapes
  language: en
  description: A provider whose texts hold Markdown and HTML.
wire:
  contentType: application/json
  httpStatuses:
    - status: 400
      description: Bad Request
  body:
    code:
      pointer: /code
      encoding: integer
      description: Result code.
    message:
      pointer: ${JSON.stringify(HOSTILE_MESSAGE_POINTER)}
      description: Main error message.
    details:
      pointer: ${JSON.stringify(HOSTILE_DETAILS_POINTER)}
      description: Detailed messages.
catalogs:
  - id: result-codes
    name: Result codes
    kind: error-code
    codeType: integer
    sections:
      - id: code-400-bad-request
        title: Code 400 (Bad Request)
        entries:
          - key: HOSTILE_TEXT
            code: 1
            text: ${JSON.stringify(HOSTILE)}
            category: invalid_parameters
            httpStatus: 400
          - key: HOSTILE_SUMMARY
            code: 2
            text: system
            category: provider_internal_error
            httpStatus: 400
            summary: ${JSON.stringify(HOSTILE_SUMMARY)}
  - id: messages
    name: Error messages
    kind: error-message
    sections:
      - id: code-400-bad-request
        title: Code 400 (Bad Request)
        entries:
          - key: HOSTILE_MESSAGE
            text: ${JSON.stringify(HOSTILE_MESSAGE)}
            category: invalid_parameters
            httpStatus: 400
`;

  function renderedReadme(): Root {
    const parsed = parseCatalogText('inline/escapes.yaml', 'escapes', yaml);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const validated = validateCatalogs([parsed.catalog]);
    expect(validated.diagnostics).toEqual([]);
    const files = emitAll(buildModel(validated.catalogs, { scope: '@errcat' }));
    const readme = files.find((f) => f.path === 'escapes/README.md');
    if (!readme) throw new Error('no escapes/README.md');
    return parseGfm(readme.content);
  }

  const tree = renderedReadme();
  const rows = nodesOf(tree)
    .filter((n): n is Table => n.type === 'table')
    .filter(isEntryTable)
    .flatMap((t) => t.children.slice(1));
  const rowOf = (key: string) => rows.find((r) => cellsOf(r)[1] === key);

  it('keeps one row per entry with 6 cells each', () => {
    expect(rows.map((r) => cellsOf(r)[1]).sort()).toEqual(['HOSTILE_MESSAGE', 'HOSTILE_SUMMARY', 'HOSTILE_TEXT']);
    for (const row of rows) expect(row.children).toHaveLength(6);
  });

  it('shows a text with |, <script>, backticks, *, [], ~~, \\ and a line break literally', () => {
    const cell = rowOf('HOSTILE_TEXT')!.children[2]!;
    expect(textOf(cell)).toBe(HOSTILE);
    // Plain text and line breaks only: no code span, emphasis, link, strikethrough or raw HTML was made of it.
    expect(cell.children.map((n) => n.type).filter((t) => t !== 'text' && t !== 'html')).toEqual([]);
    expect(cell.children.filter((n) => n.type === 'html').map((n) => (n as { value: string }).value)).toEqual(['<br>']);
  });

  it('shows a summary with |, * and HTML literally, in emphasis under the documented text', () => {
    const cell = rowOf('HOSTILE_SUMMARY')!.children[2]!;
    expect(textOf(cell)).toBe(`system\n${HOSTILE_SUMMARY.trim()}`);
    expect(cell.children.filter((n) => n.type === 'emphasis').map(textOf)).toEqual([HOSTILE_SUMMARY.trim()]);
    const html = nodesOf(cell).filter((n) => n.type === 'html').map((n) => (n as { value: string }).value);
    expect(html).toEqual(['<br>']);
  });

  it('shows a message-only text with a CRLF line break and an <img> literally', () => {
    const row = rowOf('HOSTILE_MESSAGE')!;
    expect(cellsOf(row)[0]).toBe('—');
    expect(textOf(row.children[2]!)).toBe(HOSTILE_MESSAGE.replace('\r\n', '\n'));
  });

  it('shows JSON Pointers holding |, a backtick and a backslash literally, in a wire table that keeps its two columns', () => {
    const wireTable = nodesOf(tree)
      .filter((n): n is Table => n.type === 'table')
      .find((t) => cellsOf(t.children[0]!)[0] === 'Field (JSON Pointer)');
    if (!wireTable) throw new Error('no wire table');
    for (const row of wireTable.children) expect(row.children).toHaveLength(2);
    expect(wireTable.children.slice(1).map((r) => textOf(r.children[0]!))).toEqual(['/code', HOSTILE_MESSAGE_POINTER, HOSTILE_DETAILS_POINTER]);
  });

  it('lets no raw HTML from a documented text into the document', () => {
    const html = nodesOf(tree)
      .filter((n) => n.type === 'html')
      .map((n) => (n as { value: string }).value);
    expect(html.filter((v) => /<\s*(script|img|b)\b/i.test(v))).toEqual([]);
    // What raw HTML there is: line breaks, row anchors and the generated-file comment.
    expect(html.filter((v) => !/^<br>$|^<a id="[a-z0-9-]+"><\/a>$|^<a id="[a-z0-9-]+">$|^<\/a>$|^<!-- @generated /.test(v))).toEqual([]);
  });
});

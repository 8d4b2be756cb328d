import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { describe, expect, it } from 'vitest';
import { codeSpan } from '../../generator/emit/markdown/markdown-escape.ts';
import { renderJson } from '../../generator/diff/render-json.ts';
import { renderMarkdown } from '../../generator/diff/render-markdown.ts';
import { acme, acmeWith, api, brandco, messages, reportOf } from '../helpers/catalog-cases.ts';

/** A change to a parent catalog, seen in its white-label copy too, plus a change of the copy's own. */
function whiteLabelReport() {
  const after = acmeWith((f) => {
    api(f).sections[0]!.entries[1]!.code = 20;
    api(f).sections[0]!.entries[0]!.retryable = true;
    messages(f).sections[1]!.entries[1]!.summary = 'No such tariff.';
  });
  const copy = brandco();
  copy.wire!.body.code!.encoding = 'string';
  return reportOf([acme(), brandco()], [after, copy]);
}

describe('the Markdown report', () => {
  it('is a summary line, then per package its bump, counts and a table, breaking rows first', () => {
    expect(renderMarkdown(whiteLabelReport())).toBe(
      [
        '**errcat diff** `old` → `new`: 7 changes (2 breaking, 3 behavioural, 2 compatible) in 2 of 2 providers. Suggested bumps: `@errcat/acme` major, `@errcat/brandco` major.',
        '',
        '### Acme SMS — `@errcat/acme`: major',
        '',
        '1 breaking, 1 behavioural, 1 compatible.',
        '',
        '| class | rule | catalog | key | code | change |',
        '| --- | --- | --- | --- | --- | --- |',
        '| **breaking** | `ENTRY_RECODED` | `api` | `NO_FUNDS` | `2` → `20` | code changed, same key |',
        '| behavioural | `ENTRY_RETRYABLE_CHANGED` | `api` | `INVALID_KEY` | `1` | `retryable`: `false` → `true` |',
        '| compatible | `ENTRY_DOCS_CHANGED` | `api-v2` | `TARIFF_NOT_FOUND` |  | `summary` added: `No such tariff.` |',
        '',
        '### BrandCo — `@errcat/brandco`: major',
        '',
        '1 breaking, 2 behavioural, 1 compatible.',
        '',
        '| class | rule | catalog | key | code | change |',
        '| --- | --- | --- | --- | --- | --- |',
        '| **breaking** | `ENTRY_RECODED` | `api` | `NO_FUNDS` | `2` → `20` | code changed, same key (inherited from `acme`) |',
        '| behavioural | `WIRE_CODE_ENCODING_CHANGED` |  |  |  | `wire.body.code.encoding`: `string-or-integer` → `string` |',
        '| behavioural | `ENTRY_RETRYABLE_CHANGED` | `api` | `INVALID_KEY` | `1` | `retryable`: `false` → `true` (inherited from `acme`) |',
        '| compatible | `ENTRY_DOCS_CHANGED` | `api-v2` | `TARIFF_NOT_FOUND` |  | `summary` added: `No such tariff.` (inherited from `acme`) |',
      ].join('\n'),
    );
  });

  it('says so in one line when nothing changed', () => {
    expect(renderMarkdown(reportOf([acme(), brandco()], [acme(), brandco()]))).toBe('**errcat diff** `old` → `new`: no catalog changes in 2 providers.');
  });

  it('names a new package as such, with no bump, and a removed one as major', () => {
    const other = acmeWith((f) => Object.assign(f.provider, { id: 'other', name: 'Other' }));
    const lines = renderMarkdown(reportOf([acme(), brandco()], [acme(), other])).split('\n');
    expect(lines.filter((l) => l.startsWith('**') || l.startsWith('### '))).toEqual([
      '**errcat diff** `old` → `new`: 2 changes (1 breaking, 0 behavioural, 1 compatible) in 2 of 3 providers. Suggested bumps: `@errcat/brandco` major.',
      '### BrandCo — `@errcat/brandco`: major (package removed)',
      '### Other — `@errcat/other`: new package',
    ]);
  });

  it('labels a git ref with its short commit and the working tree in words', () => {
    const report = { ...reportOf([acme()], [acme()]), old: { kind: 'ref' as const, label: 'origin/main', commit: '0123456789abcdef0123456789abcdef01234567' }, new: { kind: 'working-tree' as const, label: 'schema/catalogs' } };
    expect(renderMarkdown(report)).toBe('**errcat diff** `origin/main` (`0123456`) → working tree: no catalog changes in 1 provider.');
  });

  it('keeps any documented text whole in its cell: pipes, backticks, line breaks, HTML and bidi controls', () => {
    const nasty = 'a | b `c` ``d`` <b>e</b>\nf \u202Eg';
    const after = acmeWith((f) => (api(f).sections[0]!.entries[0]!.text = nasty));
    const markdown = renderMarkdown(reportOf([acme()], [after]));
    const tree = fromMarkdown(markdown, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
    const table = tree.children.find((n) => n.type === 'table');
    expect(table?.type).toBe('table');
    if (table?.type !== 'table') return;
    const row = table.children[1]!;
    expect(row.children).toHaveLength(6);
    const change = row.children[5]!.children;
    // `text`: `invalid key` → <the new text>: the last inline is the new text's code span.
    const newText = change[change.length - 1]!;
    expect(newText).toMatchObject({ type: 'inlineCode', value: 'a | b `c` ``d`` <b>e</b>↵f <U+202E>g' });
  });
});

describe('codeSpan', () => {
  it.each([
    ['plain', '`plain`'],
    ['a|b', '`a\\|b`'],
    ['has `tick`', '`` has `tick` ``'],
    ['`starts', '`` `starts ``'],
    [' both ', '`  both  `'],
    ['', '_empty_'],
    // `\\|` inside a span would read as an escaped backslash and a cell border: shown as an escaped cell instead.
    ['a\\|b', 'a\\\\\\|b'],
  ])('%j → %s', (text, want) => {
    expect(codeSpan(text)).toBe(want);
  });

  it('keeps a table row whole, and the text literal, for every awkward text', () => {
    for (const text of ['a|b', 'a\\|b', 'x`y', 'a\\b', '\\|', '``|``']) {
      const tree = fromMarkdown(`| A | B |\n| --- | --- |\n| ${codeSpan(text)} | z |\n`, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
      const table = tree.children[0]!;
      if (table.type !== 'table') throw new Error(`no table for ${text}`);
      const row = table.children[1]!;
      expect(row.children, text).toHaveLength(2);
      expect(row.children[0]!.children.map((n) => ('value' in n ? n.value : '')).join(''), text).toBe(text);
    }
  });

  it('leaves a pipe alone outside a table', () => {
    expect(codeSpan('a|b', { inTable: false })).toBe('`a|b`');
  });
});

describe('the JSON report', () => {
  it('is the report under a format version, with rule and classification on every change', () => {
    const parsed = JSON.parse(renderJson(whiteLabelReport())) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['formatVersion', 'old', 'new', 'providers', 'counts', 'packages', 'changes']);
    expect(parsed).toMatchObject({
      formatVersion: 1,
      old: { kind: 'path', label: 'old' },
      providers: 2,
      counts: { breaking: 2, behavioural: 3, compatible: 2 },
      packages: [
        { provider: 'acme', name: 'Acme SMS', packageName: '@errcat/acme', status: 'changed', bump: 'major', counts: { breaking: 1, behavioural: 1, compatible: 1 } },
        { provider: 'brandco', name: 'BrandCo', packageName: '@errcat/brandco', status: 'changed', bump: 'major', counts: { breaking: 1, behavioural: 2, compatible: 1 } },
      ],
    });
    expect((parsed.changes as unknown[])[3]).toEqual({
      provider: 'brandco',
      rule: 'WIRE_CODE_ENCODING_CHANGED',
      classification: 'behavioural',
      field: 'wire.body.code.encoding',
      old: 'string-or-integer',
      new: 'string',
    });
    expect((parsed.changes as unknown[])[4]).toEqual({
      provider: 'brandco',
      catalog: 'api',
      rule: 'ENTRY_RETRYABLE_CHANGED',
      classification: 'behavioural',
      key: { old: 'INVALID_KEY', new: 'INVALID_KEY' },
      code: { old: 1, new: 1 },
      field: 'retryable',
      old: false,
      new: true,
      inheritedFrom: 'acme',
    });
  });
});

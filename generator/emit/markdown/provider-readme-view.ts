import type { CatalogModel, EntryModel, ProviderModel, WireShapeModel } from '../../model/model.ts';
import { codeSpan as markdownCodeSpan } from './markdown-escape.ts';

/** A code span in running text (a paragraph, not a table cell). */
const codeSpan = (text: string) => markdownCodeSpan(text, { inTable: false });
import { jsonText } from '../../vocabulary/json-text.ts';
import { trimmedForEmphasis } from './emphasis-text.ts';

/** A table row of an entry: every value raw; the template escapes each cell once. */
export interface EntryRow {
  anchor: string;
  code: string;
  key: string;
  text: string;
  summary: string;
  category: string;
  retryable: string;
  resendable: string;
}

/** Everything the provider README template shows, prepared: no logic in the template. */
export function providerReadmeView(provider: ProviderModel, corePackage: string) {
  const first = provider.catalogs.find((c) => c.kind !== 'error-message') ?? provider.catalogs[0];
  const s = provider.symbols;
  const firstSymbols = first ? first.symbols : undefined;
  const wire = provider.wire;
  const fields = [
    ...(wire.code ? [{ pointer: wire.code.pointer, meaning: `${wire.code.description ?? 'Error code'} (JSON ${wire.code.encoding})` }] : []),
    ...(wire.message ? [{ pointer: wire.message.pointer, meaning: wire.message.description ?? 'Error message' }] : []),
    ...(wire.type ? [{ pointer: wire.type.pointer, meaning: wire.type.description ?? "Provider's type name" }] : []),
    ...(wire.details ? [{ pointer: wire.details.pointer, meaning: wire.details.description ?? 'Detailed messages' }] : []),
  ];
  const importNames = [firstSymbols?.enumName, firstSymbols ? (first?.kind === 'error-message' ? firstSymbols.lookupMessage : firstSymbols.lookup) : undefined, s.handle].filter(Boolean);
  const usage = [
    `import { ${importNames.join(', ')} } from '${provider.packageName}';`,
    `import { fromResponse, isRetryable, Category } from '${corePackage}';`,
    '',
    `const error = await fromResponse(${s.handle}, response); // a Fetch Response, or Axios's { status, data, headers }`,
    'if (error.category === Category.INSUFFICIENT_BALANCE) notifyBilling();',
    'else if (isRetryable(error)) scheduleRetry();',
  ].join('\n');
  return {
    name: provider.name,
    packageName: provider.packageName,
    description: provider.description ?? '',
    hasDescription: provider.description !== undefined,
    documentation: provider.documentation ?? '',
    hasDocumentation: provider.documentation !== undefined,
    parent: provider.extends ?? '',
    hasParent: provider.extends !== undefined,
    language: provider.language,
    usage,
    contentType: wire.contentType,
    httpStatuses: wire.httpStatuses.map((h) => ({ status: String(h.status), description: h.description, body: h.body ? 'yes' : 'no' })),
    hasHttpStatuses: wire.httpStatuses.length > 0,
    fields,
    // Escaped JSON: a code block shows its content raw, and the example stays valid JSON.
    examples: wire.examples.map((e) => ({ summary: e.summary, json: jsonText(e.value, 2) })),
    shapes: wire.shapes.slice(1).map((shape) => shapeView(shape, provider)),
    wireNotes: wire.notes ?? '',
    hasWireNotes: wire.notes !== undefined,
    catalogs: provider.catalogs.map((c) => catalogView(c)),
  };
}

/** A further documented shape: how it is read, which catalogs are matched on it, where it is documented, its examples. */
function shapeView(shape: WireShapeModel, provider: ProviderModel) {
  const reading =
    shape.format === 'text'
      ? [`the whole body as text, matching the pattern ${codeSpan(shape.pattern ?? '')}`]
      : [
          ...(shape.items !== undefined ? [`one error per item of the list at ${codeSpan(shape.items)}`] : []),
          ...(['code', 'message', 'type', 'details'] as const).flatMap((field) => (shape[field] ? [`${field} at ${codeSpan(shape[field].pointer)}`] : [])),
        ];
  const matched = provider.catalogs.filter((c) => c.match.some((m) => m.shape === shape.id)).map((c) => codeSpan(c.id));
  return {
    id: shape.id,
    summary: shape.summary ?? '',
    reading: reading.join('; '),
    matched: matched.length > 0 ? matched.join(', ') : 'none',
    source: shape.source ?? '',
    hasSource: shape.source !== undefined,
    examples: shape.examples.map((e) => ({ summary: e.summary, language: typeof e.value === 'string' ? 'text' : 'json', body: typeof e.value === 'string' ? e.value : jsonText(e.value, 2) })),
  };
}

function catalogView(catalog: CatalogModel) {
  const n = catalog.symbols;
  return {
    id: catalog.id,
    name: catalog.name,
    description: catalog.description ?? '',
    hasDescription: catalog.description !== undefined,
    kind: catalog.kind,
    enumName: n.enumName,
    count: String(catalog.entries.length),
    sections: catalog.sections.map((section) => ({
      title: section.title,
      rows: section.entries.map(entryRow),
      hasRows: section.entries.length > 0,
      reserved: section.reserved.map((r) => ({ range: r.from === r.to ? String(r.from) : `${r.from}–${r.to}`, text: r.text })),
      hasReserved: section.reserved.length > 0,
    })),
  };
}

function entryRow(entry: EntryModel): EntryRow {
  return {
    anchor: entry.anchor,
    code: entry.code === undefined ? '—' : String(entry.code),
    key: entry.key,
    text: entry.text,
    summary: trimmedForEmphasis(entry.summary ?? entry.translations.find((t) => t.language === 'en')?.text ?? ''),
    category: entry.category,
    retryable: entry.retryable ? 'yes' : 'no',
    resendable: entry.resendable ? 'yes' : 'no',
  };
}

import type { CatalogModel, ProviderModel, WireShapeModel } from '../../model/model.ts';
import { docComment, stringLiteral } from './safe-text.ts';
import { sourceFileText } from './source-text.ts';

/**
 * Source of the parser that turns the provider's raw error responses (its
 * documented wire shapes) into typed errors. The module is data: the shapes
 * in the documented order and, per shape, the catalogs matched on it (an
 * exact documented message first, then the code), read by the core's
 * `parseErrors`, which never throws. Results are typed with the provider's
 * own entry union, so `key` and `code` switch exhaustively.
 */
export function parseModuleSource(provider: ProviderModel, core: string, header: string): string {
  const s = provider.symbols;
  const byKind = (kind: CatalogModel['kind']) => provider.catalogs.filter((c) => c.kind === kind);
  const matched = [...byKind('error-message'), ...byKind('error-code')];
  const statusCatalogs = byKind('http-status');
  const lookupOf = (c: CatalogModel) => (c.kind === 'error-message' ? c.symbols.lookupMessage : c.symbols.lookup);
  // Per shape in documented order, message catalogs before code catalogs: an exact documented message is the most specific.
  const matchers = provider.wire.shapes.flatMap((shape) =>
    matched.flatMap((c) =>
      c.match
        .filter((m) => m.shape === shape.id)
        .map((m) => ({ catalog: c, shape, field: c.kind === 'error-message' ? 'message' : 'code', pointer: m.pointer === ownPointer(shape, c) ? undefined : m.pointer })),
    ),
  );
  const used = [...matched.filter((c) => matchers.some((m) => m.catalog === c)), ...statusCatalogs];
  const entryUnion = used.map((c) => c.symbols.entryType).join(' | ') || 'never';
  return sourceFileText((w) => {
    w.write(header).blankLine();
    const coreImports = ['parseError', 'parseErrors', 'type ParseOptions', 'type ParserSpec', 'type ProviderError', 'type ProviderErrors'];
    w.writeLine(`import { ${coreImports.join(', ')} } from ${stringLiteral(core)};`);
    for (const catalog of used) {
      w.writeLine(`import { ${lookupOf(catalog)}, type ${catalog.symbols.entryType} } from ${stringLiteral(`./${catalog.id}.js`)};`);
    }
    w.blankLine();
    w.writeLine(docComment([`Any entry a ${provider.name} error response can be matched to.`]));
    w.writeLine(`export type ${s.entry} = ${entryUnion};`).blankLine();
    w.writeLine(docComment([`A parsed ${provider.name} error: when \`known\`, its \`key\` and \`code\` are ${provider.name}'s own unions, so a \`switch\` over them can be exhaustive.`]));
    w.writeLine(`export type ${s.error} = ProviderError<${s.entry}>;`).blankLine();
    w.writeLine(
      docComment([
        `How ${provider.name}'s error responses look: its documented shapes, tried in this order, and the catalogs matched on each.`,
        '',
        ...provider.wire.shapes.map((shape) => `- \`${shape.id}\`: ${shape.summary ?? 'the documented error body'}`),
      ]),
    );
    w.write(`export const ${s.wire}: ParserSpec<${s.entry}> = `).inlineBlock(() => {
      w.writeLine(`provider: ${stringLiteral(provider.id)},`);
      w.writeLine('shapes: [');
      w.indent(() => {
        for (const shape of provider.wire.shapes) w.writeLine(`${shapeLiteral(shape)},`);
      });
      w.writeLine('],');
      w.writeLine('matchers: [');
      w.indent(() => {
        for (const m of matchers) {
          const pointer = m.pointer === undefined ? '' : `, pointer: ${stringLiteral(m.pointer)}`;
          w.writeLine(`{ shape: ${stringLiteral(m.shape.id)}, field: ${stringLiteral(m.field)}${pointer}, lookup: ${lookupOf(m.catalog)} },`);
        }
      });
      w.writeLine('],');
      if (statusCatalogs.length > 0) w.writeLine(`statusLookups: [${statusCatalogs.map(lookupOf).join(', ')}],`);
    });
    w.write(';').newLine().blankLine();
    w.writeLine(
      docComment([
        `Parses a raw ${provider.name} error response (its body as an object or as text) into a typed error: the first, for a body with several.`,
        '',
        'Never throws, whatever the body and the options are: a body no catalog documents, or one it cannot read, gives `known: false`.',
      ]),
    );
    w.write(`export function ${s.parse}(raw: unknown, options?: ParseOptions): ${s.error}`).block(() => {
      w.writeLine(`return parseError(${s.wire}, raw, options);`);
    });
    w.blankLine();
    w.writeLine(docComment([`Every error of a raw ${provider.name} error response: one per item where the errors sit in a list, else one. Never throws.`]));
    w.write(`export function ${s.parseAll}(raw: unknown, options?: ParseOptions): readonly [${s.error}, ...${s.error}[]]`).block(() => {
      w.writeLine(`return parseErrors(${s.wire}, raw, options);`);
    });
    w.blankLine();
    w.writeLine(docComment([`${provider.name}, for \`normalize()\`, \`fromResponse()\` and the other functions of the core package.`]));
    w.write(`export const ${s.handle}: ProviderErrors<${s.entry}> = `).inlineBlock(() => {
      w.writeLine(`id: ${stringLiteral(provider.id)},`);
      w.writeLine(`name: ${stringLiteral(provider.name)},`);
      w.writeLine(`packageName: ${stringLiteral(provider.packageName)},`);
      w.writeLine(`parse: ${s.parse},`);
      w.writeLine(`parseAll: ${s.parseAll},`);
    });
    w.write(';').newLine();
  });
}

/** The pointer a shape reads for a catalog of this kind by itself (so a matcher need not repeat it). */
function ownPointer(shape: WireShapeModel, catalog: CatalogModel): string | undefined {
  return (catalog.kind === 'error-message' ? shape.message : shape.code)?.pointer;
}

/** A shape as the core's `WireShape` object literal; a text shape's pattern as a `RegExp` built from a string literal, so no pattern can end the literal. */
function shapeLiteral(shape: WireShapeModel): string {
  const parts = [`id: ${stringLiteral(shape.id)}`, `format: ${stringLiteral(shape.format)}`];
  if (shape.items !== undefined) parts.push(`items: ${stringLiteral(shape.items)}`);
  for (const field of ['code', 'message', 'type', 'details'] as const) {
    const pointer = shape[field]?.pointer;
    if (pointer !== undefined) parts.push(`${field}: ${stringLiteral(pointer)}`);
  }
  if (shape.pattern !== undefined) parts.push(`pattern: /* @__PURE__ */ new RegExp(${stringLiteral(shape.pattern)}, "u")`);
  return `{ ${parts.join(', ')} }`;
}

/** Source of the package entry point: re-exports every catalog module and the parser. */
export function indexModuleSource(provider: ProviderModel, header: string): string {
  return sourceFileText((w) => {
    // No blank line after the notice: the compiler drops it, and this file must compile to itself.
    w.write(header);
    // Double quotes, as in every module errcat generates.
    for (const catalog of provider.catalogs) w.writeLine(`export * from ${stringLiteral(`./${catalog.id}.js`)};`);
    w.writeLine(`export * from ${stringLiteral('./parse.js')};`);
  });
}

import type { CatalogModel, ProviderModel, WireShapeModel } from '../../model/model.ts';
import { stringLiteral } from './safe-text.ts';
import { templatedSource, type Slots, type TemplatedSource } from './module-template.ts';
import { sourceFileText } from './source-text.ts';

/**
 * The parser that turns the provider's raw error responses (its documented
 * wire shapes) into typed errors, as source and template. The module is data:
 * the shapes in the documented order and, per shape, the catalogs matched on
 * it (an exact documented message first, then the code), read by the core's
 * `parseErrors`, which never throws. Results are typed with the provider's
 * own entry union, so `key` and `code` switch exhaustively.
 */
export function parseModule(provider: ProviderModel, core: string, header: string): TemplatedSource {
  return templatedSource((slots) => parseModuleText(provider, core, header, slots));
}

function parseModuleText(provider: ProviderModel, core: string, header: string, slots: Slots): string {
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
  const name = provider.name;
  const entry = slots.name(s.entry);
  const error = slots.name(s.error);
  const wire = slots.name(s.wire);
  const parse = slots.name(s.parse);
  const parseAll = slots.name(s.parseAll);
  return sourceFileText((w) => {
    w.write(slots.header(header)).blankLine();
    const coreImports = ['parseError', 'parseErrors', 'type ParseOptions', 'type ParserSpec', 'type ProviderError', 'type ProviderErrors'];
    w.writeLine(`import { ${coreImports.join(', ')} } from ${slots.literal(core)};`);
    for (const catalog of used) {
      w.writeLine(`import { ${slots.name(lookupOf(catalog))}, type ${slots.name(catalog.symbols.entryType)} } from ${slots.literal(`./${catalog.id}.js`)};`);
    }
    w.blankLine();
    w.writeLine(slots.doc([`Any entry a ${name} error response can be matched to.`]));
    w.writeLine(`export type ${entry} = ${used.map((c) => slots.name(c.symbols.entryType)).join(' | ') || 'never'};`).blankLine();
    w.writeLine(slots.doc([`A parsed ${name} error: when \`known\`, its \`key\` and \`code\` are ${name}'s own unions, so a \`switch\` over them can be exhaustive.`]));
    w.writeLine(`export type ${error} = ProviderError<${entry}>;`).blankLine();
    w.writeLine(
      slots.doc([
        `How ${name}'s error responses look: its documented shapes, tried in this order, and the catalogs matched on each.`,
        '',
        ...provider.wire.shapes.map((shape) => `- \`${shape.id}\`: ${shape.summary ?? 'the documented error body'}`),
      ]),
    );
    w.write(`export const ${wire}: ParserSpec<${entry}> = `).inlineBlock(() => {
      w.writeLine(`provider: ${slots.literal(provider.id)},`);
      w.writeLine('shapes: [');
      if (provider.wire.shapes.length > 0) w.indent(() => w.writeLine(`${slots.lines(provider.wire.shapes.map(shapeLiteral))},`));
      w.writeLine('],');
      w.writeLine('matchers: [');
      const matcherLines = matchers.map((m) => {
        const pointer = m.pointer === undefined ? '' : `, pointer: ${stringLiteral(m.pointer)}`;
        return `{ shape: ${stringLiteral(m.shape.id)}, field: ${stringLiteral(m.field)}${pointer}, lookup: ${lookupOf(m.catalog)} }`;
      });
      if (matcherLines.length > 0) w.indent(() => w.writeLine(`${slots.lines(matcherLines)},`));
      w.writeLine('],');
      if (statusCatalogs.length > 0) w.writeLine(`statusLookups: [${statusCatalogs.map((c) => slots.name(lookupOf(c))).join(', ')}],`);
    });
    w.write(';').newLine().blankLine();
    w.writeLine(
      slots.doc([
        `Parses a raw ${name} error response (its body as an object or as text) into a typed error: the first, for a body with several.`,
        '',
        'Never throws, whatever the body and the options are: a body no catalog documents, or one it cannot read, gives `known: false`.',
      ]),
    );
    w.write(`export function ${parse}(raw: unknown, options?: ParseOptions): ${error}`).block(() => {
      w.writeLine(`return parseError(${wire}, raw, options);`);
    });
    w.blankLine();
    w.writeLine(slots.doc([`Every error of a raw ${name} error response: one per item where the errors sit in a list, else one. Never throws.`]));
    w.write(`export function ${parseAll}(raw: unknown, options?: ParseOptions): readonly [${error}, ...${error}[]]`).block(() => {
      w.writeLine(`return parseErrors(${wire}, raw, options);`);
    });
    w.blankLine();
    w.writeLine(slots.doc([`${name}, for \`normalize()\`, \`fromResponse()\` and the other functions of the core package.`]));
    w.write(`export const ${slots.name(s.handle)}: ProviderErrors<${entry}> = `).inlineBlock(() => {
      w.writeLine(`id: ${slots.literal(provider.id)},`);
      w.writeLine(`name: ${slots.literal(provider.name)},`);
      w.writeLine(`packageName: ${slots.literal(provider.packageName)},`);
      w.writeLine(`parse: ${parse},`);
      w.writeLine(`parseAll: ${parseAll},`);
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

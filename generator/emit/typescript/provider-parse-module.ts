import type { CatalogModel, ProviderModel } from '../../model/model.ts';
import { docComment, stringLiteral } from './safe-text.ts';
import { sourceFileText } from './source-text.ts';

/**
 * Source of the parser that turns the provider's raw error body (its
 * documented wire format) into a typed error. Matching order, most specific
 * first: an exact documented message, then the code, then the HTTP status.
 * Anything unexpected becomes an "unknown" error; it never throws (the core's
 * readers take own data properties only, inside try/catch).
 */
export function parseModuleSource(provider: ProviderModel, core: string, header: string): string {
  const s = provider.symbols;
  const wire = provider.wire;
  const byKind = (kind: CatalogModel['kind']) => provider.catalogs.filter((c) => c.kind === kind);
  const messageCatalogs = wire.message ? byKind('error-message') : [];
  const codeCatalogs = wire.code ? byKind('error-code') : [];
  const statusCatalogs = byKind('http-status');
  const lookups = [
    ...messageCatalogs.map((c) => ({ catalog: c, call: `${c.symbols.lookupMessage}(message)` })),
    ...codeCatalogs.map((c) => ({ catalog: c, call: `${c.symbols.lookup}(code)` })),
    ...statusCatalogs.map((c) => ({ catalog: c, call: `${c.symbols.lookup}(httpStatus)` })),
  ];
  const pointer = (field: { pointer: string } | undefined) => (field ? stringLiteral(field.pointer) : undefined);
  return sourceFileText(`${provider.id}/src/parse.ts`, (w) => {
    w.write(header).blankLine();
    const coreImports = ['bodyOf', 'codeAt', 'httpStatusOf', 'knownError', 'retryAfterOf', 'stringAt', 'stringsAt', 'unknownError', 'type ParseOptions', 'type ProviderError', 'type ProviderErrors', 'type WireFields'];
    w.writeLine(`import { ${coreImports.join(', ')} } from ${stringLiteral(core)};`);
    for (const { catalog, call } of lookups) {
      const name = call.slice(0, call.indexOf('('));
      w.writeLine(`import { ${name} } from './${catalog.id}.js';`);
    }
    w.blankLine();
    w.writeLine(
      docComment([
        `Parses a raw ${provider.name} error response (its body as an object or as JSON text) into a typed error.`,
        '',
        `Matching order: ${lookups.map((l) => `${l.catalog.name} (${l.catalog.kind})`).join(', then ') || 'none (no catalog can be matched)'}.`,
        'Never throws, whatever the body and the options are: a body no catalog documents, or one it cannot read, gives `known: false` with category `unknown`.',
      ]),
    );
    w.write(`export function ${s.parse}(raw: unknown, options?: ParseOptions): ProviderError`).block(() => {
      w.writeLine('const body = bodyOf(raw);');
      // Options are read like the body: a JavaScript caller may pass null, a Proxy or a getter.
      w.writeLine('const httpStatus = httpStatusOf(options);');
      w.writeLine(`const code = ${wire.code ? `codeAt(body, ${pointer(wire.code)})` : 'undefined'};`);
      // A plain-text body (not JSON) is the message itself.
      w.writeLine(`const message = ${wire.message ? `stringAt(body, ${pointer(wire.message)}) ?? (typeof body === 'string' ? body : undefined)` : "typeof body === 'string' ? body : undefined"};`);
      w.writeLine(`const type: string | undefined = ${wire.type ? `stringAt(body, ${pointer(wire.type)})` : 'undefined'};`);
      w.writeLine(`const details: readonly string[] = ${wire.details ? `stringsAt(body, ${pointer(wire.details)})` : '[]'};`);
      w.writeLine(`const fields: WireFields = { provider: ${stringLiteral(provider.id)}, code, message, type, details, httpStatus, retryAfter: retryAfterOf(options), raw };`);
      w.writeLine(`const entry = ${lookups.map((l) => l.call).join(' ?? ') || 'undefined'};`);
      w.writeLine('return entry ? knownError(fields, entry) : unknownError(fields);');
    });
    w.blankLine();
    w.writeLine(docComment([`${provider.name}, for \`normalize()\` of the core package.`]));
    w.write(`export const ${s.handle}: ProviderErrors = `).inlineBlock(() => {
      w.writeLine(`id: ${stringLiteral(provider.id)},`);
      w.writeLine(`name: ${stringLiteral(provider.name)},`);
      w.writeLine(`packageName: ${stringLiteral(provider.packageName)},`);
      w.writeLine(`parse: ${s.parse},`);
    });
    w.write(';').newLine();
  });
}

/** Source of the package entry point: re-exports every catalog module and the parser. */
export function indexModuleSource(provider: ProviderModel, header: string): string {
  return sourceFileText(`${provider.id}/src/index.ts`, (w) => {
    // No blank line after the notice: the compiler drops it, and this file must compile to itself.
    w.write(header);
    for (const catalog of provider.catalogs) w.writeLine(`export * from './${catalog.id}.js';`);
    w.writeLine(`export * from './parse.js';`);
  });
}

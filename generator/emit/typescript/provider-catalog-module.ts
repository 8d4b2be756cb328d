import type { CodeBlockWriter } from 'ts-morph';
import type { CatalogModel, EntryModel, ProviderModel } from '../../model/model.ts';
import { categoryMember } from '../../vocabulary/names.ts';
import type { CatalogSymbolNames } from '../../vocabulary/symbol-names.ts';
import { compileModule } from './compile-module.ts';
import { docComment, stringLiteral, type DocTag } from './safe-text.ts';
import { sourceFileText } from './source-text.ts';

/** The three files of a module: TypeScript source, compiled JavaScript and declarations. */
export interface ModuleFiles {
  ts: string;
  js: string;
  dts: string;
}

// Stand-ins for the repeated parts while the compiler works on a skeleton. Lower-case, so no key can clash.
const MEMBERS = 'errcat$members';
const ENTRIES = 'errcat$entries';

/**
 * One catalog's module: the enum (numeric or string as the catalog says, keys
 * as members), every entry, lookup maps by code, key and message, a type guard
 * and a lookup that takes what the wire carries.
 *
 * Large catalogs are the reason for its shape. The TypeScript printer costs
 * about 0.2 ms per entry, so the compiler transpiles a skeleton (one stand-in
 * member, one stand-in entry) and the repeated lines are spliced into its
 * output in the printer's format. The TypeScript source is errcat's own text;
 * the JavaScript and declarations are the printer's, so the splice depends on
 * how a TypeScript release prints an enum and an array. Rather than pin the
 * compiler (errcat is installed beside other tools that share it), the splice
 * checks that the printer wrote each stand-in exactly as expected, and when it
 * did not, the whole module is compiled instead: slower, never wrong. A test
 * proves the spliced result byte-identical to the whole compilation.
 */
export function catalogModuleFiles(provider: ProviderModel, catalog: CatalogModel, core: string, header: string): ModuleFiles {
  const hasCodes = catalog.kind !== 'error-message';
  const stringValues = !hasCodes || catalog.codeType === 'string';
  const enumName = catalog.enumName;
  const path = `${provider.id}/src/${catalog.id}.ts`;
  const skeleton = catalogModuleSource(provider, catalog, core, header, stringValues);
  const docs = catalog.entries.map((e) => docComment(memberDoc(e), deprecationTags(e)));
  const values = catalog.entries.map((e) => memberValue(e, hasCodes));
  const literals = catalog.entries.map((e) => entryLiteral(provider, catalog, e, hasCodes));
  const indented = (doc: string, pad: string) => pad + doc.replaceAll('\n', '\n' + pad);

  const tsMembers = catalog.entries.map((e, i) => `${indented(docs[i]!, '  ')}\n  ${e.key} = ${values[i]},`);
  const jsMembers = catalog.entries.map((e, i) => {
    const assign = stringValues
      ? `${enumName}["${e.key}"] = ${values[i]};`
      : `${enumName}[${enumName}["${e.key}"] = ${values[i]}] = "${e.key}";`;
    return `    ${assign}`; // no JSDoc: dist/*.js is compiled without comments (compile-module.ts)
  });
  const dtsMembers = catalog.entries.map(
    (e, i) => `${indented(docs[i]!, '    ')}\n    ${e.key} = ${values[i]}${i === catalog.entries.length - 1 ? '' : ','}`,
  );
  const placeholder = stringValues ? '""' : '0';
  const jsPlaceholder = stringValues
    ? `    ${enumName}["${MEMBERS}"] = ${placeholder};`
    : `    ${enumName}[${enumName}["${MEMBERS}"] = ${placeholder}] = "${MEMBERS}";`;
  // The printer writes an empty array as `[]` on one line.
  const entriesIn = (text: string | undefined, pad: string) =>
    text === undefined
      ? undefined
      : literals.length === 0
        ? spliceText(text, `[\n${pad}${ENTRIES},\n]`, '[]')
        : splice(text, `${pad}${ENTRIES},`, literals.map((l) => `${pad}${l},`));
  const ts = entriesIn(splice(skeleton, `  ${MEMBERS} = ${placeholder},`, tsMembers), '  ');
  if (ts === undefined) throw new Error(`errcat: the skeleton of ${path} lost its stand-ins`); // errcat's own text: a bug, not a release
  const compiled = compileModule(path, skeleton);
  const js = entriesIn(splice(compiled.js, jsPlaceholder, jsMembers), '    ');
  const dts = splice(compiled.dts, `    ${MEMBERS} = ${placeholder}`, dtsMembers);
  return js !== undefined && dts !== undefined ? { ts, js, dts } : { ts, ...compileModule(path, ts) };
}

/** Replaces the one line that is exactly `line` with `lines` (or removes it); undefined when the line is not there exactly once. */
function splice(text: string, line: string, lines: readonly string[]): string | undefined {
  return spliceText(text, `\n${line}\n`, lines.length === 0 ? '\n' : `\n${lines.join('\n')}\n`);
}

/** Replaces the one occurrence of `stand` in `text`; undefined when there is not exactly one (a printer that writes it otherwise). */
function spliceText(text: string, stand: string, replacement: string): string | undefined {
  const parts = text.split(stand);
  return parts.length === 2 ? parts[0] + replacement + parts[1] : undefined;
}

/** The module's TypeScript source with one stand-in member and one stand-in entry. */
function catalogModuleSource(provider: ProviderModel, catalog: CatalogModel, core: string, header: string, stringValues: boolean): string {
  const n = catalog.symbols;
  const hasCodes = catalog.kind !== 'error-message';
  const integer = catalog.codeType === 'integer';
  const codeType = hasCodes ? n.enumName : 'null';
  return sourceFileText(`${provider.id}/src/${catalog.id}.ts`, (w) => {
    w.write(header).blankLine();
    const imports = ['Category', ...(hasCodes ? [integer ? 'integerCodeOf' : 'stringCodeOf'] : []), 'type ErrorEntry'];
    w.writeLine(`import { ${imports.join(', ')} } from ${stringLiteral(core)};`);
    w.blankLine();
    w.writeLine(
      docComment([
        `${catalog.name} — ${provider.name}.`,
        ...(catalog.description ? ['', catalog.description] : []),
        '',
        hasCodes
          ? `Members are the catalog's keys; values are the documented ${integer ? 'integer' : 'string'} codes.`
          : 'Message-only errors: members are the catalog keys; the documented text is in the entries.',
      ]),
    );
    w.write(`export enum ${n.enumName}`).block(() => {
      w.writeLine(`${MEMBERS} = ${stringValues ? '""' : '0'},`);
    });
    w.blankLine();
    w.writeLine(docComment(['Key of an entry: the name of its enum member.']));
    w.writeLine(`export type ${n.keyType} = keyof typeof ${n.enumName};`).blankLine();
    w.writeLine(docComment([`An entry of ${catalog.name}.`]));
    w.writeLine(`export type ${n.entryType} = ErrorEntry<${codeType}, ${n.keyType}>;`).blankLine();

    w.writeLine(docComment([`Every entry of ${catalog.name}, sorted by ${hasCodes ? 'code' : 'key'}.`]));
    w.write(`export const ${n.entries}: readonly ${n.entryType}[] = [`).newLine();
    w.indent(() => w.writeLine(`${ENTRIES},`));
    w.writeLine('];').blankLine();

    w.writeLine(docComment(['Entry by key.']));
    w.writeLine(`export const ${n.byKey}: ReadonlyMap<${n.keyType}, ${n.entryType}> = new Map(${n.entries}.map((e) => [e.key, e]));`);
    w.blankLine();
    if (hasCodes) writeCodeLookups(w, catalog, n, integer);
    else writeMessageLookups(w, n);
  });
}

function memberValue(entry: EntryModel, hasCodes: boolean): string {
  if (!hasCodes) return stringLiteral(entry.key);
  return typeof entry.code === 'number' ? String(entry.code) : stringLiteral(String(entry.code));
}

function memberDoc(entry: EntryModel): string[] {
  const lines = [
    // ASCII punctuation only: one non-Latin-1 character makes the whole joined output a two-byte string.
    `${entry.code === undefined ? '' : `\`${String(entry.code)}\`: `}${entry.text}`,
    '',
    `Category: ${entry.category}; ${entry.retryable ? 'retryable' : 'not retryable'}; ${entry.resendable ? 'safe to resend' : 'not safe to resend without an idempotency key'}. Section: ${entry.section.title}.`,
  ];
  if (entry.summary) lines.push(`Summary: ${entry.summary}`);
  if (entry.type) lines.push(`Provider type: ${entry.type}.`);
  return lines;
}

function deprecationText(entry: EntryModel): string {
  const d = entry.deprecated ?? {};
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  return [d.since ? `Since ${d.since}` : '', d.reason ?? '', d.replacedBy ? `Use ${d.replacedBy}` : '']
    .filter(Boolean)
    .map(sentence)
    .join(' ');
}

function deprecationTags(entry: EntryModel): DocTag[] {
  return entry.deprecated ? [{ tag: 'deprecated', text: deprecationText(entry) }] : [];
}

/** An entry as a one-line object literal (one line, so that the compiler prints it unchanged). */
function entryLiteral(provider: ProviderModel, catalog: CatalogModel, entry: EntryModel, hasCodes: boolean): string {
  const fields = [
    `provider: ${stringLiteral(provider.id)}`,
    `catalog: ${stringLiteral(catalog.id)}`,
    `key: ${stringLiteral(entry.key)}`,
    `code: ${hasCodes ? `${catalog.enumName}.${entry.key}` : 'null'}`,
    `text: ${stringLiteral(entry.text)}`,
    `section: ${stringLiteral(entry.section.title)}`,
    `category: Category.${categoryMember(entry.category)}`,
    `retryable: ${entry.retryable}`,
    `resendable: ${entry.resendable}`,
  ];
  if (entry.httpStatus !== undefined) fields.push(`httpStatus: ${entry.httpStatus}`);
  if (entry.type !== undefined) fields.push(`type: ${stringLiteral(entry.type)}`);
  fields.push(`language: ${stringLiteral(entry.language)}`);
  if (entry.summary !== undefined) fields.push(`summary: ${stringLiteral(entry.summary)}`);
  if (entry.translations.length > 0) {
    fields.push(`translations: { ${entry.translations.map((t) => `${stringLiteral(t.language)}: ${stringLiteral(t.text)}`).join(', ')} }`);
  }
  if (entry.notes !== undefined) fields.push(`notes: ${stringLiteral(entry.notes)}`);
  if (entry.causes.length > 0) fields.push(`causes: [${entry.causes.map(stringLiteral).join(', ')}]`);
  if (entry.solutions.length > 0) fields.push(`solutions: [${entry.solutions.map(stringLiteral).join(', ')}]`);
  if (entry.documentation !== undefined) fields.push(`documentation: ${stringLiteral(entry.documentation)}`);
  if (entry.deprecated !== undefined) fields.push('deprecated: true');
  fields.push(`reference: ${stringLiteral(`${provider.id}/README.md#${entry.anchor}`)}`);
  return `{ ${fields.join(', ')} }`;
}

function writeCodeLookups(w: CodeBlockWriter, catalog: CatalogModel, n: CatalogSymbolNames, integer: boolean): void {
  const codeOf = integer ? 'integerCodeOf' : 'stringCodeOf';
  const primitive = integer ? 'number' : 'string';
  w.writeLine(docComment(['Entry by code.']));
  w.writeLine(`export const ${n.byCode}: ReadonlyMap<${n.enumName}, ${n.entryType}> = new Map(${n.entries}.map((e) => [e.code, e]));`);
  w.blankLine();
  w.writeLine(docComment(['Code by key.']));
  w.writeLine(`export const ${n.codeByKey}: ReadonlyMap<${n.keyType}, ${n.enumName}> = new Map(${n.entries}.map((e) => [e.key, e.code]));`);
  w.blankLine();
  w.writeLine(docComment(['Code ranges the provider reserves (documented, with no entry).']));
  w.write(`export const ${n.reserved}: readonly { readonly from: number; readonly to: number; readonly text: string }[] = [`);
  if (catalog.reserved.length === 0) w.write('];').newLine();
  else {
    w.newLine();
    w.indent(() => {
      for (const r of catalog.reserved) w.writeLine(`{ from: ${r.from}, to: ${r.to}, text: ${stringLiteral(r.text)} },`);
    });
    w.writeLine('];');
  }
  w.blankLine();
  w.writeLine(docComment([`Whether a value is a documented code of this catalog (a ${primitive}, as the enum holds it).`]));
  w.write(`export function ${n.guard}(value: unknown): value is ${n.enumName}`).block(() => {
    // Widened, not `value as Enum`: a string enum with no member yet is not comparable to string.
    w.writeLine(`return typeof value === '${primitive}' && (${n.byCode} as ReadonlyMap<unknown, ${n.entryType}>).has(value);`);
  });
  w.blankLine();
  w.writeLine(docComment([`The entry for a code as the wire carries it (\`"40"\` as well as \`40\`), or undefined.`]));
  w.write(`export function ${n.lookup}(wire: unknown): ${n.entryType} | undefined`).block(() => {
    w.writeLine(`const code = ${codeOf}(wire);`);
    w.writeLine(`return code === undefined ? undefined : (${n.byCode} as ReadonlyMap<unknown, ${n.entryType}>).get(code);`);
  });
}

function writeMessageLookups(w: CodeBlockWriter, n: CatalogSymbolNames): void {
  w.writeLine(docComment(['Entries by documented text; a text documented in several sections maps to all of them (they share a meaning).']));
  w.write(`export const ${n.byMessage}: ReadonlyMap<string, readonly ${n.entryType}[]> = `);
  w.write(`${n.entries}.reduce((map, e) => map.set(e.text, [...(map.get(e.text) ?? []), e]), new Map<string, ${n.entryType}[]>());`).newLine();
  w.blankLine();
  w.writeLine(docComment(['Whether a value is a key of this catalog.']));
  w.write(`export function ${n.guard}(value: unknown): value is ${n.enumName}`).block(() => {
    w.writeLine(`return typeof value === 'string' && ${n.byKey}.has(value as ${n.keyType});`);
  });
  w.blankLine();
  w.writeLine(docComment(['The first entry whose documented text is exactly this message, or undefined.']));
  w.write(`export function ${n.lookupMessage}(message: unknown): ${n.entryType} | undefined`).block(() => {
    w.writeLine(`return typeof message === 'string' ? ${n.byMessage}.get(message)?.[0] : undefined;`);
  });
}

import type CodeBlockWriter from 'code-block-writer';
import type { CatalogModel, EntryModel, EnumStyle, ProviderModel } from '../../model/model.ts';
import { MODULE_TARGETS, type ModuleTarget } from '../../vocabulary/module-targets.ts';
import type { CatalogSymbolNames } from '../../vocabulary/symbol-names.ts';
import { compileModule } from './compile-module.ts';
import { compiledTemplate } from './compiled-template.ts';
import { templatedSource, type Slots, type TemplatedSource } from './module-template.ts';
import { docCommentLines, stringLiteral, type DocTag } from './safe-text.ts';
import { sourceFileText } from './source-text.ts';
import { EncodedLines, encodedPieces, partsAround } from '../encoded-lines.ts';
import { textOf, type EncodedText } from '../generated-file.ts';

/** The three files of a module: TypeScript source, compiled JavaScript and declarations (the `targets`, see `module-targets.ts`). */
export type ModuleFiles = Record<ModuleTarget, string>;

// Stand-ins for the repeated parts while the compiler works on a skeleton. Lower-case, so no key can clash.
const MEMBERS = 'errcat$members';
const ENTRIES = 'errcat$entries';
// Module-local names (never exported). Catalog names all start with the provider's name, and keys are upper case: neither can take these.
const LOCAL_MEMBERS = 'members';
const LOCAL_ALIASES = 'previousKeys';

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
export function catalogModuleFiles(provider: ProviderModel, catalog: CatalogModel, core: string, header: string, style: EnumStyle): ModuleFiles {
  const texts = new Map([...catalogModuleBytes(provider, catalog, core, header, style)].map(([kind, bytes]) => [kind, textOf(bytes)]));
  return { ts: texts.get('ts')!, js: texts.get('js')!, dts: texts.get('dts')! };
}

/** Every file of a module, as the default targets make them. */
const ALL_KINDS: ReadonlySet<ModuleTarget> = new Set(MODULE_TARGETS);

/**
 * The files of a catalog's module (see `catalogModuleFiles`) of the `kinds`
 * wanted (default all three, in the order ts, js, dts) as UTF-8 bytes, each
 * given out before the next is assembled; what is not wanted is not made.
 * The repeated lines are encoded a block at a time, so a 100,000-entry
 * catalog's module is never one large text in memory: joined text with one
 * character beyond Latin-1 (the doc comment's dash, any Polish text) takes
 * two bytes a character, and would be copied whole to be encoded.
 */
export function* catalogModuleBytes(
  provider: ProviderModel,
  catalog: CatalogModel,
  core: string,
  header: string,
  style: EnumStyle,
  kinds: ReadonlySet<ModuleTarget> = ALL_KINDS,
): Generator<[ModuleTarget, EncodedText]> {
  const hasCodes = catalog.kind !== 'error-message';
  const stringValues = !hasCodes || catalog.codeType === 'string';
  const path = `${provider.id}/src/${catalog.id}.ts`;
  const templated = catalogModuleSkeleton(provider, catalog, core, header, style);
  const skeleton = templated.source;
  const members = catalogMembers(catalog, hasCodes);
  const wantsCompiled = kinds.has('js') || kinds.has('dts');
  // A value the printer writes anew (see `printedAsWritten`): the skeleton's compiled text is of no use, the whole module is compiled.
  const compiled = !wantsCompiled || (stringValues && !members.every((m) => printedAsWritten(m.value))) ? undefined : compiledTemplate(path, templated);
  const lines = memberLines(catalog.enumName, style, stringValues);
  const placeholder = { name: MEMBERS, value: stringValues ? '""' : '0' };

  // Where the repeated lines go, in each file: the stand-in line, or, when there are none, how the printer writes an empty
  // array (`[]`) or object literal (`{}`; an empty enum keeps its braces apart).
  const entriesAt = (pad: string) => (catalog.entries.length === 0 ? { stand: `[\n${pad}${ENTRIES},\n]`, empty: '[]' } : { stand: `\n${pad}${ENTRIES},\n` });
  const membersAt = (pad: string, stand: string) => (members.length === 0 && style === 'const' ? { stand: `{\n${pad}${stand}\n}`, empty: '{}' } : { stand: `\n${pad}${stand}\n` });
  const ts = holesOf(skeleton, [membersAt('  ', lines.ts(placeholder)), entriesAt('  ')]);
  if (ts === undefined) throw new Error(`errcat: the skeleton of ${path} lost its stand-ins`); // errcat's own text: a bug, not a release
  const js = compiled && holesOf(compiled.js, [membersAt('    ', lines.js(placeholder)), entriesAt('    ')]);
  const dts = compiled && holesOf(compiled.dts, [membersAt('    ', lines.dts(placeholder, true))]);
  // The printer wrote a stand-in otherwise (another TypeScript release), or writes a member's value anew: the whole module is compiled, slower and never wrong.
  const compilesWhole = wantsCompiled && (js === undefined || dts === undefined);
  const makesTs = kinds.has('ts') || compilesWhole;
  const makesJs = kinds.has('js') && !compilesWhole;

  // One pass over the entries for both files: the JavaScript of a literal is its TypeScript without the type assertions.
  const tsEntries = new EncodedLines();
  const jsEntries = new EncodedLines();
  const literalOf = entryLiterals(provider, catalog, hasCodes, style);
  for (const entry of makesTs || makesJs ? catalog.entries : []) {
    const literal = literalOf(entry);
    if (makesTs) tsEntries.add(`  ${literal.ts},`);
    if (makesJs) jsEntries.add(`    ${literal.js},`);
  }
  const tsMembers = new EncodedLines();
  for (const m of makesTs ? members : []) tsMembers.add(`${m.doc}\n  ${lines.ts(m)}`);
  const source = makesTs ? ts.fill([tsMembers, tsEntries]) : undefined;
  if (kinds.has('ts')) yield ['ts', source!];
  if (compilesWhole) {
    const whole = compileModule(path, textOf(source!));
    if (kinds.has('js')) yield ['js', [Buffer.from(whole.js, 'utf8')]];
    if (kinds.has('dts')) yield ['dts', [Buffer.from(whole.dts, 'utf8')]];
    return;
  }
  if (makesJs) {
    const jsMembers = new EncodedLines();
    for (const m of members) jsMembers.add(`    ${lines.js(m)}`); // no JSDoc: dist/*.js is compiled without comments (compile-module.ts)
    yield ['js', js!.fill([jsMembers, jsEntries])];
  }
  if (kinds.has('dts')) {
    const dtsMembers = new EncodedLines();
    // Two spaces deeper than in src/: one more indent on each line of the doc as src/ has it.
    for (const [i, m] of members.entries()) dtsMembers.add(`  ${m.doc.replaceAll('\n', '\n  ')}\n    ${lines.dts(m, i === members.length - 1)}`);
    yield ['dts', dts!.fill([dtsMembers])];
  }
}

/**
 * Whether the printer writes a string member's value as the splice does. It
 * prints a string enum's values, and the declared types of a `const`
 * catalog's, anew from the value, escaping in its own way whatever is not printable
 * ASCII (`é` as `\u00E9`, a tab as `\t`); a code with such a character is
 * rare, and its module is compiled whole rather than copy that format.
 */
function printedAsWritten(value: string): boolean {
  return PRINTABLE_ASCII.test(value);
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** One hole of a text: the stand-in it replaces, and what replaces it when no line goes in, if not a line feed. */
interface Hole {
  stand: string;
  empty?: string;
}

/**
 * A text with holes, each a stand-in found exactly once, in order, to be
 * filled with lines (`fill`); `undefined` when a stand-in is not there
 * exactly once (a printer that writes it otherwise). A stand-in
 * `\n<line>\n` is replaced by the lines between line feeds, or by one line
 * feed when there are none; one with `empty` is used only when there are none.
 */
function holesOf(text: string, holes: readonly Hole[]): { fill: (lines: readonly EncodedLines[]) => EncodedText } | undefined {
  const parts = partsAround(text, holes.map((hole) => hole.stand));
  if (parts === undefined) return undefined;
  return {
    fill: (lines) =>
      encodedPieces(
        holes.flatMap((hole, i) => {
          const filled = lines[i]!;
          const hollow = hole.empty !== undefined ? [hole.empty] : ['\n', ...filled.encoded(), ...(filled.empty ? [] : ['\n'])];
          return [parts[i]!, ...hollow];
        }).concat(parts[holes.length]!),
      ),
  };
}

/**
 * One declared name of a catalog: an entry's key, or a deprecated alias of
 * it, with its doc comment indented as in `src/` (made once: one text a
 * member, where a list of its lines held some 30 MB more at 100,000 entries).
 */
interface Member {
  name: string;
  value: string;
  doc: string;
}

/**
 * Every name the catalog declares, in entry order: each entry's deprecated
 * aliases (its previous keys, while the package keeps them), then its key.
 * Aliases come first so that a numeric enum's reverse mapping (`E[401]`)
 * names the current key, which is assigned last.
 */
function catalogMembers(catalog: CatalogModel, hasCodes: boolean): Member[] {
  const members: Member[] = [];
  for (const e of catalog.entries) {
    const value = memberValue(e, hasCodes);
    for (const alias of e.aliases) members.push({ name: alias, value, doc: sourceDoc(docCommentLines(memberDoc(e), [aliasTag(e.key)])) });
    members.push({ name: e.key, value, doc: sourceDoc(docCommentLines(memberDoc(e), deprecationTags(e))) });
  }
  return members;
}

/** A doc comment's lines as a member's in `src/`: each indented two spaces. */
function sourceDoc(lines: readonly string[]): string {
  return `  ${lines.join('\n  ')}`;
}

/** How a member is written in each of the three files, for an enum or a `const` object (the printer's format in JavaScript and declarations). */
function memberLines(enumName: string, style: EnumStyle, stringValues: boolean) {
  if (style === 'const') {
    return {
      ts: (m: { name: string; value: string }) => `${m.name}: ${m.value},`,
      js: (m: { name: string; value: string }) => `${m.name}: ${m.value},`,
      dts: (m: { name: string; value: string }) => `readonly ${m.name}: ${m.value};`,
    };
  }
  return {
    ts: (m: { name: string; value: string }) => `${m.name} = ${m.value},`,
    js: (m: { name: string; value: string }) =>
      stringValues ? `${enumName}["${m.name}"] = ${m.value};` : `${enumName}[${enumName}["${m.name}"] = ${m.value}] = "${m.name}";`,
    dts: (m: { name: string; value: string }, last: boolean) => `${m.name} = ${m.value}${last ? '' : ','}`,
  };
}

/**
 * The module's TypeScript source with one stand-in member and one stand-in
 * entry, and its template: the skeleton that the compiler transpiles.
 */
function catalogModuleSkeleton(provider: ProviderModel, catalog: CatalogModel, core: string, header: string, style: EnumStyle): TemplatedSource {
  return templatedSource((slots) => skeletonText(provider, catalog, core, header, style, slots));
}

function skeletonText(provider: ProviderModel, catalog: CatalogModel, core: string, header: string, style: EnumStyle, slots: Slots): string {
  const n = namesIn(catalog.symbols, slots);
  const hasCodes = catalog.kind !== 'error-message';
  const integer = catalog.codeType === 'integer';
  const codeType = hasCodes ? n.enumName : 'null';
  const stand = `${MEMBERS}${style === 'const' ? ':' : ' ='} ${hasCodes && integer ? '0' : '""'},`;
  const title = catalog.name;
  return sourceFileText((w) => {
    w.write(slots.header(header)).blankLine();
    // Entries are literals (`"not_found" as Category`), so Category is a type here and the module imports nothing it need not run.
    const values = hasCodes ? [integer ? 'integerCodeOf' : 'stringCodeOf'] : [];
    const types = ['Category', 'ErrorEntry'];
    w.writeLine(
      values.length === 0
        ? `import type { ${types.join(', ')} } from ${slots.literal(core)};`
        : `import { ${[...values, ...types.map((t) => `type ${t}`)].join(', ')} } from ${slots.literal(core)};`,
    );
    w.blankLine();
    const doc = slots.doc([
      `${title} — ${provider.name}.`,
      ...(catalog.description ? ['', catalog.description] : []),
      '',
      hasCodes
        ? `Members are the catalog's keys; values are the documented ${integer ? 'integer' : 'string'} codes.`
        : 'Message-only errors: members are the catalog keys; the documented text is in the entries.',
    ]);
    if (style === 'const') {
      // Not exported: the object's type, which isolated declarations can read from the literal (a call's result they cannot).
      w.writeLine(`const ${LOCAL_MEMBERS} = {`);
      w.indent(() => w.writeLine(stand));
      w.writeLine('} as const;').blankLine();
      w.writeLine(doc);
      w.writeLine(`export const ${n.enumName}: typeof ${LOCAL_MEMBERS} = /* @__PURE__ */ Object.freeze(${LOCAL_MEMBERS});`).blankLine();
      w.writeLine(slots.doc([`A value of ${catalog.symbols.enumName}: a documented ${hasCodes ? 'code' : 'key'}.`]));
      w.writeLine(`export type ${n.enumName} = (typeof ${n.enumName})[keyof typeof ${n.enumName}];`);
    } else {
      w.writeLine(doc);
      w.write(`export enum ${n.enumName}`).block(() => w.writeLine(stand));
    }
    w.blankLine();
    w.writeLine(slots.doc([`Key of an entry: the name of its ${style === 'const' ? 'property' : 'enum member'} (deprecated aliases included).`]));
    w.writeLine(`export type ${n.keyType} = keyof typeof ${n.enumName};`).blankLine();
    w.writeLine(slots.doc([`An entry of ${title}.`]));
    w.writeLine(`export type ${n.entryType} = ErrorEntry<${codeType}, ${n.keyType}>;`).blankLine();

    w.writeLine(slots.doc([`Every entry of ${title}, sorted by ${hasCodes ? 'code' : 'key'}.`]));
    w.write(`export const ${n.entries}: readonly ${n.entryType}[] = [`).newLine();
    w.indent(() => w.writeLine(`${ENTRIES},`));
    w.writeLine('];').blankLine();

    const renamed = catalog.entries.filter((e) => e.aliases.length > 0);
    if (renamed.length > 0) {
      w.writeLine(slots.doc(['Deprecated aliases by current key: the keys entries had before (declared renames), which the lookups by key answer until the next major version.']));
      w.writeLine(`const ${LOCAL_ALIASES}: Readonly<Partial<Record<${n.keyType}, readonly ${n.keyType}[]>>> = {`);
      w.indent(() => w.writeLine(`${slots.lines(renamed.map((e) => `${e.key}: [${e.aliases.map(stringLiteral).join(', ')}]`))},`));
      w.writeLine('};').blankLine();
    }
    const byKey = (value: string) =>
      renamed.length === 0
        ? `/* @__PURE__ */ new Map(/* @__PURE__ */ ${n.entries}.map((e) => [e.key, ${value}]))`
        : `/* @__PURE__ */ new Map(/* @__PURE__ */ ${n.entries}.flatMap((e) => [e.key, ...(${LOCAL_ALIASES}[e.key] ?? [])].map((key) => [key, ${value}] as const)))`;
    w.writeLine(slots.doc([renamed.length === 0 ? 'Entry by key.' : 'Entry by key (deprecated aliases included).']));
    w.writeLine(`export const ${n.byKey}: ReadonlyMap<${n.keyType}, ${n.entryType}> = ${byKey('e')};`);
    w.blankLine();
    if (hasCodes) writeCodeLookups(w, catalog, n, integer, byKey('e.code'), slots);
    else writeMessageLookups(w, n, catalog.symbols.enumName, slots);
  });
}

/** A catalog's symbol names as written by `slots`: as they are, or as tokens. */
function namesIn(names: CatalogSymbolNames, slots: Slots): CatalogSymbolNames {
  return Object.fromEntries(Object.entries(names).map(([kind, name]) => [kind, slots.name(name)])) as unknown as CatalogSymbolNames;
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

/** The tag of a previous key kept as an alias: editors strike it through and name the key to use. */
function aliasTag(key: string): DocTag {
  return { tag: 'deprecated', text: `Renamed: use ${key}. This alias is kept until the next major version.` };
}

/**
 * How each entry is written as a one-line object literal (one line, so that
 * the compiler prints it unchanged), in TypeScript and in JavaScript. Every
 * value is a literal, never `Enum.X` or `Category.X`: a reference would keep
 * the enum in any bundle that keeps the entry. A string enum's value needs an
 * assertion (`"x" as Category`), which the compiler erases and so the
 * JavaScript lacks; a number is a numeric enum's member as it is, and a
 * `const` catalog's codes are their own type. Both texts are built from the
 * same escaped fields, once per entry (a large catalog's emit is mostly this);
 * what every entry of the catalog shares is escaped once.
 */
function entryLiterals(provider: ProviderModel, catalog: CatalogModel, hasCodes: boolean, style: EnumStyle): (entry: EntryModel) => { ts: string; js: string } {
  const opening = `{ provider: ${stringLiteral(provider.id)}, catalog: ${stringLiteral(catalog.id)}, key: `;
  // Texts many entries share (section titles, categories, languages) are escaped once.
  const shared = new Map<string, string>();
  const sharedLiteral = (text: string) => shared.get(text) ?? shared.set(text, stringLiteral(text)).get(text)!;
  return (entry) => {
    const code = hasCodes ? memberValue(entry, hasCodes) : 'null';
    const codeAssertion = style === 'enum' && typeof entry.code === 'string' ? ` as ${catalog.enumName}` : '';
    const head = `${opening}${stringLiteral(entry.key)}, code: ${code}`;
    const middle = `, text: ${stringLiteral(entry.text)}, section: ${sharedLiteral(entry.section.title)}, category: ${sharedLiteral(entry.category)}`;
    let tail = `, retryable: ${entry.retryable}, resendable: ${entry.resendable}`;
    if (entry.httpStatus !== undefined) tail += `, httpStatus: ${entry.httpStatus}`;
    if (entry.type !== undefined) tail += `, type: ${stringLiteral(entry.type)}`;
    tail += `, language: ${sharedLiteral(entry.language)}`;
    if (entry.summary !== undefined) tail += `, summary: ${stringLiteral(entry.summary)}`;
    if (entry.translations.length > 0) {
      tail += `, translations: { ${entry.translations.map((t) => `${stringLiteral(t.language)}: ${stringLiteral(t.text)}`).join(', ')} }`;
    }
    if (entry.notes !== undefined) tail += `, notes: ${stringLiteral(entry.notes)}`;
    if (entry.causes.length > 0) tail += `, causes: [${entry.causes.map(stringLiteral).join(', ')}]`;
    if (entry.solutions.length > 0) tail += `, solutions: [${entry.solutions.map(stringLiteral).join(', ')}]`;
    if (entry.documentation !== undefined) tail += `, documentation: ${stringLiteral(entry.documentation)}`;
    if (entry.deprecated !== undefined) tail += ', deprecated: true';
    tail += `, reference: ${stringLiteral(`${provider.id}/README.md#${entry.anchor}`)} }`;
    return { ts: `${head}${codeAssertion}${middle} as Category${tail}`, js: `${head}${middle}${tail}` };
  };
}

function writeCodeLookups(w: CodeBlockWriter, catalog: CatalogModel, n: CatalogSymbolNames, integer: boolean, codeByKey: string, slots: Slots): void {
  const codeOf = integer ? 'integerCodeOf' : 'stringCodeOf';
  const primitive = integer ? 'number' : 'string';
  w.writeLine(slots.doc(['Entry by code.']));
  w.writeLine(`export const ${n.byCode}: ReadonlyMap<${n.enumName}, ${n.entryType}> = /* @__PURE__ */ new Map(/* @__PURE__ */ ${n.entries}.map((e) => [e.code, e]));`);
  w.blankLine();
  w.writeLine(slots.doc(['Code by key.']));
  w.writeLine(`export const ${n.codeByKey}: ReadonlyMap<${n.keyType}, ${n.enumName}> = ${codeByKey};`);
  w.blankLine();
  w.writeLine(slots.doc(['Code ranges the provider reserves (documented, with no entry).']));
  w.write(`export const ${n.reserved}: readonly { readonly from: number; readonly to: number; readonly text: string }[] = [`);
  if (catalog.reserved.length === 0) w.write('];').newLine();
  else {
    w.newLine();
    w.indent(() => w.writeLine(`${slots.lines(catalog.reserved.map((r) => `{ from: ${r.from}, to: ${r.to}, text: ${stringLiteral(r.text)} }`))},`));
    w.writeLine('];');
  }
  w.blankLine();
  w.writeLine(slots.doc([`Whether a value is a documented code of this catalog (a ${primitive}, as the ${catalog.symbols.enumName} values are).`]));
  w.write(`export function ${n.guard}(value: unknown): value is ${n.enumName}`).block(() => {
    // Widened, not `value as Enum`: a string enum with no member yet is not comparable to string.
    w.writeLine(`return typeof value === ${stringLiteral(primitive)} && (${n.byCode} as ReadonlyMap<unknown, ${n.entryType}>).has(value);`);
  });
  w.blankLine();
  w.writeLine(slots.doc([`The entry for a code as the wire carries it (\`"40"\` as well as \`40\`), or undefined.`]));
  w.write(`export function ${n.lookup}(wire: unknown): ${n.entryType} | undefined`).block(() => {
    w.writeLine(`const code = ${codeOf}(wire);`);
    w.writeLine(`return code === undefined ? undefined : (${n.byCode} as ReadonlyMap<unknown, ${n.entryType}>).get(code);`);
  });
}

function writeMessageLookups(w: CodeBlockWriter, n: CatalogSymbolNames, enumName: string, slots: Slots): void {
  w.writeLine(slots.doc(['Entries by documented text; a text documented in several sections maps to all of them (they share a meaning).']));
  w.write(`export const ${n.byMessage}: ReadonlyMap<string, readonly ${n.entryType}[]> = /* @__PURE__ */ `);
  w.write(`${n.entries}.reduce((map, e) => map.set(e.text, [...(map.get(e.text) ?? []), e]), new Map<string, ${n.entryType}[]>());`).newLine();
  w.blankLine();
  w.writeLine(slots.doc([`Whether a value is a value of ${enumName}: the current key of an entry (not a deprecated alias).`]));
  w.write(`export function ${n.guard}(value: unknown): value is ${n.enumName}`).block(() => {
    w.writeLine(`return typeof value === "string" && ${n.byKey}.get(value as ${n.keyType})?.key === value;`);
  });
  w.blankLine();
  w.writeLine(slots.doc(['The first entry whose documented text is exactly this message, or undefined.']));
  w.write(`export function ${n.lookupMessage}(message: unknown): ${n.entryType} | undefined`).block(() => {
    w.writeLine(`return typeof message === "string" ? ${n.byMessage}.get(message)?.[0] : undefined;`);
  });
}

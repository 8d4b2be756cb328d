import { chainOf } from '../vocabulary/extends-chain.ts';
import { type SchemaValidCatalog } from '../validate/rules/rule.ts';
import type { Catalog, CatalogFile, Entry, Section } from '../types/catalog.ts';
import { compareCodes, compareText } from '../vocabulary/compare.ts';
import type { CatalogModel, EntryModel, EnumStyle, MatchModel, Model, ProviderModel, ProviderSummary, ReservedModel, SectionModel, WireModel, WireShapeModel } from './model.ts';
import { providerSummary } from './provider-summary.ts';
import { anchorOf, pascalCase } from '../vocabulary/names.ts';
import { catalogEnumName, catalogSymbolNames, providerSymbolNames } from '../vocabulary/symbol-names.ts';
import { INITIAL_VERSION } from '../vocabulary/initial-version.ts';
import { MODULE_TARGETS, orderedTargets, type ModuleTarget } from '../vocabulary/module-targets.ts';
import { RUNTIME_COMPATIBILITY } from '../vocabulary/runtime-compatibility.ts';
import { patternReads } from '../vocabulary/pattern-groups.ts';
import { runtimeDigest } from '../load/runtime-sources.ts';
import { defaultResendable, defaultRetryable, TAXONOMY } from '../vocabulary/taxonomy.ts';

/** The core package is made from the schema (its taxonomy), not from a catalog. */
const CORE_SOURCES: readonly string[] = ['errcat/schema/catalog.schema.json'];

/** Options that shape names in the model. */
export interface ModelOptions {
  /** npm scope of the generated packages (default `@errcat`). */
  scope: string;
  /** Name of the core package (default `<scope>/core`). */
  corePackage?: string;
  /** Depend on core through the `workspace:` protocol (pnpm, Yarn) rather than by version (npm). */
  workspaceProtocol?: boolean;
  /** `enum` (default) or `const`. */
  enumStyle?: EnumStyle;
  /** Which files of each module to make (default all: `ts`, `js`, `dts`); checked by the caller (`targetsProblem`). */
  targets?: readonly ModuleTarget[];
}

/** What the model knows of the output besides the catalogs it is built from. */
export interface OutputContext {
  /** Characters each provider's package holds, about (`estimateOutput`), for its summary; 0 when not given. */
  chars?: ReadonlyMap<string, number>;
  /** The providers a run keeps without loading their catalogs, as recorded (see `Model.summaries`). */
  aside?: readonly ProviderSummary[];
}

/**
 * Builds the model from validated catalogs: resolves `extends`, applies
 * defaults, derives every generated name and sorts providers, catalogs and
 * entries once, so that emitters only read.
 */
export function buildModel(catalogs: readonly SchemaValidCatalog[], options: ModelOptions, context: OutputContext = {}): Model {
  const byId = new Map(catalogs.map((c) => [c.file.provider.id, c]));
  const providers = catalogs
    .filter((c) => !c.loaded.contextOnly)
    .map((c) => providerModel(c, byId, options.scope))
    .sort((a, b) => compareText(a.id, b.id));
  const summaries = [...providers.map((p) => providerSummary(p, context.chars?.get(p.id) ?? 0)), ...(context.aside ?? [])].sort((a, b) => compareText(a.id, b.id));
  return {
    taxonomy: TAXONOMY,
    providers,
    summaries,
    scope: options.scope,
    corePackageName: options.corePackage ?? `${options.scope}/core`,
    sources: [...new Set(summaries.flatMap((p) => p.sources))].sort(compareText),
    coreSources: CORE_SOURCES,
    coreVersion: INITIAL_VERSION,
    workspaceProtocol: options.workspaceProtocol === true,
    enumStyle: options.enumStyle ?? 'enum',
    targets: orderedTargets(options.targets ?? MODULE_TARGETS),
    entryCount: providers.reduce((n, p) => n + p.entryCount, 0),
    runtime: { compatibility: RUNTIME_COMPATIBILITY, digest: runtimeDigest() },
  };
}

/** The npm package of a provider: `<scope>/<id>`. */
export function providerPackageName(scope: string, id: string): string {
  return `${scope}/${id}`;
}

function providerModel(
  own: SchemaValidCatalog,
  byId: ReadonlyMap<string, SchemaValidCatalog>,
  scope: string,
): ProviderModel {
  const chain = chainOf(own, byId);
  const files = chain.map((c) => c.file);
  const provider = own.file.provider;
  const language = files.find((f) => f.provider.language !== undefined)?.provider.language ?? 'en';
  const wire = files.find((f) => f.wire !== undefined)?.wire;
  const typeName = pascalCase(provider.id);
  // Ancestors' catalogs first, then the provider's own; inheritance forbids redefining an id.
  const rawCatalogs = files
    .slice()
    .reverse()
    .flatMap((f) => f.catalogs ?? [])
    .sort((a, b) => compareText(a.id, b.id));
  const resolvedWire = wireModel(wire);
  const catalogs = rawCatalogs.map((c) => catalogModel(c, catalogEnumName(typeName, c.id), language, resolvedWire.shapes));
  return {
    id: provider.id,
    name: provider.name,
    ...optional('documentation', provider.documentation),
    language,
    ...optional('description', provider.description),
    ...optional('notes', provider.notes),
    ...optional('extends', provider.extends),
    sources: chain.map((c) => c.loaded.source ?? c.loaded.file),
    packageName: providerPackageName(scope, provider.id),
    version: INITIAL_VERSION,
    typeName,
    symbols: providerSymbolNames(typeName),
    entryCount: catalogs.reduce((n, c) => n + c.entries.length, 0),
    wire: resolvedWire,
    // Validation has refused ids whose names would clash (validate/rules/generated-names.ts).
    catalogs,
  };
}

function wireModel(wire: CatalogFile['wire']): WireModel {
  const body = wire?.body ?? {};
  return {
    contentType: wire?.contentType ?? 'application/json',
    httpStatuses: (wire?.httpStatuses ?? [])
      .map((s) => ({ status: s.status, description: s.description, body: s.body ?? true }))
      .sort((a, b) => a.status - b.status),
    ...optional('code', body.code),
    ...optional('message', body.message),
    ...optional('type', body.type),
    ...optional('details', body.details),
    examples: body.examples ?? [],
    shapes: [
      { id: 'body', format: 'json', ...fieldsOf(body), examples: body.examples ?? [] },
      ...(wire?.shapes ?? []).map(
        (shape): WireShapeModel => ({
          id: shape.id,
          summary: shape.summary,
          format: shape.format,
          ...optional('items', shape.items),
          ...fieldsOf(shape),
          ...optional('pattern', shape.pattern),
          ...optional('source', shape.source),
          examples: shape.examples,
        }),
      ),
    ],
    ...optional('notes', wire?.notes),
  };
}

function fieldsOf(shape: Pick<WireShapeModel, 'code' | 'message' | 'type' | 'details'>): Pick<WireShapeModel, 'code' | 'message' | 'type' | 'details'> {
  return { ...optional('code', shape.code), ...optional('message', shape.message), ...optional('type', shape.type), ...optional('details', shape.details) };
}

/**
 * Where the parser matches a catalog's entries: as declared, else on every
 * shape that has the catalog's field (the code for `error-code`, the message
 * for `error-message`). A `text` shape is read through its pattern's group.
 */
function matchModel(catalog: Catalog, shapes: readonly WireShapeModel[]): MatchModel[] {
  if (catalog.kind !== 'error-code' && catalog.kind !== 'error-message') return [];
  const field = catalog.kind === 'error-code' ? 'code' : 'message';
  const fieldIn = (shape: WireShapeModel): MatchModel | undefined =>
    shape.format === 'text'
      ? patternReads(shape.pattern, field) ? { shape: shape.id } : undefined
      : shape[field] ? { shape: shape.id, pointer: shape[field].pointer } : undefined;
  if (catalog.match) {
    return catalog.match.map((target) => {
      const shape = shapes.find((s) => s.id === target.shape);
      return target.pointer !== undefined ? { shape: target.shape, pointer: target.pointer } : ((shape && fieldIn(shape)) ?? { shape: target.shape });
    });
  }
  return shapes.flatMap((shape) => fieldIn(shape) ?? []);
}

function catalogModel(catalog: Catalog, enumName: string, language: string, shapes: readonly WireShapeModel[]): CatalogModel {
  const compareEntries = (a: EntryModel, b: EntryModel) =>
    compareCodes(a.code, b.code) || compareText(a.key, b.key);
  const sections: SectionModel[] = catalog.sections.map((section) => sectionModel(catalog, section, language, compareEntries));
  return {
    id: catalog.id,
    name: catalog.name,
    ...optional('description', catalog.description),
    kind: catalog.kind,
    ...optional('codeType', catalog.kind === 'error-message' ? undefined : catalog.codeType),
    enumName,
    symbols: catalogSymbolNames(enumName),
    sections,
    entries: sections.flatMap((s) => s.entries).sort(compareEntries),
    reserved: sections.flatMap((s) => s.reserved).sort((a, b) => a.from - b.from),
    match: matchModel(catalog, shapes),
    ...optional('declaredMatch', catalog.match?.map((m) => ({ ...m }))),
  };
}

function sectionModel(
  catalog: Catalog,
  section: Section,
  language: string,
  compareEntries: (a: EntryModel, b: EntryModel) => number,
): SectionModel {
  const ref = { id: section.id, title: section.title };
  return {
    id: section.id,
    title: section.title,
    ...optional('description', section.description),
    entries: section.entries.map((e) => entryModel(catalog, ref, e, language)).sort(compareEntries),
    reserved: (section.reserved ?? [])
      .map((r): ReservedModel => ({ from: r.from, to: r.to, text: r.text, section: section.id }))
      .sort((a, b) => a.from - b.from),
  };
}

/**
 * The one empty list every entry without previous keys, translations, causes
 * or solutions shares: at 100,000 entries, five new empty arrays an entry
 * were 16 MB of the model. Frozen: nothing changes a model in place.
 */
const NONE: readonly never[] = Object.freeze([]);

function entryModel(catalog: Catalog, section: { id: string; title: string }, entry: Entry, language: string): EntryModel {
  const model: EntryModel = {
    key: entry.key,
    previousKeys: entry.previousKeys ?? NONE,
    aliases: entry.previousKeys ?? NONE,
    text: entry.text,
    category: entry.category,
    retryable: entry.retryable ?? defaultRetryable(entry.category),
    resendable: entry.resendable ?? defaultResendable(entry.category),
    language: entry.language ?? language,
    translations:
      entry.translations === undefined
        ? NONE
        : Object.entries(entry.translations)
            .filter((pair): pair is [string, string] => pair[1] !== undefined)
            .map(([lang, text]) => ({ language: lang, text }))
            .sort((a, b) => compareText(a.language, b.language)),
    causes: entry.causes ?? NONE,
    solutions: entry.solutions ?? NONE,
    section,
    anchor: anchorOf(catalog.id, entry.key),
  };
  // Absent fields stay absent, not `undefined`; set one by one, not spread in: a 100,000-entry catalog made eight objects an entry to spread.
  if (entry.code !== undefined) model.code = entry.code;
  if (entry.type !== undefined) model.type = entry.type;
  if (entry.httpStatus !== undefined) model.httpStatus = entry.httpStatus;
  if (entry.summary !== undefined) model.summary = entry.summary;
  if (entry.notes !== undefined) model.notes = entry.notes;
  if (entry.documentation !== undefined) model.documentation = entry.documentation;
  if (entry.deprecated === true) model.deprecated = {};
  else if (typeof entry.deprecated === 'object') model.deprecated = { ...entry.deprecated };
  return model;
}

/** `{ name: value }` when the value is defined, `{}` otherwise: keeps absent fields absent, not `undefined`. */
function optional<K extends string, V>(name: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: V };
}

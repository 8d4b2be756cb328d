import type { CatalogModel, EntryModel, ProviderModel, WireShapeModel } from './model.ts';
import type { Catalog, CatalogFile, Entry, WireShape } from '../types/catalog.ts';

/**
 * The resolved catalog file of a provider: inheritance applied and defaults
 * filled in, in the model's order. It is itself a valid catalog input (no
 * `extends`: the parent's catalogs are already in it). `catalog.json` and
 * `errcat diff` both read it; the file's notice and `$schema` are the
 * emitter's, not part of the catalog.
 */
export function resolvedCatalog(provider: ProviderModel): CatalogFile {
  return resolvedWith(provider, (entries) => entries.map(resolvedEntry));
}

/**
 * The resolved catalog file with no entries (each section's list empty),
 * and beside it the model's entries of each section, in the order the
 * sections come (catalogs, then their sections): for a writer that resolves
 * them a few at a time (`resolvedEntry`), so that a 100,000-entry catalog is
 * never resolved whole.
 */
export function resolvedSkeleton(provider: ProviderModel): { catalog: CatalogFile; entries: (readonly EntryModel[])[] } {
  const entries: (readonly EntryModel[])[] = [];
  const catalog = resolvedWith(provider, (list) => {
    entries.push(list);
    return [];
  });
  return { catalog, entries };
}

function resolvedWith(provider: ProviderModel, sectionEntries: (entries: readonly EntryModel[]) => Entry[]): CatalogFile {
  const wire = provider.wire;
  return {
    provider: {
      id: provider.id,
      name: provider.name,
      ...(provider.documentation ? { documentation: provider.documentation } : {}),
      language: provider.language,
      ...(provider.description ? { description: provider.description } : {}),
      ...(provider.notes ? { notes: provider.notes } : {}),
    },
    wire: {
      contentType: wire.contentType,
      httpStatuses: wire.httpStatuses.map((s) => ({ ...s })),
      body: {
        ...(wire.code ? { code: wire.code } : {}),
        ...(wire.message ? { message: wire.message } : {}),
        ...(wire.type ? { type: wire.type } : {}),
        ...(wire.details ? { details: wire.details } : {}),
        examples: wire.examples.map((e) => ({ summary: e.summary, value: e.value as Record<string, unknown> })),
      },
      ...(wire.shapes.length > 1 ? { shapes: wire.shapes.slice(1).map(resolvedShape) } : {}),
      ...(wire.notes ? { notes: wire.notes } : {}),
    },
    catalogs: provider.catalogs.map((catalog) => resolvedCatalogOf(catalog, sectionEntries)),
  };
}

/** A further shape as the catalog wrote it (the model's first shape is `body`, written above). */
function resolvedShape(shape: WireShapeModel): WireShape {
  return {
    id: shape.id,
    summary: shape.summary ?? '',
    format: shape.format,
    ...(shape.items !== undefined ? { items: shape.items } : {}),
    ...(shape.code ? { code: shape.code } : {}),
    ...(shape.message ? { message: shape.message } : {}),
    ...(shape.type ? { type: shape.type } : {}),
    ...(shape.details ? { details: shape.details } : {}),
    ...(shape.pattern !== undefined ? { pattern: shape.pattern } : {}),
    ...(shape.source !== undefined ? { source: shape.source } : {}),
    examples: shape.examples.map((e) => ({ summary: e.summary, value: e.value as Record<string, unknown> })) as WireShape['examples'],
  };
}

function resolvedCatalogOf(catalog: CatalogModel, sectionEntries: (entries: readonly EntryModel[]) => Entry[]): Catalog {
  const sections = catalog.sections.map((s) => ({
    id: s.id,
    title: s.title,
    ...(s.description ? { description: s.description } : {}),
    ...(s.reserved.length > 0 ? { reserved: s.reserved.map((r) => ({ from: r.from, to: r.to, text: r.text })) } : {}),
    entries: sectionEntries(s.entries),
  }));
  return {
    id: catalog.id,
    name: catalog.name,
    ...(catalog.description ? { description: catalog.description } : {}),
    kind: catalog.kind,
    ...(catalog.codeType ? { codeType: catalog.codeType } : {}),
    ...(catalog.declaredMatch ? { match: catalog.declaredMatch.map((m) => ({ ...m })) as Catalog['match'] } : {}),
    sections: sections as Catalog['sections'],
  };
}

/** One entry as the resolved catalog holds it. */
export function resolvedEntry(e: EntryModel): Entry {
  return {
    key: e.key,
    // The previous keys the package keeps as aliases: the record that keeps an alias dropped at a major version dropped (release/previous-key-aliases.ts).
    ...(e.aliases.length > 0 ? { previousKeys: [...e.aliases] } : {}),
    ...(e.code !== undefined ? { code: e.code } : {}),
    text: e.text,
    ...(e.type ? { type: e.type } : {}),
    category: e.category,
    retryable: e.retryable,
    resendable: e.resendable,
    ...(e.httpStatus !== undefined ? { httpStatus: e.httpStatus } : {}),
    language: e.language,
    ...(e.summary ? { summary: e.summary } : {}),
    ...(e.translations.length > 0 ? { translations: Object.fromEntries(e.translations.map((t) => [t.language, t.text])) } : {}),
    ...(e.notes ? { notes: e.notes } : {}),
    ...(e.causes.length > 0 ? { causes: [...e.causes] } : {}),
    ...(e.solutions.length > 0 ? { solutions: [...e.solutions] } : {}),
    ...(e.documentation ? { documentation: e.documentation } : {}),
    ...(e.deprecated ? { deprecated: Object.keys(e.deprecated).length > 0 ? { ...e.deprecated } : true } : {}),
  };
}

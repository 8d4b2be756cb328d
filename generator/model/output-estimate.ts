import type { Catalog, CatalogFile, Entry } from '../types/catalog.ts';
import type { SchemaValidCatalog } from '../validate/rules/rule.ts';
import type { Diagnostic } from '../vocabulary/diagnostic.ts';
import { chainOf } from '../vocabulary/extends-chain.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import { runtimeSources } from '../load/runtime-sources.ts';

/**
 * How many times each text is written into a run's output, per character, as
 * measured on generated packages (TypeScript source, JavaScript, declarations,
 * catalog.json, openapi.yaml, README.md): a documented text is in the JSDoc
 * and the literal of the source, in the declarations, the JavaScript, the
 * catalog, the OpenAPI descriptions and the README, about 8 times; a key
 * names an enum member, types, anchors and links, 14 times; a section title
 * is repeated into every entry, 5 times; notes, causes and translations 3.
 * Rounded up, so the estimate is an upper bound of the real size.
 */
const COPIES = { key: 14, documented: 8, title: 5, id: 6, free: 3 } as const;

/** Characters generated per entry whatever its texts (the syntax around them), per catalog, per provider package, and for core besides its runtime. */
const FIXED = { entry: 1400, catalog: 8 * 1024, provider: 32 * 1024, core: 64 * 1024 } as const;

/** Core's runtime is written three times: its source, the JavaScript and the declarations. */
const RUNTIME_COPIES = 3;

/** The estimated output of one generated provider. */
export interface ProviderEstimate {
  catalog: SchemaValidCatalog;
  /** Characters its package will hold, about. */
  chars: number;
  /** Of which from the catalogs it inherits. */
  inherited: number;
  /** Entries, inherited ones included. */
  entries: number;
}

/** The estimated output of a run. */
export interface OutputEstimate {
  /** Characters the run will generate, about (an upper bound, within a factor of about 2). */
  total: number;
  /** The generated providers, largest output first. */
  providers: ProviderEstimate[];
}

/**
 * Estimates what a run would generate from the validated catalogs, before the
 * model is built or anything emitted: the sum over every entry of every
 * generated provider (inherited entries counted in each copy, as the output
 * repeats them) of the texts written per entry, times how often each is
 * written. Linear in the catalogs: each file's catalogs are measured once.
 */
export function estimateOutput(catalogs: readonly SchemaValidCatalog[]): OutputEstimate {
  const byId = new Map(catalogs.map((c) => [c.file.provider.id, c]));
  const own = new Map<SchemaValidCatalog, { chars: number; entries: number }>();
  const ownOf = (c: SchemaValidCatalog) => {
    let measured = own.get(c);
    if (!measured) own.set(c, (measured = measureCatalogs(c.file)));
    return measured;
  };
  const providers = catalogs
    .filter((c) => !c.loaded.contextOnly)
    .map((c): ProviderEstimate => {
      const chain = chainOf(c, byId);
      const parts = chain.map(ownOf);
      const entries = parts.reduce((n, p) => n + p.entries, 0);
      const inherited = parts.slice(1).reduce((n, p) => n + p.chars, 0);
      const wire = chain.find((link) => link.file.wire !== undefined)?.file.wire;
      const chars =
        FIXED.provider + parts[0]!.chars + inherited + entries * c.file.provider.id.length * COPIES.id + textLength(c.file.provider) * COPIES.free + textLength(wire) * COPIES.free;
      return { catalog: c, chars, inherited, entries };
    })
    .sort((a, b) => b.chars - a.chars);
  const core = FIXED.core + runtimeSources().reduce((n, source) => n + source.text.length, 0) * RUNTIME_COPIES;
  return { total: core + providers.reduce((n, p) => n + p.chars, 0), providers };
}

/**
 * The refusal of a run whose output would exceed `LIMITS.maxOutputChars`,
 * located on the provider with the largest output: at its `extends` when
 * most of it is inherited (white-label copies multiply their parent), else
 * at its largest catalog. Undefined when the output fits.
 */
export function outputSizeProblem(estimate: OutputEstimate): Diagnostic | undefined {
  if (estimate.total <= LIMITS.maxOutputChars) return undefined;
  const largest = estimate.providers[0]!;
  const { file, loaded } = largest.catalog;
  const pointer = largest.inherited * 2 > largest.chars && file.provider.extends !== undefined ? '/provider/extends' : largestCatalogPointer(file);
  const message =
    `the catalogs would generate about ${megabytes(estimate.total)} from ${estimate.providers.length} provider(s), over errcat's limit of ` +
    `${megabytes(LIMITS.maxOutputChars)} for a run; the largest, \`${file.provider.id}\`, about ${megabytes(largest.chars)} for ${largest.entries} entries` +
    `${largest.inherited > 0 ? ` (${Math.round((100 * largest.inherited) / largest.chars)}% inherited)` : ''}: ` +
    'shorten the texts, split the catalogs, or generate fewer white-label copies';
  return { file: loaded.file, ...loaded.locate(pointer), message, pointer };
}

/** Size in MB, one decimal, for messages. */
function megabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(1)} MB`;
}

function largestCatalogPointer(file: CatalogFile): string {
  const sizes = (file.catalogs ?? []).map((c) => measureCatalog(c).chars);
  if (sizes.length === 0) return '';
  return `/catalogs/${sizes.indexOf(Math.max(...sizes))}`;
}

/** The output of a file's own catalogs, and their entry count. */
function measureCatalogs(file: CatalogFile): { chars: number; entries: number } {
  let chars = 0;
  let entries = 0;
  for (const catalog of file.catalogs ?? []) {
    const measured = measureCatalog(catalog);
    chars += measured.chars;
    entries += measured.entries;
  }
  return { chars, entries };
}

function measureCatalog(catalog: Catalog): { chars: number; entries: number } {
  let chars = FIXED.catalog + (catalog.name.length + catalog.id.length) * COPIES.id + (catalog.description?.length ?? 0) * COPIES.free;
  let entries = 0;
  for (const section of catalog.sections) {
    chars += textLength(section.reserved) * COPIES.free + (section.description?.length ?? 0) * COPIES.free;
    for (const entry of section.entries) {
      chars += entryChars(entry) + section.title.length * COPIES.title + catalog.id.length * COPIES.id;
      entries++;
    }
  }
  return { chars, entries };
}

/** What one entry's own texts add to the output. */
function entryChars(entry: Entry): number {
  return (
    FIXED.entry +
    entry.key.length * COPIES.key +
    (String(entry.code ?? '').length + entry.text.length + (entry.summary?.length ?? 0)) * COPIES.documented +
    (textLength(entry.previousKeys) + (entry.type?.length ?? 0) + (entry.documentation?.length ?? 0)) * COPIES.id +
    (textLength(entry.translations) + (entry.notes?.length ?? 0) + textLength(entry.causes) + textLength(entry.solutions) + textLength(entry.deprecated)) * COPIES.free
  );
}

/** Characters of every string and key of a value (1 for any other value). */
function textLength(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (value === null || typeof value !== 'object') return value === undefined ? 0 : 1;
  let n = 0;
  for (const [key, child] of Object.entries(value)) n += (Array.isArray(value) ? 0 : key.length) + textLength(child);
  return n;
}

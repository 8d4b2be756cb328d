import type { Category } from '../types/catalog.ts';
import type { CatalogSymbolNames, ProviderSymbolNames } from '../vocabulary/symbol-names.ts';
import type { ModuleTarget } from '../vocabulary/module-targets.ts';
import type { TaxonomyMember } from '../vocabulary/taxonomy.ts';

/**
 * The resolved, sorted view every emitter reads. Built once by `buildModel`:
 * inheritance applied, defaults filled in, names derived, everything sorted.
 * Emitters and templates never sort or derive names themselves.
 */
export interface Model {
  /** The cross-provider categories, in schema order. */
  taxonomy: readonly TaxonomyMember[];
  /** The providers made from the catalogs read, sorted by id (a run may keep others without reading theirs: see `summaries`). */
  providers: readonly ProviderModel[];
  /** npm scope of the generated packages, e.g. `@errcat`. */
  scope: string;
  /** Package name of the shared taxonomy package, e.g. `@errcat/core`. */
  corePackageName: string;
  /**
   * Every provider of the output, sorted by id: those of `providers`, and
   * those a run keeps without loading their catalogs (see `cache/`). The
   * index README is made from it.
   */
  summaries: readonly ProviderSummary[];
  /** Every catalog file the output is made from (of every provider in `summaries`), sorted: the sources of the index README. */
  sources: readonly string[];
  /** Version of the core package (bumped by the release step when the taxonomy changes). */
  coreVersion: string;
  /** Whether provider packages depend on core through the `workspace:` protocol (pnpm, Yarn) rather than by version range (npm). */
  workspaceProtocol: boolean;
  /** How catalogs are declared in TypeScript: `enum`, or `const` (a frozen object and a union type, for `erasableSyntaxOnly`). */
  enumStyle: EnumStyle;
  /** Which files of each TypeScript module the packages hold (`ts`, `js`, `dts`), in their canonical order; never empty. */
  targets: readonly ModuleTarget[];
  /** What the core package is made from, for its "generated from" notice (it has no catalog of its own). */
  coreSources: readonly string[];
  /** Entries of the catalogs of `providers`, inherited ones counted in each copy. */
  entryCount: number;
  /** What core's runtime is at: its compatibility level and a digest of its source, recorded with core's release. */
  runtime: RuntimeRelease;
}

/**
 * What the output folder's index README says of a provider, and what a run
 * needs to keep the provider's package without loading its catalogs (see
 * `cache/`): it is recorded for every provider in the manifest, so a run
 * that changed one provider need not read the others.
 */
export interface ProviderSummary {
  id: string;
  name: string;
  /** The provider it is a white-label copy of, if any. */
  extends?: string;
  /** Catalog files it is made from, own file first (as `ProviderModel.sources`). */
  sources: readonly string[];
  /** How many catalogs it has, inherited ones included. */
  catalogs: number;
  /** How many entries, inherited ones included. */
  entries: number;
  /** Entries by category, for every category with any. */
  categories: Readonly<Record<string, number>>;
  /** Characters its package holds, about (`estimateOutput`): a run bounds its output with it. */
  chars: number;
}

/** Core's runtime as a release records it. */
export interface RuntimeRelease {
  /** `RUNTIME_COMPATIBILITY`: raised by errcat when the runtime changes incompatibly. */
  compatibility: number;
  /** Digest of the runtime's source. */
  digest: string;
}

/** How a catalog's codes are declared in TypeScript (`enumStyle` in errcat.config.json). */
export type EnumStyle = 'enum' | 'const';

/** Every enum style, the default first. */
export const ENUM_STYLES: readonly EnumStyle[] = ['enum', 'const'];

/** One provider, with inherited wire format and catalogs resolved. */
export interface ProviderModel {
  id: string;
  name: string;
  documentation?: string;
  language: string;
  description?: string;
  notes?: string;
  /** The provider this one is a white-label copy of, if any. */
  extends?: string;
  /** Catalog files it is made from, own file first (repository-relative). */
  sources: readonly string[];
  /** npm package name, e.g. `@errcat/notificore`. */
  packageName: string;
  /** Version of the generated package (bumped by `npm run generate` from what changed). */
  version: string;
  /** PascalCase name used as the prefix of its TypeScript symbols, e.g. `Notificore`. */
  typeName: string;
  /** Names of its parser, `normalize()` handle and OpenAPI body schema. */
  symbols: ProviderSymbolNames;
  /** Entries of all its catalogs. */
  entryCount: number;
  wire: WireModel;
  /** Catalogs sorted by id. */
  catalogs: readonly CatalogModel[];
  /**
   * The bytes of its catalog.json, when the release step found them written
   * already: what the emitter makes for this provider at this version, byte
   * for byte (`release/package-versions.ts`), so they are not made twice.
   */
  catalogJson?: Uint8Array;
}

/** The documented error response format. */
export interface WireModel {
  contentType: string;
  /** Sorted by status. */
  httpStatuses: readonly { status: number; description: string; body: boolean }[];
  code?: { pointer: string; encoding: 'string' | 'integer' | 'string-or-integer'; description?: string };
  message?: { pointer: string; description?: string };
  type?: { pointer: string; description?: string };
  details?: { pointer: string; description?: string };
  examples: readonly { summary: string; value: unknown }[];
  /** Every documented shape in the order a parser tries them: the main `body` first (id `body`), then `wire.shapes`. */
  shapes: readonly WireShapeModel[];
  notes?: string;
}

/** One documented shape of an error response. */
export interface WireShapeModel {
  /** `body` for the main shape, else the id from `wire.shapes`. */
  id: string;
  summary?: string;
  format: 'json' | 'text';
  /** A list whose items each carry one error (field pointers relative to an item). */
  items?: string;
  code?: { pointer: string; encoding: 'string' | 'integer' | 'string-or-integer'; description?: string };
  message?: { pointer: string; description?: string };
  type?: { pointer: string; description?: string };
  details?: { pointer: string; description?: string };
  /** For `text`: the regular expression the trimmed body must match, with named groups `code` and/or `message`. */
  pattern?: string;
  source?: string;
  examples: readonly { summary: string; value: unknown }[];
}

/** Where a parser reads a catalog's matching field: a shape and the pointer in it (relative to an item for a list shape), or the text pattern's group. */
export interface MatchModel {
  shape: string;
  /** The JSON pointer to read; absent for a `text` shape (its pattern's group is read). */
  pointer?: string;
}

/** One catalog of a provider, with names for its generated symbols. */
export interface CatalogModel {
  id: string;
  name: string;
  description?: string;
  kind: 'error-code' | 'error-message' | 'http-status' | 'delivery-status';
  /** `undefined` for `error-message` catalogs, whose entries have no code. */
  codeType?: 'integer' | 'string';
  /** Enum name, e.g. `NotificoreApiV1`; every other name of the catalog derives from it (model/symbol-names.ts). */
  enumName: string;
  /** Every name the catalog declares in its package (enum, types, maps, guard, lookups). */
  symbols: CatalogSymbolNames;
  /** Sections in documented order (the order the provider explains them in). */
  sections: readonly SectionModel[];
  /** All entries, sorted by code (numerically for integers), or by key where there are no codes. */
  entries: readonly EntryModel[];
  /** Reserved ranges of all sections, sorted by `from`. */
  reserved: readonly ReservedModel[];
  /** Where the parser matches entries, in order, defaults applied for this provider's wire (empty for `http-status` and `delivery-status` catalogs). */
  match: readonly MatchModel[];
  /** `match` as the catalog declared it, for `catalog.json`. */
  declaredMatch?: readonly MatchModel[];
}

/** A documented section: its entries in the catalog's order. */
export interface SectionModel {
  id: string;
  title: string;
  description?: string;
  entries: readonly EntryModel[];
  reserved: readonly ReservedModel[];
}

/** A reserved code range. */
export interface ReservedModel {
  from: number;
  to: number;
  text: string;
  section: string;
}

/** One entry with defaults applied. */
export interface EntryModel {
  key: string;
  /** Keys the entry had before, oldest first (declared renames). */
  previousKeys: readonly string[];
  /**
   * The previous keys its package still declares, as deprecated aliases of
   * the key (an enum member or object property, and a key the lookups by key
   * answer): all of them, until the release step drops them at the package's
   * next major version (`release/previous-key-aliases.ts`).
   */
  aliases: readonly string[];
  code?: number | string;
  text: string;
  type?: string;
  category: Category;
  retryable: boolean;
  /** Whether sending the same request again is safe without an idempotency key. */
  resendable: boolean;
  httpStatus?: number;
  /** Language of `text` (the entry's own, or the provider's). */
  language: string;
  summary?: string;
  /** Sorted by language tag. */
  translations: readonly { language: string; text: string }[];
  notes?: string;
  causes: readonly string[];
  solutions: readonly string[];
  documentation?: string;
  deprecated?: { since?: string; reason?: string; replacedBy?: string };
  /** Id and title of its section. */
  section: { id: string; title: string };
  /** Anchor of its row in the provider's README, e.g. `api-v1-invalid-key`. */
  anchor: string;
}

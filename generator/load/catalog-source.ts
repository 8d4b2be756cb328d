import type { ParsedCatalogs } from './parsed-catalogs.ts';

/** The catalogs errcat ships that a project generates (`providers` in its config); the others are context for `extends`. */
export interface ShippedSelection {
  /** Shipped provider ids to generate as they are. */
  generate: readonly string[];
}

/**
 * Where catalogs are read from. Every command loads its model through one
 * function (`model/load-model.ts`), whatever the source:
 * - `folder`: every catalog file of a folder (the working tree);
 * - `git`: the same folder as it was at a git ref (`errcat diff <ref>`);
 * - `path`: a catalog file or folder named on the command line (`errcat diff <old> <new>`);
 *   a single file is read together with the other catalogs of `contextDir`, so a
 *   white-label copy finds its parent.
 *
 * `root` is the project root: generated files name catalogs relative to it.
 * With `shipped`, the catalogs errcat ships are read too: those listed are
 * generated, the others only serve as parents (a project's own catalog of the
 * same id replaces a shipped one). At a git ref, a listed shipped provider is
 * read from the `catalog.json` the output folder (`outDir`) held then: what
 * the errcat version of that commit generated. A folder read again and
 * again (`--watch`) may carry the files parsed before (`parsed`). A folder
 * source may leave some files unread (`skip`, names as output gives them:
 * the files of providers a run keeps without loading, see `cache/`).
 */
export type CatalogSource =
  | { kind: 'folder'; dir: string; root: string; shipped?: ShippedSelection; parsed?: ParsedCatalogs; skip?: ReadonlySet<string> }
  | { kind: 'git'; ref: string; dir: string; root: string; shipped?: ShippedSelection; outDir?: string }
  | { kind: 'path'; target: string; contextDir: string; argument: string; root: string };

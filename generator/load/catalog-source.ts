/**
 * Where catalogs are read from. Every command loads its model through one
 * function (`model/load-model.ts`), whatever the source:
 * - `folder`: every catalog file of a folder (the working tree);
 * - `git`: the same folder as it was at a git ref (`errcat diff <ref>`);
 * - `path`: a catalog file or folder named on the command line (`errcat diff <old> <new>`);
 *   a single file is read together with the other catalogs of `contextDir`, so a
 *   white-label copy finds its parent.
 */
export type CatalogSource =
  | { kind: 'folder'; dir: string }
  | { kind: 'git'; ref: string; dir: string }
  | { kind: 'path'; target: string; contextDir: string; argument: string };

/**
 * The output folder is made of units that are generated, cached and kept
 * together: each provider's package (`<id>/…`), the core package
 * (`core/…`), and the files at the top of the folder (the index README),
 * whose unit is {@link TOP_UNIT}. A unit is regenerated when what it is made
 * from changes, and kept (not emitted again) otherwise.
 */
export const TOP_UNIT = '.';

/** The unit an output path belongs to: its first folder, or {@link TOP_UNIT} for a file at the top. */
export function unitOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? TOP_UNIT : path.slice(0, slash);
}

/** Ids errcat uses for itself in the output folder, so no provider may take them: `core` is a unit, `node-modules` a folder npm makes. */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['core', 'node-modules']);

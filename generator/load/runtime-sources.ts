import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { compareText } from '../vocabulary/compare.ts';
import { ERRCAT_ROOT } from '../vocabulary/errcat-root.ts';

/** Folder of core's runtime source, in errcat's own package. */
export const RUNTIME_DIR: URL = new URL('runtime/core/', ERRCAT_ROOT);

/** The runtime module made from the schema: emitted from the taxonomy, not copied. */
export const CATEGORY_MODULE = 'category.ts';

/** One hand-written module of core's runtime. */
export interface RuntimeSource {
  /** File name, e.g. `classify.ts`. */
  name: string;
  /** Path for "generated from" notices: `errcat/runtime/core/<name>`. */
  label: string;
  text: string;
}

let sources: readonly RuntimeSource[] | undefined;

/**
 * The hand-written modules of `@errcat/core` (`runtime/core/*.ts` of errcat's
 * package), sorted by name: ordinary TypeScript, type-checked and tested in
 * this repository, and copied into every output's `core/src/`. Read once,
 * like the templates: they are part of errcat, not of the user's input.
 */
export function runtimeSources(): readonly RuntimeSource[] {
  sources ??= readdirSync(RUNTIME_DIR)
    .filter((name) => name.endsWith('.ts') && name !== CATEGORY_MODULE)
    .sort(compareText)
    .map((name) => ({ name, label: `errcat/runtime/core/${name}`, text: readFileSync(new URL(name, RUNTIME_DIR), 'utf8') }));
  return sources;
}

/** A digest of the runtime's source, recorded with core's release so that the next run sees when the runtime changed. */
export function runtimeDigest(): string {
  const hash = createHash('sha256');
  for (const source of runtimeSources()) hash.update(`${source.name}\0${source.text}\0`);
  return `sha256-${hash.digest('hex')}`;
}

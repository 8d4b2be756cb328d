import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * The `yaml` package, which keeps source positions, loaded on first use:
 * catalogs are read by js-yaml, and `yaml` is needed only to locate a
 * problem, so a run with nothing wrong never pays the ~20 ms of loading it.
 */
export function yamlWithPositions(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The name of errcat's config file. */
export const CONFIG_FILE_NAME = 'errcat.config.json';

/** Where a project's configuration was found: its own file, or the `errcat` field of a package.json (older projects). */
export interface FoundConfig {
  file: string;
  kind: 'config-file' | 'package-json';
}

/**
 * The configuration that applies in `cwd`: the nearest `errcat.config.json`
 * from the current folder upward, or else the nearest package.json with an
 * `errcat` field, so every command run from any subfolder finds the project
 * it belongs to. Undefined when neither exists above.
 */
export function findConfig(cwd: string): FoundConfig | undefined {
  let legacy: FoundConfig | undefined;
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(file)) return { file, kind: 'config-file' };
    legacy ??= packageJsonWithErrcat(dir);
    if (path.dirname(dir) === dir) return legacy;
  }
}

/** The nearest folder from `cwd` upward holding a package.json: the project root when there is no config. */
export function nearestPackageRoot(cwd: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

function packageJsonWithErrcat(dir: string): FoundConfig | undefined {
  const file = path.join(dir, 'package.json');
  try {
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { errcat?: unknown };
    return pkg.errcat !== undefined ? { file, kind: 'package-json' } : undefined;
  } catch {
    return undefined; // none here, or not JSON: npm will say so; errcat keeps looking
  }
}

import { readFileSync } from 'node:fs';
import { OptionError } from '../vocabulary/option-error.ts';

/** Defaults of every command, overridable by flags and by the `errcat` field of the project's package.json. */
export interface ProjectConfig {
  catalogDir: string;
  outDir: string;
  scope: string;
}


const SCOPE = /^@[a-z0-9][a-z0-9-._]*$/;

/** The project's configuration: defaults, then `package.json#errcat` of the working directory. */
export function projectConfig(): ProjectConfig {
  const config: ProjectConfig = { catalogDir: 'schema/catalogs', outDir: 'generated', scope: '@errcat' };
  let pkg: { errcat?: Partial<ProjectConfig> } = {};
  try {
    pkg = JSON.parse(readFileSync('package.json', 'utf8')) as typeof pkg;
  } catch {
    return config; // no package.json here: defaults
  }
  return { ...config, ...pkg.errcat };
}

/** Checks an npm scope such as `@acme`. */
export function checkedScope(scope: string): string {
  if (!SCOPE.test(scope)) throw new OptionError('--scope', `\`${scope}\` is not an npm scope such as \`@acme\``);
  return scope;
}

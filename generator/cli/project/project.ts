import path from 'node:path';
import { displayPath } from '../../load/catalog-files.ts';
import { shippedProviderIds } from '../../load/read-shipped-catalogs.ts';
import { ENUM_STYLES, type EnumStyle } from '../../model/model.ts';
import { closestWord } from '../../validate/closest-word.ts';
import { CatalogError, type Diagnostic } from '../../vocabulary/diagnostic.ts';
import { MODULE_TARGETS, orderedTargets, TARGET_MEANINGS, targetsProblem, type ModuleTarget } from '../../vocabulary/module-targets.ts';
import { OptionError } from '../../vocabulary/option-error.ts';
import { findConfig, nearestPackageRoot } from './config-file.ts';
import { readConfig, type ConfigValues } from './read-config.ts';

/** The project a command works on, with every setting resolved to its final value. */
export interface Project {
  /** The project root: the config file's folder (or, with none, the nearest folder with a package.json, else the current one). Output names paths relative to it. */
  root: string;
  /** The config file that applied, as shown in messages; undefined when none was found. */
  configFile?: string;
  /** Absolute path of the project's catalog folder. */
  catalogDir: string;
  /** Absolute path of the output folder. */
  outDir: string;
  /** npm scope of the generated packages. */
  scope: string;
  /** Name of the generated core package. */
  corePackage: string;
  /** Shipped providers to generate as they are. */
  providers: readonly string[];
  /** Whether provider packages depend on core as `workspace:<version>` (pnpm, Yarn). */
  workspaceProtocol: boolean;
  /** How catalogs are declared in the generated TypeScript: `enum` or `const`. */
  enumStyle: EnumStyle;
  /** Which files of each TypeScript module the packages hold, in canonical order (`ts`, `js`, `dts`). */
  targets: readonly ModuleTarget[];
  /** Glob patterns (relative to the output folder) of files kept there on purpose, which `--check` accepts. */
  allowExtra: readonly string[];
}

/** Settings given on the command line; each overrides the config. Paths are relative to the current folder. */
export interface ProjectFlags {
  catalogs?: string | undefined;
  out?: string | undefined;
  scope?: string | undefined;
  corePackage?: string | undefined;
  /** `generate` only. */
  enumStyle?: string | undefined;
  /** `generate` only: a comma-separated list such as `js,dts`. */
  targets?: string | undefined;
}

/** What a project uses when neither the config nor a flag says. */
export const DEFAULTS = { catalogs: 'errcat/catalogs', out: 'errcat/generated', scope: '@errcat' } as const;

/** An npm scope such as `@acme` (the config schema's `Scope`). */
export const SCOPE = /^@[a-z0-9][a-z0-9._-]*$/;
const PACKAGE_NAME = /^(@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/;

/**
 * Finds the config that applies in `cwd` (from the current folder upward),
 * checks it, and resolves every setting: defaults, then the config (paths
 * relative to the config file), then flags (paths relative to the current
 * folder). Problems in the config are located `file:line:col`. Where the
 * output folder may be (inside the project, not the project itself, through
 * no link) is the writer's to check (`write/output-root.ts`), before it reads
 * or writes anything there.
 */
export async function resolveProject(flags: ProjectFlags, cwd = process.cwd()): Promise<Project> {
  const found = findConfig(cwd);
  const config = found ? await readConfig(found) : undefined;
  const values: ConfigValues = config?.values ?? {};
  const root = found ? path.dirname(found.file) : (nearestPackageRoot(cwd) ?? path.resolve(cwd));
  const fromConfig = (p: string | undefined, fallback: string) => path.resolve(root, p ?? fallback);
  const scope = flags.scope ?? values.scope ?? DEFAULTS.scope;
  checkedScope(scope);
  const corePackage = flags.corePackage ?? values.corePackage ?? `${scope}/core`;
  if (!PACKAGE_NAME.test(corePackage)) throw new OptionError('--core-package', `\`${corePackage}\` is not an npm package name such as \`@acme/errors-core\``);
  const project: Project = {
    root,
    ...(found ? { configFile: displayPath(found.file) } : {}),
    catalogDir: flags.catalogs !== undefined ? path.resolve(cwd, flags.catalogs) : fromConfig(values.catalogs, DEFAULTS.catalogs),
    outDir: flags.out !== undefined ? path.resolve(cwd, flags.out) : fromConfig(values.out, DEFAULTS.out),
    scope,
    corePackage,
    providers: values.providers ?? [],
    workspaceProtocol: values.workspaceProtocol ?? false,
    enumStyle: flags.enumStyle !== undefined ? checkedEnumStyle(flags.enumStyle) : (values.enumStyle ?? 'enum'),
    targets: flags.targets !== undefined ? parsedTargets(flags.targets) : orderedTargets(values.targets ?? MODULE_TARGETS),
    allowExtra: values.allowExtra ?? [],
  };
  if (config && project.providers.length > 0) await checkProviders(project.providers, config.at);
  // The config's targets are checked here, not by its schema, which would say only that a rule failed.
  const problem = flags.targets === undefined && config && values.targets !== undefined ? targetsProblem(values.targets) : undefined;
  if (problem !== undefined) throw new CatalogError([{ ...config!.at('/targets'), message: `targets: ${problem}` }]);
  return project;
}

/** An npm scope as given on the command line or by `errcat init`, refused as a usage error when it is not one. */
export function checkedScope(scope: string): string {
  if (!SCOPE.test(scope)) throw new OptionError('--scope', `\`${scope}\` is not an npm scope such as \`@acme\``);
  return scope;
}

/** An enum style given on the command line (the config's is checked by its schema), refused as a usage error when it is not one. */
function checkedEnumStyle(style: string): EnumStyle {
  const known = ENUM_STYLES.find((s) => s === style);
  if (known === undefined) throw new OptionError('--enum-style', `\`${style}\` is not an enum style: use \`enum\` (TypeScript enums) or \`const\` (frozen objects and union types, for erasableSyntaxOnly)`);
  return known;
}

/** Targets given on the command line (`js,dts`), refused as a usage error when a name is unknown or the set makes no usable package. */
export function parsedTargets(list: string): ModuleTarget[] {
  const names = list.split(',').map((name) => name.trim());
  for (const name of names) {
    if (MODULE_TARGETS.some((t) => t === name)) continue;
    const guess = closestWord(name, MODULE_TARGETS);
    const known = MODULE_TARGETS.map((t) => `\`${t}\` (${TARGET_MEANINGS[t]})`).join(', ');
    throw new OptionError('--targets', `\`${name}\` is not a target${guess ? ` — did you mean \`${guess}\`?` : ''}; list, separated by commas, any of ${known}`);
  }
  const targets = orderedTargets(names as ModuleTarget[]);
  const problem = targetsProblem(targets);
  if (problem !== undefined) throw new OptionError('--targets', problem);
  return targets;
}

/** Every provider the config lists must be one errcat ships; located in the config, with a did-you-mean. */
async function checkProviders(providers: readonly string[], at: (pointer: string) => Omit<Diagnostic, 'message'>): Promise<void> {
  const shipped = await shippedProviderIds();
  const problems = providers.flatMap((id, i) => {
    if (shipped.includes(id)) return [];
    const guess = closestWord(id, shipped);
    const hint = guess ? ` — did you mean \`${guess}\`?` : `; errcat ships: ${shipped.join(', ')}`;
    return [{ ...at(`/providers/${i}`), message: `\`${id}\` is not a provider errcat ships${hint}` }];
  });
  if (problems.length > 0) throw new CatalogError(problems);
}

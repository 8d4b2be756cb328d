// Build-only: `npm run build` (bin/build-cli.mjs) runs this module (through
// `precompile.ts`) after bundling the CLI, so that `errcat generate` takes
// compiled modules from dist/ instead of loading the TypeScript compiler and
// compiling them on every run. Not part of the CLI bundle.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compiledSources, compileModule } from '../emit/typescript/compile-module.ts';
import { compileRuntimeModule, runtimeModule } from '../emit/typescript/runtime-module.ts';
import { emitTypeScript } from '../emit/typescript/typescript-emitter.ts';
import { compilerIdentity } from '../emit/typescript/ts-morph-module.ts';
import {
  PRECOMPILED_MODULES_FORMAT,
  precompiledChecksum,
  UNKNOWN_COMPILER,
  type PrecompiledModule,
  type PrecompiledModulesFile,
} from '../load/precompiled-modules.ts';
import { runtimeSources } from '../load/runtime-sources.ts';
import { parseCatalogText } from '../load/parse-catalog-text.ts';
import { buildModel } from '../model/build-model.ts';
import { loadModel } from '../model/load-model.ts';
import { ENUM_STYLES, type EnumStyle, type Model } from '../model/model.ts';
import type { CatalogFile } from '../types/catalog.ts';
import { validateCatalogs } from '../validate/validate-catalogs.ts';
import { SHIPPED_CATALOG_DIR } from '../vocabulary/errcat-root.ts';
import { formatDiagnostic } from '../vocabulary/diagnostic.ts';
import { structureCatalogFiles } from './module-structures.ts';

/**
 * Every module a run compiles that the build can know: core's runtime, and
 * the templates of the modules (core's category module, each provider's
 * parser, each catalog's skeleton) of the shipped catalogs and of the
 * structure catalogs (`module-structures.ts`), in each enum style. A
 * template holds a module's structure only, not its catalog's names and
 * texts (`module-template.ts`), so a project's own catalog of a known
 * structure is served from here too. Compiled by the emitter's own code
 * (`emitTypeScript`, `compileModule`), so the two cannot drift apart.
 */
export async function precompiledModulesFile(): Promise<PrecompiledModulesFile> {
  for (const runtime of runtimeSources()) compileRuntimeModule(runtimeModule(runtime));
  const dir = fileURLToPath(SHIPPED_CATALOG_DIR);
  for (const enumStyle of ENUM_STYLES) {
    const { model: shipped } = await loadModel({ kind: 'folder', dir, root: dir }, { scope: '@errcat', enumStyle });
    // Compiling is the point; the files are not kept.
    for (const model of [shipped, structuresModel(enumStyle)]) for (const _file of emitTypeScript(model));
  }
  const modules: PrecompiledModule[] = compiledSources().map((source) => ({ source, ...compileModule('module.ts', source) }));
  const compiler = compilerIdentity();
  if (compiler === UNKNOWN_COMPILER) throw new Error('errcat build: cannot tell which TypeScript ts-morph carries (@ts-morph/common not found)');
  return { format: PRECOMPILED_MODULES_FORMAT, compiler, modules, checksum: precompiledChecksum(modules) };
}

/** The model of the structure catalogs; a structure catalog errcat's rules refuse is a bug here, said as such. */
function structuresModel(enumStyle: EnumStyle): Model {
  const catalogs = structureCatalogFiles().map((file: CatalogFile) => {
    const id = file.provider.id;
    const parsed = parseCatalogText(`structures/${id}.json`, id, JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.diagnostics.map(formatDiagnostic).join('\n'));
    return parsed.catalog;
  });
  const validated = validateCatalogs(catalogs);
  if (validated.diagnostics.length > 0) throw new Error(`errcat's structure catalogs are invalid:\n${validated.diagnostics.map(formatDiagnostic).join('\n')}`);
  return buildModel(validated.catalogs, { scope: '@errcat', enumStyle });
}

/** Writes the precompiled modules to `file` (the build's `dist/modules-compiled.json`). */
export async function writePrecompiledModules(file: string): Promise<void> {
  writeFileSync(file, JSON.stringify(await precompiledModulesFile()) + '\n');
}

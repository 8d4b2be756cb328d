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
  type PrecompiledModule,
  type PrecompiledModulesFile,
} from '../load/precompiled-modules.ts';
import { runtimeSources } from '../load/runtime-sources.ts';
import { loadModel } from '../model/load-model.ts';
import { ENUM_STYLES } from '../model/model.ts';
import { SHIPPED_CATALOG_DIR } from '../vocabulary/errcat-root.ts';

/**
 * Every module a run compiles that the build can know: core's runtime, and
 * the templates of the modules of the shipped catalogs in each enum style
 * (core's category module, each provider's parser, each catalog's skeleton).
 * A template holds a module's structure only, not its catalog's names and
 * texts (`module-template.ts`), so a project's own catalog of the same
 * structure is served from here too. Compiled by the emitter's own code
 * (`emitTypeScript`, `compileModule`), so the two cannot drift apart.
 */
export async function precompiledModulesFile(): Promise<PrecompiledModulesFile> {
  for (const runtime of runtimeSources()) compileRuntimeModule(runtimeModule(runtime));
  const dir = fileURLToPath(SHIPPED_CATALOG_DIR);
  for (const enumStyle of ENUM_STYLES) {
    const { model } = await loadModel({ kind: 'folder', dir, root: dir }, { scope: '@errcat', enumStyle });
    for (const _file of emitTypeScript(model)); // compiling is the point; the files are not kept
  }
  const modules: PrecompiledModule[] = compiledSources().map((source) => ({ source, ...compileModule('module.ts', source) }));
  return { format: PRECOMPILED_MODULES_FORMAT, compiler: compilerIdentity(), modules, checksum: precompiledChecksum(modules) };
}

/** Writes the precompiled modules to `file` (the build's `dist/modules-compiled.json`). */
export async function writePrecompiledModules(file: string): Promise<void> {
  writeFileSync(file, JSON.stringify(await precompiledModulesFile()) + '\n');
}

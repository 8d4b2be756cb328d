// Build-only: `npm run build` (bin/build-cli.mjs) runs this module (through
// `precompile.ts`) after bundling the CLI, so that a full `errcat generate`
// takes core's compiled runtime from dist/ instead of compiling it on every
// run. Not part of the CLI bundle.
import { writeFileSync } from 'node:fs';
import { compileRuntimeModule, runtimeModule } from '../emit/typescript/runtime-module.ts';
import { ts } from '../emit/typescript/ts-morph-module.ts';
import {
  PRECOMPILED_RUNTIME_FORMAT,
  precompiledChecksum,
  type PrecompiledModule,
  type PrecompiledRuntimeFile,
} from '../load/precompiled-runtime.ts';
import { runtimeDigest, runtimeSources } from '../load/runtime-sources.ts';

/**
 * Core's runtime compiled as the emitter compiles it (`compileRuntimeModule`,
 * the same function), with what it was compiled from: the runtime sources'
 * digest and the TypeScript version.
 */
export function precompiledRuntimeFile(): PrecompiledRuntimeFile {
  const modules: PrecompiledModule[] = runtimeSources().map((runtime) => ({ name: runtime.name, ...compileRuntimeModule(runtimeModule(runtime)) }));
  return {
    format: PRECOMPILED_RUNTIME_FORMAT,
    runtimeDigest: runtimeDigest(),
    typescript: ts.version,
    modules,
    checksum: precompiledChecksum(modules),
  };
}

/** Writes the precompiled runtime to `file` (the build's `dist/runtime-compiled.json`). */
export function writePrecompiledRuntime(file: string): void {
  writeFileSync(file, JSON.stringify(precompiledRuntimeFile()) + '\n');
}

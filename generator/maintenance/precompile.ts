// Build-only: the one entry `npm run build` (bin/build-cli.mjs) bundles and
// runs after bundling the CLI. Not part of the CLI bundle.
import path from 'node:path';
import { writePrecompiledRuntime } from './precompile-runtime.ts';
import { writePrecompiledValidators } from './precompile-validators.ts';

/** Writes into the build's `dist/` what runs would otherwise compile from errcat's own files: core's runtime and the schema validators. */
export function writePrecompiled(outdir: string): void {
  writePrecompiledRuntime(path.join(outdir, 'runtime-compiled.json'));
  writePrecompiledValidators(path.join(outdir, 'schema-validators.cjs'));
}

// Build-only: the one entry `npm run build` (bin/build-cli.mjs) bundles and
// runs after bundling the CLI. Not part of the CLI bundle.
import path from 'node:path';
import { writePrecompiledModules } from './precompile-modules.ts';
import { writePrecompiledTemplates } from './precompile-templates.ts';
import { writePrecompiledValidators } from './precompile-validators.ts';

/** Writes into the build's `dist/` what runs would otherwise compile: core's runtime and the module templates, the schema validators and the Handlebars templates. */
export async function writePrecompiled(outdir: string): Promise<void> {
  await writePrecompiledModules(path.join(outdir, 'modules-compiled.json'));
  writePrecompiledValidators(path.join(outdir, 'schema-validators.cjs'));
  writePrecompiledTemplates(path.join(outdir, 'templates-compiled.json'));
}

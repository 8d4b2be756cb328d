// Build-only: `npm run build` (bin/build-cli.mjs) runs this module (through
// `precompile.ts`) after bundling the CLI, so that every run that validates
// takes the validators of errcat's schemas from dist/ instead of compiling
// them. Not part of the CLI bundle.
import { writeFileSync } from 'node:fs';
import { standaloneValidatorsCode } from '../validate/standalone-validators.ts';

/** Writes the schemas' validators as code to `file` (the build's `dist/schema-validators.cjs`). */
export function writePrecompiledValidators(file: string): void {
  writeFileSync(file, standaloneValidatorsCode());
}

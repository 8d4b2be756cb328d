// Build-only: `npm run build` (bin/build-cli.mjs) runs this module (through
// `precompile.ts`) after bundling the CLI, so that runs take errcat's
// Handlebars templates precompiled from dist/ instead of loading Handlebars'
// compiler and compiling them. Not part of the CLI bundle.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_OPTIONS, templateSource } from '../emit/markdown/templates.ts';
import {
  handlebarsVersion,
  PRECOMPILED_TEMPLATES_FORMAT,
  templateDigest,
  templatesChecksum,
  type PrecompiledTemplate,
  type PrecompiledTemplatesFile,
} from '../load/precompiled-templates.ts';
import { ERRCAT_ROOT } from '../vocabulary/errcat-root.ts';

/**
 * Every template of `templates/`, precompiled by the emitter's own code
 * (`templateSource`), with the digest of its text and options, the
 * Handlebars version that compiled it and a checksum of it all.
 */
export function precompiledTemplatesFile(): PrecompiledTemplatesFile {
  const dir = fileURLToPath(new URL('templates/', ERRCAT_ROOT));
  const templates: PrecompiledTemplate[] = readdirSync(dir)
    .filter((name) => name.endsWith('.hbs'))
    .sort()
    .map((name) => {
      const text = readFileSync(`${dir}/${name}`, 'utf8');
      return { name, digest: templateDigest(text, TEMPLATE_OPTIONS), source: templateSource(text) };
    });
  return { format: PRECOMPILED_TEMPLATES_FORMAT, handlebars: handlebarsVersion(), templates, checksum: templatesChecksum(templates) };
}

/** Writes the precompiled templates to `file` (the build's `dist/templates-compiled.json`). */
export function writePrecompiledTemplates(file: string): void {
  writeFileSync(file, JSON.stringify(precompiledTemplatesFile()) + '\n');
}

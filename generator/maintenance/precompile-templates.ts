// Build-only: `npm run build` (bin/build-cli.mjs) runs this module (through
// `precompile.ts`) after bundling the CLI, so that runs take errcat's
// Handlebars templates precompiled from dist/ instead of loading Handlebars'
// compiler and compiling them. Not part of the CLI bundle.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_OPTIONS, templateSource } from '../emit/markdown/templates.ts';
import { templateDigest } from '../load/precompiled-templates.ts';
import { ERRCAT_ROOT } from '../vocabulary/errcat-root.ts';

/**
 * Every template of `templates/` as a CommonJS module (see
 * `PrecompiledTemplatesModule`): the digest of each template's text and
 * options, and the spec Handlebars' compiler makes of it, written as the
 * compiler writes it (`templateSource`, the code the emitter evaluates when
 * it compiles).
 */
export function precompiledTemplatesCode(): string {
  const dir = fileURLToPath(new URL('templates/', ERRCAT_ROOT));
  const names = readdirSync(dir).filter((name) => name.endsWith('.hbs')).sort();
  const texts = names.map((name) => readFileSync(`${dir}/${name}`, 'utf8'));
  const digests = Object.fromEntries(names.map((name, i) => [name, templateDigest(texts[i]!, TEMPLATE_OPTIONS)]));
  const specs = names.map((name, i) => `  ${JSON.stringify(name)}: ${templateSource(texts[i]!)},`);
  return [
    '// errcat\'s Handlebars templates, precompiled by `npm run build` (generator/maintenance/precompile-templates.ts).',
    "'use strict';",
    `exports.digests = ${JSON.stringify(digests, null, 2)};`,
    'exports.templates = {',
    ...specs,
    '};',
    '',
  ].join('\n');
}

/** Writes the precompiled templates to `file` (the build's `dist/templates-compiled.cjs`). */
export function writePrecompiledTemplates(file: string): void {
  writeFileSync(file, precompiledTemplatesCode());
}

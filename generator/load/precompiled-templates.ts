import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { buildFileRecords, readBuildFile, recordsChecksum } from './build-file.ts';
import { ERRCAT_ROOT, RUNS_FROM_BUNDLE } from '../vocabulary/errcat-root.ts';

/** Where `npm run build` writes errcat's Handlebars templates precompiled (see `maintenance/precompile-templates.ts`). */
export const PRECOMPILED_TEMPLATES_FILE: URL = new URL('dist/templates-compiled.json', ERRCAT_ROOT);

/** Names the layout below: a file of another layout is not read. */
export const PRECOMPILED_TEMPLATES_FORMAT = 'errcat-precompiled-templates/1';

/** One template precompiled: the code of its spec, as Handlebars' `precompile` writes it. */
export interface PrecompiledTemplate {
  /** The file name in `templates/`. */
  name: string;
  /** `templateDigest` of the text and options it was compiled from. */
  digest: string;
  /** The spec's JavaScript (an object expression). */
  source: string;
}

/** The precompiled templates file. */
export interface PrecompiledTemplatesFile {
  format: typeof PRECOMPILED_TEMPLATES_FORMAT;
  /** The Handlebars version that compiled them: its runtime is the one that runs them. */
  handlebars: string;
  templates: PrecompiledTemplate[];
  /** `templatesChecksum(templates)`: a file damaged inside a string still parses, and must not be used. */
  checksum: string;
}

/**
 * What a precompiled template was made from: the template's text and the
 * compile options, so that a template edited after the build, or compiled
 * otherwise, is not taken for it.
 */
export function templateDigest(text: string, options: object): string {
  return `sha256-${createHash('sha256').update(JSON.stringify(options)).update('\0').update(text).digest('hex')}`;
}

/** What a template record holds, each field in the checksum. */
const TEMPLATE_FIELDS = ['name', 'digest', 'source'] as const;

/** A digest of the templates' names, digests and code, written with them and checked on reading (`recordsChecksum`). */
export function templatesChecksum(templates: readonly PrecompiledTemplate[]): string {
  return recordsChecksum(templates, TEMPLATE_FIELDS);
}

/** The installed Handlebars' version, read from its package.json (Handlebars' own module need not be loaded for it). */
export function handlebarsVersion(): string {
  try {
    return String((createRequire(import.meta.url)('handlebars/package.json') as { version?: unknown }).version);
  } catch {
    return 'unknown';
  }
}

/**
 * The templates of a precompiled file's text, by name, when it is one of this
 * layout, compiled by this Handlebars version and undamaged; `undefined`
 * otherwise, and the caller compiles. Never throws: the file is only a shortcut.
 */
export function parsePrecompiledTemplates(text: string, handlebars: string): ReadonlyMap<string, PrecompiledTemplate> | undefined {
  const found = buildFileRecords(text, { format: PRECOMPILED_TEMPLATES_FORMAT, handlebars }, 'templates', TEMPLATE_FIELDS);
  if (found === undefined || found.checksum !== templatesChecksum(found.records)) return undefined;
  return new Map(found.records.map((t) => [t.name, t]));
}

/** Larger than this, the file is not errcat's (the templates precompile to about 50 KB). */
const MAX_BYTES = 4 * 1024 * 1024;

let loaded: ReadonlyMap<string, PrecompiledTemplate> | undefined | null = null;

/**
 * The code of a template's spec as the build precompiled it, when this runs
 * from the CLI bundle, the build's file is there, undamaged and compiled by
 * the installed Handlebars, from exactly this text and these options (the
 * digest); `undefined` otherwise, and the caller compiles. Read once per process.
 */
export function precompiledTemplateSource(name: string, digest: string): string | undefined {
  if (!RUNS_FROM_BUNDLE) return undefined;
  if (loaded === null) {
    const text = readBuildFile(PRECOMPILED_TEMPLATES_FILE, MAX_BYTES);
    loaded = text === undefined ? undefined : parsePrecompiledTemplates(text, handlebarsVersion());
  }
  const found = loaded?.get(name);
  return found?.digest === digest ? found.source : undefined;
}

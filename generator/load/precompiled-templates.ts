import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isBuildFile } from './build-file.ts';
import { ERRCAT_ROOT, RUNS_FROM_BUNDLE } from '../vocabulary/errcat-root.ts';

/** Where `npm run build` writes errcat's Handlebars templates precompiled (see `maintenance/precompile-templates.ts`). */
export const PRECOMPILED_TEMPLATES_FILE: URL = new URL('dist/templates-compiled.cjs', ERRCAT_ROOT);

/** Larger than this, the file is not errcat's (the templates precompile to about 50 KB). */
const MAX_BYTES = 4 * 1024 * 1024;

/**
 * What a precompiled template was made from: the template's text and the
 * compile options, so that a template edited after the build, or compiled
 * otherwise, is not taken for it.
 */
export function templateDigest(text: string, options: object): string {
  return `sha256-${createHash('sha256').update(JSON.stringify(options)).update('\0').update(text).digest('hex')}`;
}

/** The layout of the precompiled file: a CommonJS module with these two exports. */
export interface PrecompiledTemplatesModule {
  /** `templateDigest` of each template, by file name. */
  digests: Record<string, string>;
  /** Handlebars' precompiled template spec of each, by file name. */
  templates: Record<string, unknown>;
}

let loaded: PrecompiledTemplatesModule | null | undefined;

/**
 * The precompiled spec of one of errcat's templates, when this runs from the
 * CLI bundle, the build's file is there and was made from exactly this text
 * and these options; `undefined` otherwise, and the caller compiles. Never
 * throws: the file is only a shortcut.
 */
export function precompiledTemplate(name: string, digest: string): unknown {
  if (!RUNS_FROM_BUNDLE) return undefined;
  loaded ??= loadTemplates();
  return loaded !== null && loaded.digests[name] === digest ? loaded.templates[name] : undefined;
}

function loadTemplates(): PrecompiledTemplatesModule | null {
  try {
    if (!isBuildFile(PRECOMPILED_TEMPLATES_FILE, MAX_BYTES)) return null;
    const found = createRequire(import.meta.url)(fileURLToPath(PRECOMPILED_TEMPLATES_FILE)) as Partial<PrecompiledTemplatesModule> | null;
    const usable = typeof found?.digests === 'object' && found.digests !== null && typeof found.templates === 'object' && found.templates !== null;
    return usable ? (found as PrecompiledTemplatesModule) : null;
  } catch {
    return null;
  }
}

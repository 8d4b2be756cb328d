import { buildFileRecords, readBuildFile, recordsChecksum } from './build-file.ts';
import type { CompiledModule } from '../vocabulary/compiled-module.ts';
import { ERRCAT_ROOT, RUNS_FROM_BUNDLE } from '../vocabulary/errcat-root.ts';

/**
 * Where `npm run build` writes the modules it compiled ahead of time, beside
 * the CLI bundle in errcat's package (see `maintenance/precompile-modules.ts`).
 */
export const PRECOMPILED_MODULES_FILE: URL = new URL('dist/modules-compiled.json', ERRCAT_ROOT);

/** What `compilerIdentity()` says when it cannot tell: then nothing precompiled is taken, whatever a file says. */
export const UNKNOWN_COMPILER = 'unknown';

/** Names the layout below: a file of another layout is not read. */
export const PRECOMPILED_MODULES_FORMAT = 'errcat-precompiled-modules/1';

/** One module compiled ahead of time: its TypeScript source, and exactly what the emitter's compile gives for it. */
export interface PrecompiledModule {
  source: string;
  js: string;
  dts: string;
}

/** The precompiled modules file. */
export interface PrecompiledModulesFile {
  format: typeof PRECOMPILED_MODULES_FORMAT;
  /** The compiler that compiled them (`compilerIdentity()`). */
  compiler: string;
  /** Core's runtime modules and the templates of the module structures the build knows, in the build's order. */
  modules: PrecompiledModule[];
  /** `precompiledChecksum(modules)`: a file damaged inside a string still parses, and must not be used. */
  checksum: string;
}

/** What a module record holds, each field in the checksum. */
const MODULE_FIELDS = ['source', 'js', 'dts'] as const;

/** A digest of the modules' sources and compiled text, written with them and checked on reading (`recordsChecksum`). */
export function precompiledChecksum(modules: readonly PrecompiledModule[]): string {
  return recordsChecksum(modules, MODULE_FIELDS);
}

/**
 * The compiled modules of a precompiled file's text, by source, when it is one
 * of this layout, compiled by this compiler, and undamaged; `undefined`
 * otherwise, and the caller compiles. Never throws: the file is only a
 * shortcut. Keyed by the whole source, a module can only stand for itself:
 * a source edited after the build is not found, and is compiled.
 */
export function parsePrecompiledModules(text: string, compiler: string): ReadonlyMap<string, CompiledModule> | undefined {
  if (compiler === UNKNOWN_COMPILER) return undefined;
  const found = buildFileRecords(text, { format: PRECOMPILED_MODULES_FORMAT, compiler }, 'modules', MODULE_FIELDS);
  if (found === undefined || found.checksum !== precompiledChecksum(found.records)) return undefined;
  return new Map(found.records.map((module) => [module.source, { js: module.js, dts: module.dts }]));
}

/** Larger than this, the file is not errcat's (it is about half a megabyte). */
const MAX_BYTES = 16 * 1024 * 1024;

/**
 * What `npm run build` compiled for this source, when the build's file is
 * there, undamaged and compiled by `compiler` (`compilerIdentity()`);
 * `undefined` otherwise, and the emitter compiles, to the same text.
 *
 * Used only by the CLI bundle, which the same build wrote beside it. Run from
 * source (tsx, the tests), the compiler's settings and transformers may have
 * changed since the build, which no key sees; such a run compiles. Read and
 * checked once per process.
 */
export function precompiledModule(source: string, compiler: () => string): CompiledModule | undefined {
  if (!RUNS_FROM_BUNDLE) return undefined;
  if (modules === null) {
    const text = readBuildFile(PRECOMPILED_MODULES_FILE, MAX_BYTES);
    modules = text === undefined ? undefined : parsePrecompiledModules(text, compiler());
  }
  return modules?.get(source);
}

let modules: ReadonlyMap<string, CompiledModule> | undefined | null = null;

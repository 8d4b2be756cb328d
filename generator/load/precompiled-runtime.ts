import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isBuildFile } from './build-file.ts';
import { ERRCAT_ROOT, RUNS_FROM_BUNDLE } from '../vocabulary/errcat-root.ts';
import { runtimeDigest, runtimeSources } from './runtime-sources.ts';

/**
 * Where `npm run build` writes core's runtime compiled ahead of time, beside
 * the CLI bundle in errcat's package (see `maintenance/precompile-runtime.ts`).
 */
export const PRECOMPILED_RUNTIME_FILE: URL = new URL('dist/runtime-compiled.json', ERRCAT_ROOT);

/** Names the layout below: a file of another layout is not read. */
export const PRECOMPILED_RUNTIME_FORMAT = 'errcat-precompiled-runtime/1';

/** One runtime module compiled ahead of time: exactly what the emitter's compile gives for it. */
export interface PrecompiledModule {
  /** The runtime file's name, e.g. `classify.ts`. */
  name: string;
  js: string;
  dts: string;
}

/** The precompiled runtime file, and what it was compiled from. */
export interface PrecompiledRuntimeFile {
  format: typeof PRECOMPILED_RUNTIME_FORMAT;
  /** `runtimeDigest()` of the runtime sources it was compiled from. */
  runtimeDigest: string;
  /** The version of the TypeScript compiler that compiled it (`ts.version`). */
  typescript: string;
  /** One per runtime source, in `runtimeSources()` order. */
  modules: PrecompiledModule[];
  /** `precompiledChecksum(modules)`: a file damaged inside a string still parses, and must not be used. */
  checksum: string;
}

/** What a precompiled file must match to stand in for compiling: the runtime on disk and the compiler loaded. */
export interface PrecompiledExpectation {
  runtimeDigest: string;
  typescript: string;
  names: readonly string[];
}

/** A digest of the compiled modules' names and text, written with them and checked on reading. */
export function precompiledChecksum(modules: readonly PrecompiledModule[]): string {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(`${module.name}\0${module.js}\0${module.dts}\0`);
  return `sha256-${hash.digest('hex')}`;
}

/**
 * The modules of a precompiled file's text, by runtime file name, when it is
 * one of this layout, compiled from exactly these runtime sources by this
 * TypeScript version, and undamaged; `undefined` otherwise, and the caller
 * compiles. Never throws: the file is only a shortcut.
 */
export function parsePrecompiledRuntime(text: string, expected: PrecompiledExpectation): ReadonlyMap<string, PrecompiledModule> | undefined {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(file) || file.format !== PRECOMPILED_RUNTIME_FORMAT) return undefined;
  if (file.runtimeDigest !== expected.runtimeDigest || file.typescript !== expected.typescript) return undefined;
  const modules = file.modules;
  if (!Array.isArray(modules) || modules.length !== expected.names.length) return undefined;
  const found = new Map<string, PrecompiledModule>();
  for (const [i, module] of (modules as unknown[]).entries()) {
    const name = expected.names[i]!;
    if (!isRecord(module) || module.name !== name || typeof module.js !== 'string' || typeof module.dts !== 'string') return undefined;
    found.set(name, { name, js: module.js, dts: module.dts });
  }
  return file.checksum === precompiledChecksum([...found.values()]) ? found : undefined;
}

/** Larger than this, the file is not errcat's (the runtime compiles to about 100 KB). */
const MAX_BYTES = 8 * 1024 * 1024;

/**
 * Core's runtime as `npm run build` compiled it, by runtime file name, when it
 * matches the runtime sources on disk and the loaded compiler (`typescript`,
 * `ts.version`); `undefined` when there is none, or it does not match, or it
 * is damaged: then the emitter compiles, as it would without the file.
 *
 * Used only by the CLI bundle, which the same build wrote beside it. Run from
 * source (tsx, the tests), the compiler's settings and transformers may have
 * changed since the build, which neither digest sees; such a run compiles.
 * Read and checked once per process, like the runtime sources.
 */
export function precompiledRuntime(typescript: string): ReadonlyMap<string, PrecompiledModule> | undefined {
  if (!RUNS_FROM_BUNDLE) return undefined;
  if (known?.typescript !== typescript) known = { typescript, modules: readPrecompiledRuntime(typescript) };
  return known.modules;
}

let known: { typescript: string; modules: ReadonlyMap<string, PrecompiledModule> | undefined } | undefined;

function readPrecompiledRuntime(typescript: string): ReadonlyMap<string, PrecompiledModule> | undefined {
  const text = readOwnFile(PRECOMPILED_RUNTIME_FILE);
  if (text === undefined) return undefined;
  const names = runtimeSources().map((source) => source.name);
  return parsePrecompiledRuntime(text, { runtimeDigest: runtimeDigest(), typescript, names });
}

/** The file's text, or `undefined` if it is missing, not a regular file, too large or unreadable. */
function readOwnFile(file: URL): string | undefined {
  try {
    return isBuildFile(file, MAX_BYTES) ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

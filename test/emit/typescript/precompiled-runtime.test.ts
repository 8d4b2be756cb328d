// The precompiled runtime (dist/runtime-compiled.json, written by `npm run
// build`, which the global setup runs) must be exactly what the emitter
// would compile, and any file that does not match the runtime on disk and the
// loaded compiler, or is damaged, must be refused so that the emitter compiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slashHeader } from '../../../generator/emit/file-header.ts';
import { compileModule } from '../../../generator/emit/typescript/compile-module.ts';
import { ts } from '../../../generator/emit/typescript/ts-morph-module.ts';
import {
  parsePrecompiledRuntime,
  precompiledChecksum,
  precompiledRuntime,
  PRECOMPILED_RUNTIME_FILE,
  PRECOMPILED_RUNTIME_FORMAT,
  type PrecompiledExpectation,
  type PrecompiledRuntimeFile,
} from '../../../generator/load/precompiled-runtime.ts';
import { runtimeDigest, runtimeSources } from '../../../generator/load/runtime-sources.ts';

const built = readFileSync(PRECOMPILED_RUNTIME_FILE, 'utf8');
const expected: PrecompiledExpectation = { runtimeDigest: runtimeDigest(), typescript: ts.version, names: runtimeSources().map((s) => s.name) };

describe('the precompiled runtime the build writes', () => {
  it('is, module by module, what compileModule makes of each runtime source today', () => {
    const file = JSON.parse(built) as PrecompiledRuntimeFile;
    expect(file.format).toBe(PRECOMPILED_RUNTIME_FORMAT);
    expect(file.runtimeDigest).toBe(runtimeDigest());
    expect(file.typescript).toBe(ts.version);
    expect(file.modules.map((m) => m.name)).toEqual(expected.names);
    for (const source of runtimeSources()) {
      // Spelled out here, not taken from runtime-module.ts: a wrong shared helper must not pass.
      const name = source.name.slice(0, -'.ts'.length);
      const compiled = compileModule(`core/src/${name}.ts`, `${slashHeader([`errcat/runtime/core/${source.name}`])}\n${source.text}`);
      expect(file.modules.find((m) => m.name === source.name), source.name).toEqual({ name: source.name, ...compiled });
    }
  });

  it('is accepted by the reader for the runtime on disk', () => {
    expect([...(parsePrecompiledRuntime(built, expected)?.keys() ?? [])]).toEqual(expected.names);
  });

  it('is not used when errcat runs from source: the compiler code may have changed since the build', () => {
    expect(precompiledRuntime(ts.version)).toBeUndefined();
  });
});

describe('a precompiled runtime that does not match or is damaged is refused', () => {
  const good = JSON.parse(built) as PrecompiledRuntimeFile;
  const changed = (edit: (file: PrecompiledRuntimeFile) => unknown) => {
    const copy = structuredClone(good);
    const result = edit(copy);
    return JSON.stringify(result ?? copy);
  };
  const resealed = (file: PrecompiledRuntimeFile) => ({ ...file, checksum: precompiledChecksum(file.modules) });

  const cases: [string, string][] = [
    ['empty', ''],
    ['cut short', built.slice(0, built.length / 2)],
    ['not an object', '[1, 2]'],
    ['null', 'null'],
    ['another layout', changed((f) => ({ ...f, format: 'errcat-precompiled-runtime/0' }))],
    ['compiled from other runtime sources', changed((f) => ({ ...f, runtimeDigest: `sha256-${'0'.repeat(64)}` }))],
    ['compiled by another TypeScript', changed((f) => ({ ...f, typescript: '0.0.1' }))],
    ['a module missing', changed((f) => resealed({ ...f, modules: f.modules.slice(1) }))],
    ['a module more', changed((f) => resealed({ ...f, modules: [...f.modules, { name: 'extra.ts', js: '', dts: '' }] }))],
    ['modules out of order', changed((f) => resealed({ ...f, modules: [...f.modules].reverse() }))],
    ['a module renamed', changed((f) => resealed({ ...f, modules: f.modules.map((m, i) => (i === 0 ? { ...m, name: 'other.ts' } : m)) }))],
    ['a module without declarations', changed((f) => ({ ...f, modules: f.modules.map((m, i) => (i === 0 ? { name: m.name, js: m.js } : m)) }))],
    ['JavaScript that is not text', changed((f) => ({ ...f, modules: f.modules.map((m, i) => (i === 0 ? { ...m, js: 42 } : m)) }))],
    ['a module changed inside a string', changed((f) => { f.modules[0]!.js = f.modules[0]!.js.replace('export', 'exports'); })],
    ['no checksum', changed((f) => ({ ...f, checksum: undefined }))],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(text).not.toBe(built);
    expect(parsePrecompiledRuntime(text, expected)).toBeUndefined();
  });

  it('unless only its layout changed (the checks look at content, not spelling)', () => {
    expect(parsePrecompiledRuntime(JSON.stringify(good, null, 2), expected)?.size).toBe(expected.names.length);
  });
});

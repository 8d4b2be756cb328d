// The precompiled modules (dist/modules-compiled.json, written by `npm run
// build`, which the global setup runs) must be exactly what the emitter
// would compile, and any file that another compiler made, or that is damaged,
// must be refused so that the emitter compiles.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { slashHeader } from '../../../generator/emit/file-header.ts';
import { compileModule } from '../../../generator/emit/typescript/compile-module.ts';
import { compilerIdentity } from '../../../generator/emit/typescript/ts-morph-module.ts';
import {
  parsePrecompiledModules,
  precompiledChecksum,
  precompiledModule,
  PRECOMPILED_MODULES_FILE,
  PRECOMPILED_MODULES_FORMAT,
  UNKNOWN_COMPILER,
  type PrecompiledModulesFile,
} from '../../../generator/load/precompiled-modules.ts';
import { runtimeSources } from '../../../generator/load/runtime-sources.ts';
import { loadModel } from '../../../generator/model/load-model.ts';
import { ENUM_STYLES } from '../../../generator/model/model.ts';
import { fixtureCases } from '../../fixtures/fixture-cases.ts';

const built = readFileSync(PRECOMPILED_MODULES_FILE, 'utf8');
const file = JSON.parse(built) as PrecompiledModulesFile;

describe('the precompiled modules the build writes', () => {
  it('are, module by module, what compileModule makes of each source today', () => {
    expect(file.format).toBe(PRECOMPILED_MODULES_FORMAT);
    expect(file.compiler).toBe(compilerIdentity());
    expect(compilerIdentity()).toMatch(/^@ts-morph\/common@\d+\.\d+\.\d+$/);
    for (const module of file.modules) {
      expect({ source: module.source, ...compileModule('module.ts', module.source) }).toEqual(module);
    }
  });

  it('hold core runtime, each module as the emitter copies it', () => {
    const sources = new Set(file.modules.map((m) => m.source));
    for (const source of runtimeSources()) {
      // Spelled out here, not taken from runtime-module.ts: a wrong shared helper must not pass.
      expect(sources.has(`${slashHeader([`errcat/runtime/core/${source.name}`])}\n${source.text}`), source.name).toBe(true);
    }
  });

  it('hold templates, in which no catalog text is left: no id, name or symbol of a shipped provider or catalog', async () => {
    const templates = file.modules.filter((m) => !m.source.includes('errcat/runtime/core/'));
    expect(templates.length).toBeGreaterThan(5);
    const { model } = await loadModel({ kind: 'folder', dir: 'schema/catalogs', root: '.' }, { scope: '@errcat' });
    const texts = model.providers.flatMap((p) => [p.id, p.name, p.packageName, ...Object.values(p.symbols), ...p.catalogs.flatMap((c) => [c.name, ...Object.values(c.symbols)])]);
    expect(texts.length).toBeGreaterThan(50);
    for (const template of templates) {
      expect(template.source.startsWith('// errcat$')).toBe(true);
      for (const text of [...texts, model.corePackageName]) expect(template.source, text).not.toContain(text);
    }
  });

  it('are accepted by the reader, by source', () => {
    const modules = parsePrecompiledModules(built, compilerIdentity());
    expect(modules?.size).toBe(file.modules.length);
    expect(modules?.get(file.modules[0]!.source)).toEqual({ js: file.modules[0]!.js, dts: file.modules[0]!.dts });
  });

  it('are not used when errcat runs from source: the compiler code may have changed since the build', () => {
    expect(precompiledModule(file.modules[0]!.source, compilerIdentity)).toBeUndefined();
  });
});

describe('the precompiled templates serve catalogs errcat does not ship', () => {
  // Each fixture's catalogs, in each enum style: every template their modules need is one the build compiled,
  // so a project of such catalogs never loads the compiler. The fixtures are not what the build compiles from.
  it.each(['const-style', 'edge-cases', 'string-codes', 'white-label'])('%s', async (name) => {
    const fixture = (await fixtureCases()).find((c) => c.name === name)!;
    const precompiled = new Set(file.modules.map((m) => m.source));
    for (const enumStyle of ENUM_STYLES) {
      vi.resetModules(); // nothing compiled yet in this process
      const { compiledSources } = await import('../../../generator/emit/typescript/compile-module.ts');
      const { emitTypeScript } = await import('../../../generator/emit/typescript/typescript-emitter.ts');
      const { model } = await loadModel({ kind: 'folder', dir: fixture.catalogDir, root: fixture.catalogDir }, { scope: '@acme', enumStyle });
      for (const _file of emitTypeScript(model));
      const compiled = compiledSources();
      expect(compiled.length).toBeGreaterThan(runtimeSources().length);
      expect(compiled.filter((source) => !precompiled.has(source)), `${name}, ${enumStyle}`).toEqual([]);
    }
  });
});

describe('a precompiled modules file that does not match or is damaged is refused', () => {
  const changed = (edit: (copy: PrecompiledModulesFile) => unknown) => {
    const copy = structuredClone(file);
    const result = edit(copy);
    return JSON.stringify(result ?? copy);
  };
  const resealed = (f: PrecompiledModulesFile) => ({ ...f, checksum: precompiledChecksum(f.modules) });

  const cases: [string, string][] = [
    ['empty', ''],
    ['cut short', built.slice(0, built.length / 2)],
    ['not an object', '[1, 2]'],
    ['null', 'null'],
    ['another layout', changed((f) => ({ ...f, format: 'errcat-precompiled-modules/0' }))],
    ['compiled by another compiler', changed((f) => ({ ...f, compiler: '@ts-morph/common@0.0.1' }))],
    ['compiled by another compiler, resealed', changed((f) => resealed({ ...f, compiler: '@ts-morph/common@0.0.1' }))],
    ['a module without declarations', changed((f) => ({ ...f, modules: f.modules.map((m, i) => (i === 0 ? { source: m.source, js: m.js } : m)) }))],
    ['JavaScript that is not text', changed((f) => ({ ...f, modules: f.modules.map((m, i) => (i === 0 ? { ...m, js: 42 } : m)) }))],
    ['modules that are not a list', changed((f) => ({ ...f, modules: {} }))],
    ['a module changed inside a string', changed((f) => { f.modules[0]!.js = f.modules[0]!.js.replace('export', 'exports'); })],
    ['a source changed inside a string', changed((f) => { f.modules[0]!.source = f.modules[0]!.source.replace('export', 'exports'); })],
    ['no checksum', changed((f) => ({ ...f, checksum: undefined }))],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(text).not.toBe(built);
    expect(parsePrecompiledModules(text, compilerIdentity())).toBeUndefined();
  });

  it('when this run cannot tell its compiler, even from a file that says the same', () => {
    const unknown = JSON.stringify({ ...file, compiler: UNKNOWN_COMPILER, checksum: precompiledChecksum(file.modules) });
    expect(parsePrecompiledModules(unknown, UNKNOWN_COMPILER)).toBeUndefined();
  });

  it('unless only its layout changed (the checks look at content, not spelling)', () => {
    expect(parsePrecompiledModules(JSON.stringify(file, null, 2), compilerIdentity())?.size).toBe(file.modules.length);
  });
});

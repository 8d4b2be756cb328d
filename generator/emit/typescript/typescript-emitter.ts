import type { Model } from '../../model/model.ts';
import type { Emitter } from '../emitter.ts';
import { slashHeader } from '../file-header.ts';
import { fileOfBytes, type GeneratedFile } from '../generated-file.ts';
import type { CompiledModule } from '../../vocabulary/compiled-module.ts';
import { compiledTemplate } from './compiled-template.ts';
import type { TemplatedSource } from './module-template.ts';
import { categoryModule } from './category-module.ts';
import { catalogModuleBytes, type ModuleFileKind } from './provider-catalog-module.ts';
import { indexModuleSource, parseModule } from './provider-parse-module.ts';
import { runtimeSources } from '../../load/runtime-sources.ts';
import { compileRuntimeModule, runtimeModule } from './runtime-module.ts';

/**
 * Emits each package's TypeScript source under `src/` and, beside it in
 * `dist/`, the ESM JavaScript and `.d.ts` that Node and TypeScript import
 * with no build step. Files are made one at a time, as they are taken (see
 * `Emitter`): a large catalog's module is three large texts.
 */
export const emitTypeScript: Emitter = function* (model: Model, units?: ReadonlySet<string>) {
  // Core's modules are compiled only when core is wanted: a run that regenerates one provider does not compile the runtime.
  if (units === undefined || units.has('core')) yield* coreFiles(model);
  for (const provider of model.providers) {
    const header = slashHeader(provider.sources);
    for (const catalog of provider.catalogs) {
      for (const [kind, bytes] of catalogModuleBytes(provider, catalog, model.corePackageName, header, model.enumStyle)) {
        yield moduleFileOfBytes(provider.id, catalog.id, kind, bytes, header);
      }
    }
    yield* compiledFiles(provider.id, 'parse', parseModule(provider, model.corePackageName, header), header);
    // Only comments and `export *` lines: JavaScript and declarations are the source itself (a test holds the compiler to that).
    yield* moduleFiles(provider.id, 'index', indexModuleSource(provider, header), header);
  }
};

/**
 * One file of a module. Declaration emit drops the leading comment, and so
 * does JavaScript emit when the first statement is a type-only import; every
 * file must carry the notice.
 */
function moduleFile(pkg: string, name: string, kind: ModuleFileKind, text: string, header: string): GeneratedFile {
  return { path: modulePath(pkg, name, kind), content: kind === 'ts' || text.startsWith(header) ? text : header + text };
}

/** Where a module's file goes: its source under `src/`, the rest under `dist/`. */
function modulePath(pkg: string, name: string, kind: ModuleFileKind): string {
  return kind === 'ts' ? `${pkg}/src/${name}.ts` : `${pkg}/dist/${name}.${kind === 'js' ? 'js' : 'd.ts'}`;
}

/** One file of a module, made as UTF-8 bytes (see `moduleFile`); the notice is checked at the bytes' start. */
function moduleFileOfBytes(pkg: string, name: string, kind: ModuleFileKind, bytes: Uint8Array, header: string): GeneratedFile {
  const notice = Buffer.from(header, 'utf8');
  const headed = kind === 'ts' || Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, notice.length)).equals(notice) ? bytes : Buffer.concat([notice, bytes]);
  return fileOfBytes(modulePath(pkg, name, kind), headed);
}

/** The three files of a module whose JavaScript and declarations are given (or, for `index`, are its source). */
function* moduleFiles(pkg: string, name: string, ts: string, header: string, compiled: CompiledModule = { js: ts, dts: ts }): Generator<GeneratedFile> {
  yield moduleFile(pkg, name, 'ts', ts, header);
  yield moduleFile(pkg, name, 'js', compiled.js, header);
  yield moduleFile(pkg, name, 'dts', compiled.dts, header);
}

/** The three files of a module compiled through its template (`compiled-template.ts`). */
function compiledFiles(pkg: string, name: string, templated: TemplatedSource, header: string): Generator<GeneratedFile> {
  return moduleFiles(pkg, name, templated.source, header, compiledTemplate(`${pkg}/src/${name}.ts`, templated));
}

/** Core's modules: the category module made from the taxonomy, and the runtime, copied as written and compiled. */
function* coreFiles(model: Model): Generator<GeneratedFile> {
  const coreHeader = slashHeader(model.coreSources);
  yield* compiledFiles('core', 'category', categoryModule(model.taxonomy, coreHeader, model.enumStyle), coreHeader);
  // The runtime is copied as written: its source is errcat's own, type-checked and tested where it lives.
  // Its compiled form depends only on errcat's own files, so the build compiles it ahead of time (it cost some 0.15 s of a one-second full run).
  for (const runtime of runtimeSources()) {
    const module = runtimeModule(runtime);
    yield* moduleFiles('core', module.name, module.source, module.header, compileRuntimeModule(module));
  }
}

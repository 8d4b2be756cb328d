import type { Model } from '../../model/model.ts';
import type { Emitter } from '../emitter.ts';
import { slashHeader } from '../file-header.ts';
import { fileOfBytes, type EncodedText, type GeneratedFile } from '../generated-file.ts';
import type { CompiledModule } from '../../vocabulary/compiled-module.ts';
import { compiledTemplate } from './compiled-template.ts';
import type { TemplatedSource } from './module-template.ts';
import { categoryModule } from './category-module.ts';
import { catalogModuleBytes } from './provider-catalog-module.ts';
import type { ModuleTarget } from '../../vocabulary/module-targets.ts';
import { indexModuleSource, parseModule } from './provider-parse-module.ts';
import { runtimeSources } from '../../load/runtime-sources.ts';
import { compileRuntimeModule, runtimeModule } from './runtime-module.ts';

/**
 * Emits each package's TypeScript source under `src/` and, beside it in
 * `dist/`, the ESM JavaScript and `.d.ts` that Node and TypeScript import
 * with no build step: each of them when the model's `targets` name it, and
 * only those (a file not wanted is not made at all). Files are made one at a
 * time, as they are taken (see `Emitter`): a large catalog's module is three
 * large texts.
 */
export const emitTypeScript: Emitter = function* (model: Model, units?: ReadonlySet<string>) {
  const kinds: ReadonlySet<ModuleTarget> = new Set(model.targets);
  // Core's modules are compiled only when core is wanted: a run that regenerates one provider does not compile the runtime.
  if (units === undefined || units.has('core')) yield* coreFiles(model, kinds);
  for (const provider of model.providers) {
    const header = slashHeader(provider.sources);
    for (const catalog of provider.catalogs) {
      for (const [kind, bytes] of catalogModuleBytes(provider, catalog, model.corePackageName, header, model.enumStyle, kinds)) {
        yield moduleFileOfBytes(provider.id, catalog.id, kind, bytes, header);
      }
    }
    yield* compiledFiles(provider.id, 'parse', parseModule(provider, model.corePackageName, header), header, kinds);
    // Only comments and `export *` lines: JavaScript and declarations are the source itself (a test holds the compiler to that).
    const index = indexModuleSource(provider, header);
    yield* moduleFiles(provider.id, 'index', index, header, kinds, () => ({ js: index, dts: index }));
  }
};

/**
 * One file of a module. Declaration emit drops the leading comment, and so
 * does JavaScript emit when the first statement is a type-only import; every
 * file must carry the notice.
 */
function moduleFile(pkg: string, name: string, kind: ModuleTarget, text: string, header: string): GeneratedFile {
  return { path: modulePath(pkg, name, kind), content: kind === 'ts' || text.startsWith(header) ? text : header + text };
}

/** Where a module's file goes: its source under `src/`, the rest under `dist/`. */
function modulePath(pkg: string, name: string, kind: ModuleTarget): string {
  return kind === 'ts' ? `${pkg}/src/${name}.ts` : `${pkg}/dist/${name}.${kind === 'js' ? 'js' : 'd.ts'}`;
}

/** One file of a module, made as UTF-8 bytes (see `moduleFile`); the notice is checked at the bytes' start. */
function moduleFileOfBytes(pkg: string, name: string, kind: ModuleTarget, bytes: EncodedText, header: string): GeneratedFile {
  const notice = Buffer.from(header, 'utf8');
  const headed = kind === 'ts' || startsWith(bytes, notice) ? bytes : [notice, ...bytes];
  return fileOfBytes(modulePath(pkg, name, kind), headed);
}

/** Whether the pieces, one after another, start with `start`. */
function startsWith(pieces: EncodedText, start: Buffer): boolean {
  let at = 0;
  for (const piece of pieces) {
    if (at >= start.length) break;
    const length = Math.min(piece.byteLength, start.length - at);
    if (!Buffer.from(piece.buffer, piece.byteOffset, length).equals(start.subarray(at, at + length))) return false;
    at += length;
  }
  return at >= start.length;
}

/** The wanted files of a module, its source `ts` and what `compiled` gives; compiled only when its JavaScript or declarations are wanted. */
function* moduleFiles(pkg: string, name: string, ts: string, header: string, kinds: ReadonlySet<ModuleTarget>, compiled: () => CompiledModule): Generator<GeneratedFile> {
  if (kinds.has('ts')) yield moduleFile(pkg, name, 'ts', ts, header);
  if (!kinds.has('js') && !kinds.has('dts')) return;
  const { js, dts } = compiled();
  if (kinds.has('js')) yield moduleFile(pkg, name, 'js', js, header);
  if (kinds.has('dts')) yield moduleFile(pkg, name, 'dts', dts, header);
}

/** The wanted files of a module compiled through its template (`compiled-template.ts`). */
function compiledFiles(pkg: string, name: string, templated: TemplatedSource, header: string, kinds: ReadonlySet<ModuleTarget>): Generator<GeneratedFile> {
  return moduleFiles(pkg, name, templated.source, header, kinds, () => compiledTemplate(`${pkg}/src/${name}.ts`, templated));
}

/** Core's modules: the category module made from the taxonomy, and the runtime, copied as written and compiled. */
function* coreFiles(model: Model, kinds: ReadonlySet<ModuleTarget>): Generator<GeneratedFile> {
  const coreHeader = slashHeader(model.coreSources);
  yield* compiledFiles('core', 'category', categoryModule(model.taxonomy, coreHeader, model.enumStyle), coreHeader, kinds);
  // The runtime is copied as written: its source is errcat's own, type-checked and tested where it lives.
  // Its compiled form depends only on errcat's own files, so the build compiles it ahead of time (it cost some 0.15 s of a one-second full run).
  for (const runtime of runtimeSources()) {
    const module = runtimeModule(runtime);
    yield* moduleFiles('core', module.name, module.source, module.header, kinds, () => compileRuntimeModule(module));
  }
}

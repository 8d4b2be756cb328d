import type { Model } from '../../model/model.ts';
import type { Emitter } from '../emitter.ts';
import { slashHeader } from '../file-header.ts';
import type { GeneratedFile } from '../generated-file.ts';
import { compileModule } from './compile-module.ts';
import { ts } from './ts-morph-module.ts';
import { categoryModuleSource } from './category-module.ts';
import { catalogModuleFiles, type ModuleFiles } from './provider-catalog-module.ts';
import { indexModuleSource, parseModuleSource } from './provider-parse-module.ts';
import { precompiledRuntime } from '../../load/precompiled-runtime.ts';
import { runtimeSources } from '../../load/runtime-sources.ts';
import { compileRuntimeModule, runtimeModule } from './runtime-module.ts';

/**
 * Emits each package's TypeScript source under `src/` and, beside it in
 * `dist/`, the ESM JavaScript and `.d.ts` that Node and TypeScript import
 * with no build step.
 */
export const emitTypeScript: Emitter = (model: Model, units?: ReadonlySet<string>) => {
  const files: GeneratedFile[] = [];
  const push = (pkg: string, name: string, module: ModuleFiles, header: string) => {
    // Declaration emit drops the leading comment, and so does JavaScript emit when the first statement is a type-only import; every file must carry the notice.
    const withHeader = (text: string) => (text.startsWith(header) ? text : header + text);
    const dts = withHeader(module.dts);
    files.push(
      { path: `${pkg}/src/${name}.ts`, content: module.ts },
      { path: `${pkg}/dist/${name}.js`, content: withHeader(module.js) },
      { path: `${pkg}/dist/${name}.d.ts`, content: dts },
    );
  };
  const add = (pkg: string, name: string, source: string, header: string) =>
    push(pkg, name, { ts: source, ...compileModule(`${pkg}/src/${name}.ts`, source) }, header);
  // Core's modules are compiled only when core is wanted: a run that regenerates one provider does not compile the runtime.
  if (units === undefined || units.has('core')) addCore(model, add, push);
  for (const provider of model.providers) {
    const header = slashHeader(provider.sources);
    for (const catalog of provider.catalogs) {
      const module = catalogModuleFiles(provider, catalog, model.corePackageName, header, model.enumStyle);
      push(provider.id, catalog.id, module, header);
    }
    add(provider.id, 'parse', parseModuleSource(provider, model.corePackageName, header), header);
    // Only comments and `export *` lines: JavaScript and declarations are the source itself (a test holds the compiler to that).
    const index = indexModuleSource(provider, header);
    push(provider.id, 'index', { ts: index, js: index, dts: index }, header);
  }
  return files;
};

/** Core's modules: the category module made from the taxonomy, and the runtime, copied as written and compiled. */
function addCore(
  model: Model,
  add: (pkg: string, name: string, source: string, header: string) => void,
  push: (pkg: string, name: string, module: ModuleFiles, header: string) => void,
): void {
  const coreHeader = slashHeader(model.coreSources);
  add('core', 'category', categoryModuleSource(model.taxonomy, coreHeader, model.enumStyle), coreHeader);
  // The runtime is copied as written: its source is errcat's own, type-checked and tested where it lives.
  // Its compiled form depends only on errcat's own files, so the build compiles it ahead of time (it cost some 0.15 s of a one-second full run);
  // without a matching precompiled file it is compiled here, to the same text.
  const precompiled = precompiledRuntime(ts.version);
  for (const runtime of runtimeSources()) {
    const module = runtimeModule(runtime);
    const compiled = precompiled?.get(runtime.name) ?? compileRuntimeModule(module);
    push('core', module.name, { ts: module.source, js: compiled.js, dts: compiled.dts }, module.header);
  }
}

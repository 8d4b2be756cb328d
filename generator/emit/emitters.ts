import { emitCatalogJson } from './catalog-json-emitter.ts';
import type { Emitter } from './emitter.ts';
import { byteSize, type GeneratedFile } from './generated-file.ts';
import type { Model } from '../model/model.ts';
import { emitIndexReadme, emitMarkdown } from './markdown/markdown-emitter.ts';
import { emitOpenApi } from './openapi/openapi-emitter.ts';
import { emitPackageJson } from './package-json-emitter.ts';
import { emitTaxonomyJson } from './taxonomy-json-emitter.ts';
import { emitTypeScript } from './typescript/typescript-emitter.ts';
import { compilerWork } from './typescript/compile-module.ts';
import { NO_TIMINGS, type StageTimings } from '../vocabulary/stage-timings.ts';
import { TOP_UNIT, unitOf } from '../vocabulary/output-units.ts';

/** Every output target; adding a target is adding an emitter file and a line here. */
export const EMITTERS: Readonly<Record<string, Emitter>> = {
  typescript: emitTypeScript,
  packageJson: emitPackageJson,
  catalogJson: emitCatalogJson,
  taxonomyJson: emitTaxonomyJson,
  openapi: emitOpenApi,
  markdown: emitMarkdown,
};

/** How to run the emitters: which output units to emit, what to do between emitters, how to time them. */
export interface EmitOptions {
  /** What runs after each emitter, with the files it made: the pipeline uses it to manage memory, which is no concern of an emitter's. */
  afterEach?: (made: readonly GeneratedFile[]) => void;
  /** Only the files of these output units (see `vocabulary/output-units.ts`); default all. */
  units?: ReadonlySet<string>;
  /** Records each emitter's time and the bytes it made as the stage `emit <target>`. */
  timings?: StageTimings;
  /** What is kept of each file as it is made (default: the file as it is); the pipeline encodes a large run's files at once (`encodedFile`). */
  keep?: (file: GeneratedFile) => GeneratedFile;
}

/**
 * Runs every emitter and returns all files sorted by path (duplicate paths are
 * an emitter bug, refused here). With `units`, emitters see only the
 * providers listed (core's files depend on no provider), and the index README,
 * made from every provider, is rendered on its own.
 */
export function emitAll(model: Model, options: EmitOptions = {}): GeneratedFile[] {
  const { afterEach = () => {}, units, timings = NO_TIMINGS, keep = (file: GeneratedFile) => file } = options;
  const files: GeneratedFile[] = [];
  const view = units === undefined ? model : { ...model, providers: model.providers.filter((p) => units.has(p.id)) };
  const emitsPackages = units === undefined || units.has('core') || view.providers.length > 0;
  const compiledBefore = compilerWork();
  for (const [target, emit] of emitsPackages ? Object.entries(EMITTERS) : []) {
    const wanted = (file: GeneratedFile) => units === undefined || (units.has(unitOf(file.path)) && unitOf(file.path) !== TOP_UNIT);
    // Each file is kept (encoded, for a large run) as it comes, before the emitter makes the next one.
    const made = timings.time(`emit ${target}`, () => {
      const kept: GeneratedFile[] = [];
      for (const file of emit(view, units)) if (wanted(file)) kept.push(keep(file));
      return kept;
    }, byteCount);
    files.push(...made);
    afterEach(made);
  }
  if (units?.has(TOP_UNIT)) files.push(timings.time('emit index README', () => keep(emitIndexReadme(model)), (f) => byteCount([f])));
  // Part of `emit typescript`: what compiling modules cost, none when every module's template was precompiled (module-template.ts).
  const compiled = compilerWork();
  timings.add({ stage: `  compiled modules: ${compiled.modules - compiledBefore.modules}`, seconds: compiled.seconds - compiledBefore.seconds });
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`two emitters produced ${file.path}`);
    seen.add(file.path);
  }
  // Empty files carry nothing; like protobuf-es, errcat does not write them.
  return files.filter((f) => byteSize(f) > 0).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The UTF-8 size of files, counted only when timings are on. */
function byteCount(files: readonly GeneratedFile[]): number {
  return files.reduce((n, f) => n + byteSize(f), 0);
}

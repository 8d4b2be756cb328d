import { emitCatalogJson } from './catalog-json-emitter.ts';
import type { Emitter } from './emitter.ts';
import type { GeneratedFile } from './generated-file.ts';
import type { Model } from '../model/model.ts';
import { emitMarkdown } from './markdown/markdown-emitter.ts';
import { emitOpenApi } from './openapi/openapi-emitter.ts';
import { emitPackageJson } from './package-json-emitter.ts';
import { emitTaxonomyJson } from './taxonomy-json-emitter.ts';
import { emitTypeScript } from './typescript/typescript-emitter.ts';

/** Every output target; adding a target is adding an emitter file and a line here. */
export const EMITTERS: Readonly<Record<string, Emitter>> = {
  typescript: emitTypeScript,
  packageJson: emitPackageJson,
  catalogJson: emitCatalogJson,
  taxonomyJson: emitTaxonomyJson,
  openapi: emitOpenApi,
  markdown: emitMarkdown,
};

/**
 * Runs every emitter and returns all files sorted by path (duplicate paths are
 * an emitter bug, refused here). `afterEach` runs between emitters: the
 * pipeline uses it to manage memory, which is no concern of an emitter's.
 */
export function emitAll(model: Model, afterEach: () => void = () => {}): GeneratedFile[] {
  const files: GeneratedFile[] = [];
  for (const emit of Object.values(EMITTERS)) {
    files.push(...emit(model));
    afterEach();
  }
  const seen = new Set<string>();
  for (const file of files) {
    if (seen.has(file.path)) throw new Error(`two emitters produced ${file.path}`);
    seen.add(file.path);
  }
  // Empty files carry nothing; like protobuf-es, errcat does not write them.
  return files.filter((f) => f.content.length > 0).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

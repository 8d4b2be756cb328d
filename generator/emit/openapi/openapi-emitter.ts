import type { Emitter } from '../emitter.ts';
import { hashHeader } from '../file-header.ts';
import { coreOpenApi } from './core-openapi.ts';
import { providerOpenApi } from './provider-openapi.ts';
import { yamlBytes } from './yaml-text.ts';
import { fileOfBytes } from '../generated-file.ts';

/** Emits `openapi.yaml` for the core package and for every provider. */
export const emitOpenApi: Emitter = function* (model) {
  // As bytes, made a piece at a time (see `yamlBytes`).
  yield fileOfBytes('core/openapi.yaml', [Buffer.from(hashHeader(model.coreSources), 'utf8'), ...yamlBytes(coreOpenApi(model))]);
  for (const p of model.providers) yield fileOfBytes(`${p.id}/openapi.yaml`, [Buffer.from(hashHeader(p.sources), 'utf8'), ...yamlBytes(providerOpenApi(p))]);
};

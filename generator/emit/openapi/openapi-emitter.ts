import type { Emitter } from '../emitter.ts';
import { hashHeader } from '../file-header.ts';
import { coreOpenApi } from './core-openapi.ts';
import { providerOpenApi } from './provider-openapi.ts';
import { yamlBytes } from './yaml-text.ts';
import { encodedPieces } from '../encoded-lines.ts';
import { fileOfBytes } from '../generated-file.ts';

/** Emits `openapi.yaml` for the core package and for every provider. */
export const emitOpenApi: Emitter = function* (model) {
  // As bytes, made a piece at a time (see `yamlBytes`).
  yield fileOfBytes('core/openapi.yaml', encodedPieces([hashHeader(model.coreSources), ...yamlBytes(coreOpenApi(model))]));
  for (const p of model.providers) yield fileOfBytes(`${p.id}/openapi.yaml`, encodedPieces([hashHeader(p.sources), ...yamlBytes(providerOpenApi(p))]));
};

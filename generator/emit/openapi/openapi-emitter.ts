import type { Emitter } from '../emitter.ts';
import { hashHeader } from '../file-header.ts';
import { coreOpenApi } from './core-openapi.ts';
import { providerOpenApi } from './provider-openapi.ts';
import { yamlText } from './yaml-text.ts';

/** Emits `openapi.yaml` for the core package and for every provider. */
export const emitOpenApi: Emitter = (model) => [
  { path: 'core/openapi.yaml', content: hashHeader(model.coreSources) + yamlText(coreOpenApi(model)) },
  ...model.providers.map((p) => ({ path: `${p.id}/openapi.yaml`, content: hashHeader(p.sources) + yamlText(providerOpenApi(p)) })),
];

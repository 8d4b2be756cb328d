import type { Model } from '../model/model.ts';
import { resolvedCatalog } from '../model/resolved-catalog.ts';
import type { Emitter } from './emitter.ts';

/**
 * Emits `catalog.json`, the resolved catalog: inheritance applied and defaults
 * filled in, in the model's order. It is itself a valid catalog input (no
 * `extends`: the parent's catalogs are already in it).
 */
export const emitCatalogJson: Emitter = (model: Model) =>
  model.providers.map((provider) => ({
    path: `${provider.id}/catalog.json`,
    content: JSON.stringify(resolvedCatalog(provider), null, 2) + '\n',
  }));

import { resolvedCatalog } from '../model/resolved-catalog.ts';
import type { Model } from '../model/model.ts';
import { catalogChanges } from '../changes/catalog-changes.ts';
import type { Change } from '../changes/change.ts';
import { markInherited } from '../changes/inherited-changes.ts';

/**
 * Every change between two models, compared as resolved catalogs (what each
 * generated package is made from: inheritance applied on both sides), with
 * the changes a white-label copy inherits marked as such.
 */
export function diffModels(oldModel: Model, newModel: Model): Change[] {
  const changes = catalogChanges(oldModel.providers.map(resolvedCatalog), newModel.providers.map(resolvedCatalog));
  return markInherited(changes, ancestry(newModel, oldModel));
}

/**
 * A provider's ancestors, nearest first, as the newer model says (a provider
 * that no longer exists: as the older one did).
 */
function ancestry(...models: Model[]): (provider: string) => string[] {
  const parents = new Map<string, string | undefined>();
  for (const model of [...models].reverse()) for (const p of model.providers) parents.set(p.id, p.extends);
  return (provider) => {
    const chain: string[] = [];
    for (let parent = parents.get(provider); parent !== undefined && !chain.includes(parent); parent = parents.get(parent)) chain.push(parent);
    return chain;
  };
}

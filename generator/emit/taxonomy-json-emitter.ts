import type { Model } from '../model/model.ts';
import type { Emitter } from './emitter.ts';
import { headerText } from './file-header.ts';

/**
 * Emits the core package's `taxonomy.json`: every category with what an
 * application does with it, as data (for tools and other languages), and the
 * core version made from it, with the runtime's compatibility level and
 * digest. The next run versions the core package from this one file, as
 * provider packages are versioned from their catalog.json.
 */
export const emitTaxonomyJson: Emitter = (model: Model) => [
  {
    path: 'core/taxonomy.json',
    record: true,
    content:
      JSON.stringify(
        {
          $comment: headerText(model.coreSources),
          release: { version: model.coreVersion, runtime: model.runtime },
          categories: model.taxonomy.map((m) => ({
            id: m.id,
            description: m.description,
            retryableByDefault: m.retryableByDefault,
            resendableByDefault: m.resendableByDefault,
            actor: m.actor,
            failover: m.failover,
          })),
        },
        null,
        2,
      ) + '\n',
  },
];

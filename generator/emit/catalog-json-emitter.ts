import type { Model } from '../model/model.ts';
import { resolvedCatalog } from '../model/resolved-catalog.ts';
import type { Emitter } from './emitter.ts';
import { headerText } from './file-header.ts';
import { CATALOG_SCHEMA_ID } from '../vocabulary/catalog-schema.ts';
import { jsonText } from '../vocabulary/json-text.ts';

/**
 * Emits `catalog.json`, the resolved catalog: inheritance applied and defaults
 * filled in, in the model's order. It is itself a valid catalog input (no
 * `extends`: the parent's catalogs are already in it). Its `release` names
 * the package version made from it: the next run versions from this one file,
 * which a killed run leaves either wholly old or wholly new. Invisible and
 * bidirectional characters are written as `\uXXXX` escapes (`jsonText`): the
 * file parses back to the same texts, and a reviewer sees every one.
 */
export const emitCatalogJson: Emitter = (model: Model) =>
  model.providers.map((provider) => {
    // The schema's published URL: it resolves wherever the output folder is.
    const $schema = CATALOG_SCHEMA_ID;
    const $comment = headerText(provider.sources) + (provider.extends ? ` White-label copy of \`${provider.extends}\`, resolved.` : '');
    const catalog = resolvedCatalog(provider);
    return {
      path: `${provider.id}/catalog.json`,
      record: true,
      content: jsonText({ $schema, $comment, release: { version: provider.version }, ...catalog }, 2) + '\n',
    };
  });

import { providerPackageName } from '../../model/build-model.ts';
import type { Model } from '../../model/model.ts';
import type { Actor } from '../../vocabulary/taxonomy.ts';

/** The view of `generated/README.md`: every provider of the output (`model.summaries`) and the category × provider matrix. */
export function indexReadmeView(model: Model) {
  return {
    providers: model.summaries.map((p) => ({
      id: p.id,
      name: p.name,
      packageName: providerPackageName(model.scope, p.id),
      parent: p.extends ?? '',
      hasParent: p.extends !== undefined,
      catalogs: String(p.catalogs),
      entries: String(p.entries),
    })),
    corePackage: model.corePackageName,
    // `schema/catalogs/` for `schema/catalogs/acme.yaml`; the model lists the sources sorted, so folders come out sorted and once each.
    sourceFolders: [...new Set(model.sources.map((s) => s.slice(0, s.lastIndexOf('/') + 1) || './'))],
    matrix: model.taxonomy.map((member) => ({
      category: member.id,
      actor: ACTORS[member.actor],
      failover: yesNo(member.failover),
      cells: model.summaries.map((p) => {
        const count = p.categories[member.id] ?? 0;
        return { count: String(count), link: `${p.id}/README.md#catalogs`, hasCount: count > 0 };
      }),
    })),
  };
}

/** The view of `generated/core/README.md`: the taxonomy. */
export function coreReadmeView(model: Model) {
  return {
    packageName: model.corePackageName,
    categories: model.taxonomy.map((m) => ({
      id: m.id,
      member: m.member,
      description: m.description,
      retryable: m.id === 'in_progress' ? 'poll' : yesNo(m.retryableByDefault),
      resendable: yesNo(m.resendableByDefault),
      actor: ACTORS[m.actor],
      failover: yesNo(m.failover),
    })),
  };
}

/** How the READMEs name who must act. */
const ACTORS: Readonly<Record<Actor, string>> = { end_user: 'end user', developer: 'developer', account_owner: 'account owner', provider: 'provider', none: '—' };

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

import type { Model } from '../../model/model.ts';
import type { Actor } from '../../vocabulary/taxonomy.ts';

/** The view of `generated/README.md`: the providers and the category × provider matrix. */
export function indexReadmeView(model: Model) {
  // Counted in one pass over each provider's entries: a pass a category cost a 100,000-entry catalog some 70 ms.
  const byProvider = model.providers.map((p) => {
    const counts = new Map<string, number>();
    for (const c of p.catalogs) for (const e of c.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
    return counts;
  });
  const counts = (providerIndex: number, category: string) => byProvider[providerIndex]!.get(category) ?? 0;
  return {
    providers: model.providers.map((p) => ({
      id: p.id,
      name: p.name,
      packageName: p.packageName,
      parent: p.extends ?? '',
      hasParent: p.extends !== undefined,
      catalogs: String(p.catalogs.length),
      entries: String(p.entryCount),
    })),
    corePackage: model.corePackageName,
    // `schema/catalogs/` for `schema/catalogs/acme.yaml`; the model lists the sources sorted, so folders come out sorted and once each.
    sourceFolders: [...new Set(model.sources.map((s) => s.slice(0, s.lastIndexOf('/') + 1) || './'))],
    matrix: model.taxonomy.map((member) => ({
      category: member.id,
      actor: ACTORS[member.actor],
      failover: yesNo(member.failover),
      cells: model.providers.map((p, i) => {
        const count = counts(i, member.id);
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

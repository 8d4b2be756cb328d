import { LIMITS } from './limits.ts';

/** Anything that names a provider and, for a white-label copy, the provider it extends. */
export interface ExtendingProvider {
  file: { provider: { id: string; extends?: string | undefined } };
}

/**
 * A provider, then its parent, and so on up: the chain a white-label copy
 * inherits from. A missing parent or a loop ends it, and so does the
 * ancestor past `LIMITS.maxExtendsDepth` (it is the last link: validation
 * reports all three), so it is safe on any input and short: every rule walks
 * it for every provider, and a cycle through 3,000 providers walked whole
 * from each made validation quadratic (98 s). Validation and the model both
 * walk it.
 */
export function chainOf<T extends ExtendingProvider>(own: T, byId: ReadonlyMap<string, T>): T[] {
  const chain = [own];
  for (let parent = byId.get(own.file.provider.extends ?? ''); parent && !chain.includes(parent); parent = byId.get(parent.file.provider.extends ?? '')) {
    chain.push(parent);
    if (chain.length > LIMITS.maxExtendsDepth + 1) break;
  }
  return chain;
}

/** The cycle a provider's `extends` chain runs into: its ids in order, and where the chain enters it. */
export interface ExtendsCycle {
  /** The providers on the cycle, each extending the next (the last extends the first). */
  ids: readonly string[];
  /** Index in `ids` of the first provider of the cycle the chain reaches (the provider itself when it is on the cycle). */
  entry: number;
}

/**
 * For every provider whose `extends` chain loops, the cycle it runs into.
 * Each provider has at most one parent, so one walk per unvisited provider,
 * marking as it goes, finds every cycle in linear time, however long.
 */
export function extendsCycles<T extends ExtendingProvider>(byId: ReadonlyMap<string, T>): Map<string, ExtendsCycle> {
  const cycles = new Map<string, ExtendsCycle>();
  const walkOf = new Map<string, number>();
  let walk = 0;
  for (const start of byId.keys()) {
    if (walkOf.has(start)) continue;
    walk++;
    const path: string[] = [];
    let id: string | undefined = start;
    while (id !== undefined && byId.has(id) && !walkOf.has(id)) {
      walkOf.set(id, walk);
      path.push(id);
      id = byId.get(id)!.file.provider.extends;
    }
    let reached: ExtendsCycle | undefined;
    let tail = path;
    if (id !== undefined && walkOf.get(id) === walk) {
      // This walk closed a new cycle: its members enter it at themselves.
      const from = path.indexOf(id);
      const ids = path.slice(from);
      ids.forEach((member, entry) => cycles.set(member, { ids, entry }));
      reached = { ids, entry: 0 };
      tail = path.slice(0, from);
    } else if (id !== undefined) {
      reached = cycles.get(id); // an earlier walk's provider: on a cycle, leading into one, or neither
    }
    if (reached) for (const member of tail) cycles.set(member, reached);
  }
  return cycles;
}

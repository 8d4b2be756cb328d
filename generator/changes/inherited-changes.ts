import type { Change } from './change.ts';

/**
 * Marks the changes a white-label copy inherits: BSG's resolved catalog holds
 * Notificore's entries, so a change to Notificore is also a change to BSG (its
 * package changes too, and needs its own version bump). The change stays in
 * BSG's list; `inheritedFrom` tells the reader where it was made.
 *
 * `ancestorsOf` gives a provider's ancestors, nearest first. A change is
 * inherited from the most distant ancestor that has the very same change (the
 * one where it was made), so in a chain C → B → A, a change made in A shows
 * as inherited from A under both B and C.
 */
export function markInherited(changes: readonly Change[], ancestorsOf: (provider: string) => readonly string[]): Change[] {
  const signatures = new Set(changes.map((c) => `${c.provider}\u0000${signatureOf(c)}`));
  return changes.map((change) => {
    const signature = signatureOf(change);
    const origin = [...ancestorsOf(change.provider)].reverse().find((a) => signatures.has(`${a}\u0000${signature}`));
    return origin === undefined ? change : { ...change, inheritedFrom: origin };
  });
}

/** Everything that makes two providers' changes the same change, i.e. all but the provider. */
function signatureOf(change: Change): string {
  const { provider: _provider, inheritedFrom: _inheritedFrom, ...rest } = change;
  return JSON.stringify(rest);
}

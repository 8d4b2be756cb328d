import type { Entry, Section } from '../types/catalog.ts';

/** An entry with the section it is listed in: a move between sections is a change of its own. */
export interface PlacedEntry {
  entry: Entry;
  section: Pick<Section, 'id' | 'title'>;
}

/**
 * How an old and a new entry were found to be the same entry:
 * - `key`: the same key (the usual case: the key is the entry's identity);
 * - `previous-key`: the new entry lists the old key in `previousKeys` (a declared rename);
 * - `code`: an undeclared new key for the same code;
 * - `text`: an undeclared new key for the same text, for message-only entries, which have no code.
 */
export type MatchedBy = 'key' | 'previous-key' | 'code' | 'text';

/** An old entry and the new entry it became. */
export interface EntryPair {
  old: PlacedEntry;
  new: PlacedEntry;
  by: MatchedBy;
}

/** What became of a catalog's entries: pairs, and the entries only one side has. */
export interface EntryMatching {
  pairs: EntryPair[];
  /** Old entries no new entry matches. */
  removed: PlacedEntry[];
  /** New entries no old entry matches. */
  added: PlacedEntry[];
}

/**
 * Pairs the entries of one catalog across two versions. Each step only looks
 * at what the earlier steps left unmatched, from the most to the least
 * certain identity: key, then a declared previous key, then the code (or the
 * text, for entries with no code). Without the last two, renaming an enum
 * member would read as one entry removed and an unrelated one added. Entries
 * are marked matched by their index: a set of every entry on each side cost a
 * 100,000-entry catalog a tenth of a second, when the keys match nearly all.
 */
export function matchEntries(oldEntries: readonly PlacedEntry[], newEntries: readonly PlacedEntry[]): EntryMatching {
  const pairs: EntryPair[] = [];
  const oldMatched = new Uint8Array(oldEntries.length);
  const newMatched = new Uint8Array(newEntries.length);
  const pair = (o: number, n: number, by: MatchedBy) => {
    pairs.push({ old: oldEntries[o]!, new: newEntries[n]!, by });
    oldMatched[o] = 1;
    newMatched[n] = 1;
  };
  /** Indexes of the entries a side has left unmatched, in order. */
  const left = (matched: Uint8Array) => {
    const out: number[] = [];
    for (let i = 0; i < matched.length; i++) if (matched[i] === 0) out.push(i);
    return out;
  };

  // Keys are unique on each side, and most often in the same order: the common prefix pairs without a map.
  let same = 0;
  for (; same < Math.min(oldEntries.length, newEntries.length) && oldEntries[same]!.entry.key === newEntries[same]!.entry.key; same++) pair(same, same, 'key');
  const oldByKey = new Map<string, number>();
  for (let i = same; i < oldEntries.length; i++) oldByKey.set(oldEntries[i]!.entry.key, i);
  for (let i = same; i < newEntries.length; i++) {
    const o = oldByKey.get(newEntries[i]!.entry.key);
    if (o !== undefined) pair(o, i, 'key');
  }

  const unmatchedOldByKey = new Map(left(oldMatched).map((o) => [oldEntries[o]!.entry.key, o]));
  for (const n of left(newMatched)) {
    // Newest first: `previousKeys` lists the oldest first, and the old side most likely had the latest.
    for (const previous of [...(newEntries[n]!.entry.previousKeys ?? [])].reverse()) {
      const o = unmatchedOldByKey.get(previous);
      if (o !== undefined && oldMatched[o] === 0) {
        pair(o, n, 'previous-key');
        break;
      }
    }
  }

  // Codes are unique in a catalog; a code type change (8 → "8") still names the same code.
  const oldByCode = new Map(
    left(oldMatched)
      .filter((o) => oldEntries[o]!.entry.code !== undefined)
      .map((o) => [String(oldEntries[o]!.entry.code), o]),
  );
  for (const n of left(newMatched)) {
    if (newEntries[n]!.entry.code === undefined) continue;
    const o = oldByCode.get(String(newEntries[n]!.entry.code));
    if (o !== undefined) pair(o, n, 'code');
  }

  // Texts of message-only entries may repeat across sections ("Campaign not found"):
  // only a text that is unique on both sides, or unique within one section, identifies an entry.
  for (const identity of [(p: PlacedEntry) => p.entry.text, (p: PlacedEntry) => `${p.section.id}\u0000${p.entry.text}`]) {
    const olds = uniqueBy(left(oldMatched).filter((o) => oldEntries[o]!.entry.code === undefined), (o) => identity(oldEntries[o]!));
    const news = uniqueBy(left(newMatched).filter((n) => newEntries[n]!.entry.code === undefined), (n) => identity(newEntries[n]!));
    for (const [id, n] of news) {
      const o = olds.get(id);
      if (o !== undefined) pair(o, n, 'text');
    }
  }

  return {
    pairs,
    removed: left(oldMatched).map((o) => oldEntries[o]!),
    added: left(newMatched).map((n) => newEntries[n]!),
  };
}

/** Items by identity, keeping only identities exactly one item has. */
function uniqueBy<T>(items: readonly T[], identity: (item: T) => string): Map<string, T> {
  const seen = new Map<string, T | null>();
  for (const item of items) {
    const id = identity(item);
    seen.set(id, seen.has(id) ? null : item);
  }
  return new Map([...seen].filter((pair): pair is [string, T] => pair[1] !== null));
}

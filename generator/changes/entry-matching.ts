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
 * member would read as one entry removed and an unrelated one added.
 */
export function matchEntries(oldEntries: readonly PlacedEntry[], newEntries: readonly PlacedEntry[]): EntryMatching {
  const pairs: EntryPair[] = [];
  const oldLeft = new Set(oldEntries);
  const newLeft = new Set(newEntries);
  const pair = (o: PlacedEntry, n: PlacedEntry, by: MatchedBy) => {
    pairs.push({ old: o, new: n, by });
    oldLeft.delete(o);
    newLeft.delete(n);
  };

  const oldByKey = new Map(oldEntries.map((o) => [o.entry.key, o]));
  for (const n of newEntries) {
    const o = oldByKey.get(n.entry.key);
    if (o) pair(o, n, 'key');
  }

  const unmatchedOldByKey = new Map([...oldLeft].map((o) => [o.entry.key, o]));
  for (const n of [...newLeft]) {
    // Newest first: `previousKeys` lists the oldest first, and the old side most likely had the latest.
    for (const previous of [...(n.entry.previousKeys ?? [])].reverse()) {
      const o = unmatchedOldByKey.get(previous);
      if (o && oldLeft.has(o)) {
        pair(o, n, 'previous-key');
        break;
      }
    }
  }

  // Codes are unique in a catalog; a code type change (8 → "8") still names the same code.
  const oldByCode = new Map([...oldLeft].filter((o) => o.entry.code !== undefined).map((o) => [String(o.entry.code), o]));
  for (const n of [...newLeft]) {
    if (n.entry.code === undefined) continue;
    const o = oldByCode.get(String(n.entry.code));
    if (o) pair(o, n, 'code');
  }

  // Texts of message-only entries may repeat across sections ("Campaign not found"):
  // only a text that is unique on both sides, or unique within one section, identifies an entry.
  for (const identity of [(p: PlacedEntry) => p.entry.text, (p: PlacedEntry) => `${p.section.id}\u0000${p.entry.text}`]) {
    const olds = uniqueBy([...oldLeft].filter((o) => o.entry.code === undefined), identity);
    const news = uniqueBy([...newLeft].filter((n) => n.entry.code === undefined), identity);
    for (const [id, n] of news) {
      const o = olds.get(id);
      if (o) pair(o, n, 'text');
    }
  }

  return {
    pairs,
    removed: oldEntries.filter((o) => oldLeft.has(o)),
    added: newEntries.filter((n) => newLeft.has(n)),
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

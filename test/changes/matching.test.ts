import { describe, expect, it } from 'vitest';
import { matchEntries, type PlacedEntry } from '../../generator/changes/entry-matching.ts';
import type { Entry } from '../../generator/types/catalog.ts';
import { acme, acmeWith, api, messages, reportOf } from '../helpers/catalog-cases.ts';

/** How old and new entries are paired before they are compared: key, declared previous key, then code or text. */

const placed = (section: string, entry: Partial<Entry> & Pick<Entry, 'key'>): PlacedEntry => ({
  entry: { text: 'text', category: 'unknown', ...entry },
  section: { id: section, title: section },
});
const keysOf = (m: ReturnType<typeof matchEntries>) => ({
  pairs: m.pairs.map((p) => [p.old.entry.key, p.new.entry.key, p.by]),
  removed: m.removed.map((r) => r.entry.key),
  added: m.added.map((a) => a.entry.key),
});

describe('matchEntries', () => {
  it('pairs by key before anything else, even when the code changed', () => {
    const m = matchEntries([placed('s', { key: 'A', code: 1 }), placed('s', { key: 'B', code: 2 })], [placed('s', { key: 'A', code: 2 })]);
    expect(keysOf(m)).toEqual({ pairs: [['A', 'A', 'key']], removed: ['B'], added: [] });
  });

  it('pairs by key whatever the order, past a common prefix, in the new side\'s order', () => {
    const m = matchEntries(
      [placed('s', { key: 'A' }), placed('s', { key: 'B' }), placed('s', { key: 'C' }), placed('s', { key: 'D', text: 'gone' })],
      [placed('s', { key: 'A' }), placed('s', { key: 'C' }), placed('s', { key: 'E', text: 'new' }), placed('s', { key: 'B' })],
    );
    expect(keysOf(m)).toEqual({ pairs: [['A', 'A', 'key'], ['C', 'C', 'key'], ['B', 'B', 'key']], removed: ['D'], added: ['E'] });
  });

  it('pairs a declared rename by the newest previous key the old side has', () => {
    const m = matchEntries([placed('s', { key: 'B', code: 1 })], [placed('s', { key: 'C', code: 9, previousKeys: ['A', 'B'] })]);
    expect(keysOf(m)).toEqual({ pairs: [['B', 'C', 'previous-key']], removed: [], added: [] });
  });

  it('pairs an undeclared new key by code, 8 and "8" alike', () => {
    const m = matchEntries([placed('s', { key: 'A', code: 8 })], [placed('s', { key: 'B', code: '8' })]);
    expect(keysOf(m)).toEqual({ pairs: [['A', 'B', 'code']], removed: [], added: [] });
  });

  it('pairs message-only entries by a text unique on both sides', () => {
    const m = matchEntries([placed('s', { key: 'A', text: 'Gone' })], [placed('t', { key: 'B', text: 'Gone' })]);
    expect(keysOf(m)).toEqual({ pairs: [['A', 'B', 'text']], removed: [], added: [] });
  });

  it('pairs a text that repeats only within its section, and leaves a text that stays ambiguous unpaired', () => {
    const before = [placed('x', { key: 'X_DUP', text: 'Dup' }), placed('y', { key: 'Y_DUP', text: 'Dup' }), placed('y', { key: 'Y_DUP_2', text: 'Dup' })];
    const after = [placed('x', { key: 'X_DUP_NEW', text: 'Dup' }), placed('y', { key: 'Y_NEW', text: 'Dup' }), placed('y', { key: 'Y_NEW_2', text: 'Dup' })];
    expect(keysOf(matchEntries(before, after))).toEqual({
      pairs: [['X_DUP', 'X_DUP_NEW', 'text']],
      removed: ['Y_DUP', 'Y_DUP_2'],
      added: ['Y_NEW', 'Y_NEW_2'],
    });
  });

  it('never pairs a coded entry by text', () => {
    const m = matchEntries([placed('s', { key: 'A', code: 1, text: 'Same' })], [placed('s', { key: 'B', code: 2, text: 'Same' })]);
    expect(keysOf(m)).toEqual({ pairs: [], removed: ['A'], added: ['B'] });
  });
});

describe('changes of one entry', () => {
  it('reports a declared rename that also changes the code as a rename and a re-code', () => {
    const after = acmeWith((f) => {
      const e = api(f).sections[0]!.entries[1]!;
      Object.assign(e, { key: 'NOT_ENOUGH_FUNDS', previousKeys: ['NO_FUNDS'], code: 20 });
    });
    expect(reportOf([acme()], [after]).changes.map((c) => [c.rule, c.key, c.code])).toEqual([
      ['ENTRY_RENAMED', { old: 'NO_FUNDS', new: 'NOT_ENOUGH_FUNDS' }, { old: 2, new: 20 }],
      ['ENTRY_RECODED', { old: 'NO_FUNDS', new: 'NOT_ENOUGH_FUNDS' }, { old: 2, new: 20 }],
    ]);
  });

  it('reports a re-key of one of two message-only entries sharing a text, matched within its section', () => {
    const after = acmeWith((f) => (messages(f).sections[1]!.entries[0]!.key = 'SMS_CAMPAIGN_MISSING'));
    expect(reportOf([acme()], [after]).changes.map((c) => [c.rule, c.key])).toEqual([
      ['ENTRY_REKEYED', { old: 'SMS_CAMPAIGN_NOT_FOUND', new: 'SMS_CAMPAIGN_MISSING' }],
    ]);
  });

  it('lists every change of an entry, identity first, then runtime answers, then texts', () => {
    const after = acmeWith((f) => Object.assign(api(f).sections[0]!.entries[0]!, { text: 'Invalid key', category: 'rate_limit', notes: 'Seen after a key rotation.' }));
    // rate_limit is retryable by default: the category change brings a retryable change with it.
    expect(reportOf([acme()], [after]).changes.map((c) => [c.rule, c.field])).toEqual([
      ['ENTRY_TEXT_CHANGED', 'text'],
      ['ENTRY_CATEGORY_CHANGED', 'category'],
      ['ENTRY_RETRYABLE_CHANGED', 'retryable'],
      ['ENTRY_DOCS_CHANGED', 'notes'],
    ]);
  });

  it('reports a change of the provider language once, not once per entry that inherits it', () => {
    const after = acmeWith((f) => (f.provider.language = 'pl'));
    expect(reportOf([acme()], [after]).changes.map((c) => [c.rule, c.field, c.old, c.new])).toEqual([['PROVIDER_DOCS_CHANGED', 'provider.language', 'en', 'pl']]);
  });

  it('reports the language an unchanged entry declares once the provider speaks another', () => {
    const withOwn = (language: string) =>
      acmeWith((f) => {
        f.provider.language = language;
        api(f).sections[0]!.entries[0]!.language = 'en';
      });
    const changes = reportOf([withOwn('en')], [withOwn('pl')]).changes;
    const key = api(withOwn('en')).sections[0]!.entries[0]!.key;
    expect(changes.map((c) => [c.rule, c.field, c.key?.new, c.old, c.new])).toEqual([
      ['PROVIDER_DOCS_CHANGED', 'provider.language', undefined, 'en', 'pl'],
      ['ENTRY_DOCS_CHANGED', 'language', key, undefined, 'en'],
    ]);
  });

  it('orders entry changes by code, whatever the section, with added and removed entries in place', () => {
    const after = acmeWith((f) => {
      const [common, sms] = api(f).sections;
      common!.entries.shift();
      sms!.entries.unshift({ key: 'USER_BLOCKED', code: 3, text: 'the user is blocked', category: 'account' });
      sms!.entries[1]!.retryable = true;
      common!.entries[0]!.retryable = true;
    });
    expect(reportOf([acme()], [after]).changes.map((c) => [c.rule, c.key?.old ?? c.key?.new])).toEqual([
      ['ENTRY_REMOVED', 'INVALID_KEY'],
      ['ENTRY_RETRYABLE_CHANGED', 'NO_FUNDS'],
      ['ENTRY_ADDED', 'USER_BLOCKED'],
      ['ENTRY_RETRYABLE_CHANGED', 'INVALID_PHONE'],
    ]);
  });

  it('finds nothing when nothing changed, whatever the order of the sections’ entries', () => {
    const after = acmeWith((f) => api(f).sections[0]!.entries.reverse());
    expect(reportOf([acme()], [after]).changes).toEqual([]);
  });
});

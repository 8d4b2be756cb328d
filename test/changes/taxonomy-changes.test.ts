import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TAXONOMY_RULES, taxonomyBump, taxonomyChanges, type RecordedCategory } from '../../generator/changes/taxonomy-changes.ts';
import { TAXONOMY, type TaxonomyMember } from '../../generator/vocabulary/taxonomy.ts';

/** The current taxonomy as core/taxonomy.json records it. */
const recorded = (members: readonly TaxonomyMember[] = TAXONOMY): RecordedCategory[] =>
  members.map(({ id, description, retryableByDefault, resendableByDefault, actor, failover }) => ({ id, description, retryableByDefault, resendableByDefault, actor, failover }));

describe('taxonomy changes and the core version', () => {
  it('find nothing to bump when the taxonomy is the recorded one', () => {
    expect(taxonomyChanges(recorded(), TAXONOMY)).toEqual([]);
    expect(taxonomyBump([])).toBeUndefined();
  });

  const table: { name: string; edit: (r: RecordedCategory[]) => RecordedCategory[]; changes: unknown[]; bump: string }[] = [
    { name: 'a re-described category is a patch', edit: (r) => r.map((c) => (c.id === 'success' ? { ...c, description: 'old words' } : c)), changes: [{ rule: 'CATEGORY_DESCRIPTION_CHANGED', category: 'success' }], bump: 'patch' },
    { name: 'a category whose resend default changed is minor', edit: (r) => r.map((c) => (c.id === 'in_progress' ? { ...c, resendableByDefault: true } : c)), changes: [{ rule: 'CATEGORY_HANDLING_CHANGED', category: 'in_progress' }], bump: 'minor' },
    { name: 'a new category is minor', edit: (r) => r.filter((c) => c.id !== 'empty_result'), changes: [{ rule: 'CATEGORY_ADDED', category: 'empty_result' }], bump: 'minor' },
    { name: 'a removed category is major', edit: (r) => [...r, { ...r[0]!, id: 'gone' }], changes: [{ rule: 'CATEGORY_REMOVED', category: 'gone' }], bump: 'major' },
  ];
  it.each(table)('$name', ({ edit, changes, bump }) => {
    const found = taxonomyChanges(edit(recorded()), TAXONOMY);
    expect(found).toEqual(changes);
    expect(taxonomyBump(found)).toBe(bump);
  });

  it('are listed in docs/diff-rules.md with their bumps', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/diff-rules.md', import.meta.url)), 'utf8');
    const rows = doc.split('\n').filter((line) => /^\| `CATEGORY_[A-Z_]+` \|/.test(line)).map((line) => line.split('|').slice(1, 3).map((cell) => cell.trim()));
    expect(rows).toEqual(Object.entries(TAXONOMY_RULES).map(([rule, bump]) => [`\`${rule}\``, bump]));
  });
});

import { describe, expect, it } from 'vitest';
import { changeOf } from '../../generator/changes/change.ts';
import { RULE_IDS, RULES, type RuleId } from '../../generator/changes/rules.ts';
import { bumpOf, bumpVersion, packageBumps, type Bump } from '../../generator/changes/semver-bump.ts';

const change = (provider: string, rule: RuleId) => changeOf(rule, { provider });

describe('bumpOf', () => {
  it('is major for every breaking rule, minor for every behavioural one', () => {
    for (const id of RULE_IDS) {
      if (RULES[id].classification === 'breaking') expect([id, bumpOf(id)]).toEqual([id, 'major']);
      if (RULES[id].classification === 'behavioural') expect([id, bumpOf(id)]).toEqual([id, 'minor']);
    }
  });

  it.each<[RuleId, Bump]>([
    ['ENTRY_ADDED', 'minor'],
    ['CATALOG_ADDED', 'minor'],
    ['ENTRY_DEPRECATED', 'minor'],
    ['ENTRY_TEXT_CHANGED', 'patch'],
    ['ENTRY_DOCS_CHANGED', 'patch'],
    ['SECTIONS_REORDERED', 'patch'],
  ])('%s (compatible) → %s', (rule, bump) => {
    expect(bumpOf(rule)).toBe(bump);
  });
});

describe('packageBumps', () => {
  it('gives each changed package the largest bump its changes call for, in provider order', () => {
    const bumps = packageBumps([
      change('zeta', 'ENTRY_TEXT_CHANGED'),
      change('acme', 'ENTRY_TEXT_CHANGED'),
      change('acme', 'ENTRY_RETRYABLE_CHANGED'),
      change('beta', 'ENTRY_ADDED'),
      change('beta', 'ENTRY_REMOVED'),
      change('beta', 'ENTRY_DOCS_CHANGED'),
    ]);
    expect([...bumps]).toEqual([
      ['acme', 'minor'],
      ['beta', 'major'],
      ['zeta', 'patch'],
    ]);
  });

  it('leaves out a new package (it starts at the initial version) and gives a removed one major', () => {
    expect([...packageBumps([change('new', 'PROVIDER_ADDED'), change('gone', 'PROVIDER_REMOVED')])]).toEqual([['gone', 'major']]);
  });

  it('is empty without changes', () => {
    expect(packageBumps([]).size).toBe(0);
  });
});

describe('bumpVersion', () => {
  it.each<[string, Bump, string]>([
    ['1.0.0', 'patch', '1.0.1'],
    ['1.0.0', 'minor', '1.1.0'],
    ['1.0.0', 'major', '2.0.0'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'major', '2.0.0'],
    ['0.3.1', 'major', '1.0.0'],
    ['0.3.1', 'patch', '0.3.2'],
    ['2.0.0-rc.1', 'major', '2.0.0'],
    ['2.1.0-rc.1', 'major', '3.0.0'],
    ['2.1.0-rc.1', 'minor', '2.1.0'],
    ['2.1.3-rc.1', 'minor', '2.2.0'],
    ['2.1.3-rc.1', 'patch', '2.1.3'],
    ['1.2.3+build.5', 'patch', '1.2.4'],
    ['10.20.30', 'minor', '10.21.0'],
  ])('%s + %s → %s', (version, bump, want) => {
    expect(bumpVersion(version, bump)).toBe(want);
  });

  it.each(['1.0', 'v1.0.0', '01.0.0', '1.0.0-', ''])('refuses %j', (version) => {
    expect(() => bumpVersion(version, 'patch')).toThrow(RangeError);
  });
});

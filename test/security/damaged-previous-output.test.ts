import { readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bumpVersion, isBumpableVersion } from '../../generator/changes/semver-bump.ts';
import { ACME_YAML } from '../catalogs/test-catalogs.ts';
import { expectNoStackTrace, expectWithinBounds, hostileProject, type HostileProject } from './helpers/hostile-project.ts';

/**
 * Finding: the previous output versions the packages, and it arrives with
 * pull requests like the catalogs. A parseable but wrong
 * `generated/<id>/catalog.json` (`{"release":{"version":"1.0.0"}}`) crashed
 * `generate` and `--check` with a TypeError; a version beyond the safe
 * integers (`99999999999999999999.0.0`) bumped to nonsense; a prerelease
 * (`2.0.0-rc.1`) was refused and fell back to 1.0.0. The previous
 * catalog.json is now read like a catalog (no links, bounded) and validated
 * before the change rules read it; a damaged one is said in one note and the
 * package is versioned from its package.json (or from 1.0.0), then the
 * output regenerated. Versions are parsed and bumped by the `semver` package.
 */

const CATALOG = 'errcat/generated/acme/catalog.json';
const NOTE_FROM_PACKAGE = '; versioning @errcat/acme from its package.json';

let project: HostileProject;

/** A project with acme.yaml generated once, for the cases that damage its output. */
function withGeneratedProject(): void {
  beforeEach(async () => {
    project = hostileProject();
    project.write('acme.yaml', ACME_YAML);
    const first = await project.run('generate');
    expect(first.code, first.stderr).toBe(0);
  });
  afterEach(() => project.remove());
}

const file = (name: string) => path.join(project.out, 'acme', name);
const damage = (text: string) => writeFileSync(file('catalog.json'), text);
const setPackageVersion = (version: string) => {
  const pkg = JSON.parse(readFileSync(file('package.json'), 'utf8')) as { version: string };
  writeFileSync(file('package.json'), JSON.stringify({ ...pkg, version }, null, 2) + '\n');
};
const setReleaseVersion = (version: string) => {
  const catalog = JSON.parse(readFileSync(file('catalog.json'), 'utf8')) as { release: { version: string } };
  damage(JSON.stringify({ ...catalog, release: { version } }, null, 2) + '\n');
};
const packageVersion = () => (JSON.parse(readFileSync(file('package.json'), 'utf8')) as { version: string }).version;
/** A text fix in acme.yaml: a patch-level change. */
const fixText = () => project.write('acme.yaml', ACME_YAML.replace('text: invalid key', 'text: invalid API key'));

/** Runs a command that must succeed (or, for --check, report stale output) in bounds, without a stack trace. */
async function run(...args: string[]): Promise<string> {
  const result = await project.run(...args);
  expect(result.code, result.stderr).toBe(args.includes('--check') ? 1 : 0);
  expectNoStackTrace(result);
  expectWithinBounds(result);
  return result.stdout;
}

describe('a damaged catalog.json is said in one note, and the output regenerated', () => {
  withGeneratedProject();

  it('parseable but wrong (`{"release":{"version":"1.0.0"}}`): --check and generate say so, versioning from package.json', async () => {
    damage('{"release":{"version":"1.0.0"}}');
    setPackageVersion('1.4.0');
    const note = `note: ${CATALOG} is damaged (missing required field \`catalogs\` (required unless \`provider.extends\` is set) at 1:1, and 2 more problems)${NOTE_FROM_PACKAGE}`;
    const check = await run('generate', '--check');
    expect(check).toContain(note);
    expect(check).toContain(`stale:   ${CATALOG}`);
    expect((await run('generate')).split('\n').filter((l) => l.startsWith('note: errcat/generated'))).toEqual([note]);
    expect(packageVersion()).toBe('1.4.0');
    expect(JSON.parse(readFileSync(file('catalog.json'), 'utf8'))).toMatchObject({ release: { version: '1.4.0' }, provider: { id: 'acme' } });
    expect(await project.run('generate', '--check')).toMatchObject({ code: 0 });
  });

  it('not JSON at all, with a wrong type deep inside, or a link to /dev/zero', async () => {
    damage('{ "provider": ');
    expect(await run('generate')).toMatch(new RegExp(`^note: ${CATALOG} is damaged \\(invalid YAML: .* at 1:\\d+\\)${NOTE_FROM_PACKAGE}$`, 'm'));
    setReleaseVersion('1.0.0');
    const catalog = JSON.parse(readFileSync(file('catalog.json'), 'utf8')) as { catalogs: { sections: { entries: { code: unknown }[] }[] }[] };
    catalog.catalogs[0]!.sections[0]!.entries[0]!.code = { nested: true };
    damage(JSON.stringify(catalog, null, 2));
    expect(await run('generate')).toMatch(new RegExp(`^note: ${CATALOG} is damaged \\(\`code\` must be an integer or a string, not an object at \\d+:\\d+\\)${NOTE_FROM_PACKAGE}$`, 'm'));
    rmSync(file('catalog.json'));
    symlinkSync('/dev/zero', file('catalog.json'));
    // The release stage does not read through it, and the writer never writes through it: said, and refused until removed.
    const linked = await project.run('generate');
    expect(linked.code).toBe(1);
    expect(linked.stdout).toContain(`note: ${CATALOG} is damaged (a symbolic link, not read)${NOTE_FROM_PACKAGE}`);
    expect(linked.stderr).toContain(`${CATALOG}: a symbolic link where errcat writes a file`);
    expectNoStackTrace(linked);
    expectWithinBounds(linked);
  });

  it('a version beyond the safe integers is damage, not a number to bump', async () => {
    fixText();
    setReleaseVersion('99999999999999999999.0.0');
    setPackageVersion('2.3.4');
    const first = await run('generate');
    expect(first).toContain(`note: ${CATALOG} is damaged (release version \`99999999999999999999.0.0\` is not a semantic version errcat can bump)${NOTE_FROM_PACKAGE}`);
    expect(packageVersion()).toBe('2.3.4');

    setReleaseVersion('99999999999999999999.0.0');
    setPackageVersion('99999999999999999999.0.0');
    expect(await run('generate')).toContain(`note: ${CATALOG} is damaged (release version \`99999999999999999999.0.0\` is not a semantic version errcat can bump); versioning @errcat/acme from 1.0.0`);
    expect(packageVersion()).toBe('1.0.0');
  });
});

describe('prerelease versions are read and bumped as semver says', () => {
  describe('in a project', () => {
    withGeneratedProject();

    it('2.0.0-rc.1 + a text fix (patch) → 2.0.0, with no note', async () => {
      setReleaseVersion('2.0.0-rc.1');
      setPackageVersion('2.0.0-rc.1');
      fixText();
      const out = await run('generate');
      expect(out).not.toContain('note: errcat/generated');
      expect(out).toContain('version: @errcat/acme 2.0.0-rc.1 → 2.0.0 (patch: see `errcat diff`)');
      expect(packageVersion()).toBe('2.0.0');
    });
  });

  it.each([
    ['2.0.0-rc.1', 'patch', '2.0.0'],
    ['2.1.3-rc.1', 'minor', '2.2.0'],
    ['1.2.3+build.5', 'patch', '1.2.4'],
    ['9007199254740990.0.0', 'major', '9007199254740991.0.0'],
  ] as const)('%s + %s → %s', (from, bump, to) => {
    expect(bumpVersion(from, bump)).toBe(to);
  });

  it.each(['99999999999999999999.0.0', '1.9007199254740992.0', '9007199254740991.0.0', 'v1.0.0', '=1.0.0', ' 1.0.0', '1.0', '01.0.0', '1.0.0-'])('%j is not a version errcat bumps', (version) => {
    expect(isBumpableVersion(version)).toBe(false);
    expect(() => bumpVersion(version, 'patch')).toThrow(RangeError);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffCommand, type DiffCommandOptions } from '../../generator/cli/diff-command.ts';
import { OptionError } from '../../generator/vocabulary/option-error.ts';
import { displayPath } from '../../generator/load/catalog-files.ts';
import { CatalogError, formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { runErrcat } from '../helpers/run-errcat.ts';
import { ACME_YAML, BRANDCO_YAML } from '../catalogs/test-catalogs.ts';
import { MODULE_TARGETS } from '../../generator/vocabulary/module-targets.ts';

/**
 * End to end: a throw-away git repository with catalogs committed twice and
 * changed again in the working tree; `errcat diff <ref>` reads the old side
 * with git and compares it with the working tree.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'errcat-diff-git-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Git that commits anywhere: a fixed identity and dates, and no user or system configuration (signing, hooks). */
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'errcat test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'errcat test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(tmp, 'no-gitconfig'),
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}

function commitAll(repo: string, message: string): string {
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '--no-verify', '-m', message);
  return git(repo, 'rev-parse', 'HEAD');
}

/** A new repository with a catalog folder; returns its path and the folder. */
function repository(name: string): { repo: string; catalogs: string } {
  const repo = path.join(tmp, name);
  const catalogs = path.join(repo, 'schema', 'catalogs');
  mkdirSync(catalogs, { recursive: true });
  git(repo, 'init', '--quiet', '--initial-branch=main');
  return { repo, catalogs };
}

/** The shared test catalogs; acme.yaml holds the codes of INVALID_KEY and NO_FUNDS on lines 26 and 30 (column 19). */
const ACME = ACME_YAML;
const BRANDCO = BRANDCO_YAML;

/** Runs the command in-process and collects what it prints. */
async function diff(args: string[], options: Partial<DiffCommandOptions> & { catalogDir: string }): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const { catalogDir, ...flags } = options;
  const root = path.dirname(catalogDir);
  const project = { root, catalogDir, outDir: path.join(root, 'generated'), scope: '@errcat', corePackage: '@errcat/core', providers: [], workspaceProtocol: false, enumStyle: 'enum' as const, targets: MODULE_TARGETS, allowExtra: [] };
  const code = await diffCommand(args, project, flags, (line) => lines.push(line));
  return { code, out: lines.join('\n') };
}

describe('errcat diff <ref> in a repository with two commits and a changed working tree', () => {
  let repo = '';
  let catalogs = '';
  let first = '';
  let second = '';

  beforeAll(() => {
    ({ repo, catalogs } = repository('two-commits'));
    writeFileSync(path.join(repo, 'README.md'), 'not a catalog\n');
    writeFileSync(path.join(catalogs, 'acme.yaml'), ACME);
    writeFileSync(path.join(catalogs, 'brandco.yaml'), BRANDCO);
    writeFileSync(path.join(catalogs, 'notes.txt'), 'not a catalog either\n');
    first = commitAll(repo, 'catalogs');
    // The second commit re-codes NO_FUNDS; the working tree then makes INVALID_KEY retryable.
    writeFileSync(path.join(catalogs, 'acme.yaml'), ACME.replace('code: 2', 'code: 20'));
    second = commitAll(repo, 're-code NO_FUNDS');
    writeFileSync(path.join(catalogs, 'acme.yaml'), ACME.replace('code: 2', 'code: 20').replace('category: authentication', 'category: authentication\n            retryable: true'));
  });

  it('reports both commits’ and the working tree’s changes as Markdown, inherited ones marked, and exits 0', async () => {
    const { code, out } = await diff(['HEAD~1'], { catalogDir: catalogs });
    expect(code).toBe(0);
    expect(out).toBe(
      [
        `**errcat diff** \`HEAD~1\` (\`${first.slice(0, 7)}\`) → working tree: 4 changes (2 breaking, 2 behavioural, 0 compatible) in 2 of 2 providers. Suggested bumps: \`@errcat/acme\` major, \`@errcat/brandco\` major.`,
        '',
        '### Acme SMS — `@errcat/acme`: major',
        '',
        '1 breaking, 1 behavioural, 0 compatible.',
        '',
        '| class | rule | catalog | key | code | change |',
        '| --- | --- | --- | --- | --- | --- |',
        '| **breaking** | `ENTRY_RECODED` | `api` | `NO_FUNDS` | `2` → `20` | code changed, same key |',
        '| behavioural | `ENTRY_RETRYABLE_CHANGED` | `api` | `INVALID_KEY` | `1` | `retryable`: `false` → `true` |',
        '',
        '### BrandCo — `@errcat/brandco`: major',
        '',
        '1 breaking, 1 behavioural, 0 compatible.',
        '',
        '| class | rule | catalog | key | code | change |',
        '| --- | --- | --- | --- | --- | --- |',
        '| **breaking** | `ENTRY_RECODED` | `api` | `NO_FUNDS` | `2` → `20` | code changed, same key (inherited from `acme`) |',
        '| behavioural | `ENTRY_RETRYABLE_CHANGED` | `api` | `INVALID_KEY` | `1` | `retryable`: `false` → `true` (inherited from `acme`) |',
      ].join('\n'),
    );
  });

  it('exits 3 with --fail-on-breaking when a change is breaking, and 0 when none is', async () => {
    expect((await diff(['HEAD~1'], { catalogDir: catalogs, failOnBreaking: true })).code).toBe(3);
    expect((await diff(['HEAD'], { catalogDir: catalogs, failOnBreaking: true })).code).toBe(0);
  });

  it('exits 3 with --fail-on behavioural on a behavioural change alone, and 0 on HEAD with --fail-on breaking', async () => {
    expect((await diff([second], { catalogDir: catalogs, failOn: 'behavioural' })).code).toBe(3);
    expect((await diff([second], { catalogDir: catalogs, failOn: 'behavioral' })).code).toBe(3);
    expect((await diff([second], { catalogDir: catalogs, failOn: 'breaking' })).code).toBe(0);
  });

  it('gives tools JSON with the commit, the counts and the bumps', async () => {
    const { code, out } = await diff(['main~1'], { catalogDir: catalogs, format: 'json' });
    expect(code).toBe(0);
    const report = JSON.parse(out) as Record<string, unknown>;
    expect(report).toMatchObject({
      formatVersion: 1,
      old: { kind: 'ref', label: 'main~1', commit: first },
      new: { kind: 'working-tree', label: displayPath(catalogs) },
      providers: 2,
      counts: { breaking: 2, behavioural: 2, compatible: 0 },
      packages: [
        { provider: 'acme', bump: 'major' },
        { provider: 'brandco', bump: 'major' },
      ],
    });
  });

  it('refuses a ref git does not know, and a ref that would read as an option, as option errors', async () => {
    await expect(diff(['no-such-branch'], { catalogDir: catalogs })).rejects.toThrow(new OptionError('<ref>', 'git cannot compare with `no-such-branch`: no such commit'));
    await expect(diff(['--output=x'], { catalogDir: catalogs })).rejects.toThrow(new OptionError('<ref>', '`--output=x` is not a git ref'));
  });

  it('refuses an unknown --format and --fail-on, naming the option', async () => {
    await expect(diff(['HEAD'], { catalogDir: catalogs, format: 'html' })).rejects.toThrow(new OptionError('--format', '`html` is not one of markdown, json'));
    await expect(diff(['HEAD'], { catalogDir: catalogs, failOn: 'minor' })).rejects.toThrow(new OptionError('--fail-on', '`minor` is not one of breaking, behavioural, compatible'));
  });

  it('runs as a process (bin/errcat.js): the Markdown on stdout, exit 3 (not 1, an invalid catalog) with --fail-on-breaking', async () => {
    const run = await runErrcat(['diff', first, '--catalogs', catalogs, '--fail-on-breaking']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(3);
    expect(run.stdout.split('\n')[0]).toBe(
      `**errcat diff** \`${first}\` (\`${first.slice(0, 7)}\`) → working tree: 4 changes (2 breaking, 2 behavioural, 0 compatible) in 2 of 2 providers. Suggested bumps: \`@errcat/acme\` major, \`@errcat/brandco\` major.`,
    );
  });
});

describe('errcat diff <ref> when the old side cannot be compared', () => {
  let repo = '';
  let catalogs = '';

  beforeAll(() => {
    ({ repo, catalogs } = repository('broken-history'));
    writeFileSync(path.join(repo, 'README.md'), 'catalogs come later\n');
    commitAll(repo, 'no catalogs yet');
    writeFileSync(path.join(catalogs, 'acme.yaml'), ACME.replace('code: 2', 'code: 1'));
    commitAll(repo, 'a duplicate code');
    writeFileSync(path.join(catalogs, 'acme.yaml'), ACME);
  });

  it('fails with the old side’s problems, located in <ref>:<file>', async () => {
    const file = `HEAD:${displayPath(path.join(catalogs, 'acme.yaml'))}`;
    const error = await diff(['HEAD'], { catalogDir: catalogs }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CatalogError);
    expect((error as CatalogError).diagnostics.map(formatDiagnostic)).toEqual([
      `${file}:30:19  duplicate code 1 in catalog \`api\` (\`NO_FUNDS\`): also at ${file}:26:19 (\`INVALID_KEY\`)  (/catalogs/0/sections/0/entries/1/code)`,
    ]);
  });

  it('prints those problems on stderr and exits 1 as a process (bin/errcat.js)', async () => {
    const run = await runErrcat(['diff', 'HEAD', '--catalogs', catalogs]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^HEAD:.*acme\.yaml:30:19 {2}duplicate code 1 in catalog `api`.*\nerrcat: 1 problem; nothing was written\n$/);
  });

  it('reports every provider as added against a commit that had no catalog folder', async () => {
    const { code, out } = await diff(['HEAD~1'], { catalogDir: catalogs, failOn: 'compatible' });
    expect(code).toBe(3);
    expect(out.split('\n').filter((l) => l.startsWith('|') && l.includes('PROVIDER_'))).toEqual(['| compatible | `PROVIDER_ADDED` |  |  |  | provider added: `Acme SMS` |']);
  });

  it('refuses a folder outside any git repository as an option error, quoting git', async () => {
    const outside = mkdtempSync(path.join(tmp, 'no-repo-'));
    const before = process.env.GIT_CEILING_DIRECTORIES;
    // Keep git from finding a repository above the temporary folder, wherever the machine puts it.
    process.env.GIT_CEILING_DIRECTORIES = path.dirname(outside);
    try {
      await expect(diff(['HEAD'], { catalogDir: outside })).rejects.toThrow(/option <ref>: git cannot compare with `HEAD`: fatal: not a git repository/);
    } finally {
      if (before === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = before;
    }
  });
});

describe('errcat diff <old> <new> with catalog files', () => {
  it('compares two files by the providers they name, with the catalog folder as the context a white-label copy needs', async () => {
    const dir = mkdtempSync(path.join(tmp, 'files-'));
    const context = path.join(dir, 'catalogs');
    mkdirSync(context);
    writeFileSync(path.join(context, 'acme.yaml'), ACME);
    writeFileSync(path.join(context, 'brandco.yaml'), BRANDCO);
    writeFileSync(path.join(dir, 'old.yaml'), ACME);
    writeFileSync(path.join(dir, 'new.yaml'), ACME.replace('  - id: api', '  - id: api\n    description: Numeric codes.'));
    const oldFile = path.join(dir, 'old.yaml');
    const newFile = path.join(dir, 'new.yaml');
    const { code, out } = await diff([oldFile, newFile], { catalogDir: context, failOn: 'behavioural' });
    expect(code).toBe(0);
    expect(out.split('\n').filter((l) => l.startsWith('**') || l.startsWith('| compatible'))).toEqual([
      `**errcat diff** \`${oldFile}\` → \`${newFile}\`: 2 changes (0 breaking, 0 behavioural, 2 compatible) in 2 of 2 providers. Suggested bumps: \`@errcat/acme\` patch, \`@errcat/brandco\` patch.`,
      '| compatible | `CATALOG_DOCS_CHANGED` | `api` |  |  | `description` added: `Numeric codes.` |',
      '| compatible | `CATALOG_DOCS_CHANGED` | `api` |  |  | `description` added: `Numeric codes.` (inherited from `acme`) |',
    ]);
  });

  it('refuses a side that is neither a file nor a folder', async () => {
    await expect(diff([path.join(tmp, 'missing.yaml'), path.join(tmp, 'missing-too.yaml')], { catalogDir: tmp })).rejects.toThrow(OptionError);
  });

  it('reads a generated catalog.json as a side (a resolved catalog is a valid input)', async () => {
    const generated = path.join(ROOT, 'generated', 'notificore', 'catalog.json');
    const { code, out } = await diff([generated, path.join(ROOT, 'schema', 'catalogs', 'notificore.yaml')], { catalogDir: path.join(ROOT, 'schema', 'catalogs'), failOn: 'compatible' });
    // generated/ is committed in step with the catalogs: nothing differs.
    expect(readFileSync(generated, 'utf8')).toContain('"id": "notificore"');
    expect({ code, out: out.split('\n')[0] }).toEqual({ code: 0, out: `**errcat diff** \`${generated}\` → \`${path.join(ROOT, 'schema', 'catalogs', 'notificore.yaml')}\`: no catalog changes in 5 providers.` });
  });
});

describe('npm run diff', () => {
  it('compares the repository’s catalogs at HEAD with its working tree and exits 0', async () => {
    const run = await runErrcat(['diff', 'HEAD']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\*\*errcat diff\*\* `HEAD` \(`[0-9a-f]{7}`\) → working tree: /);
  });
});

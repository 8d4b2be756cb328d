import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { lint } from 'markdownlint/promise';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../../fixtures/fixture-cases.ts';
import { generatedOutput } from '../../helpers/generated-output.ts';

/**
 * markdownlint's default rules, as a docs site or a repository's CI runs them,
 * with two exceptions the READMEs need: line length (MD013: table rows and
 * documented texts are as long as they are) and the two HTML elements they
 * use on purpose (MD033: `<a id>` anchors that entry references link to, and
 * `<br>` inside table cells).
 */
const CONFIG = { default: true, MD013: false, MD033: { allowed_elements: ['a', 'br'] } };

/** Every problem markdownlint finds in these READMEs, one line each: `name:line rule detail`. */
async function problems(readmes: ReadonlyMap<string, string>): Promise<string[]> {
  const results = await lint({ strings: Object.fromEntries(readmes), config: CONFIG });
  return Object.entries(results).flatMap(([name, errors]) =>
    errors.map((e) => `${name}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.errorDetail ?? ''} ${e.errorContext ?? ''}`.trim()),
  );
}

describe('generated READMEs pass markdownlint', () => {
  it('for the shipped catalogs: the index, core and every provider', async () => {
    const output = await generatedOutput();
    const readmes = new Map(output.files.filter((f) => f.path.endsWith('README.md')).map((f) => [f.path, f.content]));
    expect([...readmes.keys()].sort()).toEqual(['README.md', ...output.packageDirs.map((d) => `${d}/README.md`)].sort());
    expect(await problems(readmes)).toEqual([]);
  });

  it('for every golden fixture (repeated section titles, reserved ranges, empty catalogs, renamed keys)', async () => {
    const readmes = new Map<string, string>();
    for (const fixture of await fixtureCases()) {
      for (const file of await readdir(fixture.expectedDir, { recursive: true })) {
        if (file.endsWith('README.md')) readmes.set(`${fixture.name}/${file}`, await readFile(path.join(fixture.expectedDir, file), 'utf8'));
      }
    }
    expect(readmes.size).toBeGreaterThan(8);
    expect(await problems(readmes)).toEqual([]);
  });

  it('finds what it is meant to find: the problems the READMEs once had', async () => {
    const readme = ['# A', '', '## B', '', 'Reserved:', '- 88–89: reserved', '', '## B', '', 'See https://example.com/x.', ''].join('\n');
    expect((await problems(new Map([['old.md', readme]]))).map((p) => p.split(' ')[1])).toEqual([
      'MD024/no-duplicate-heading',
      'MD032/blanks-around-lists',
      'MD034/no-bare-urls',
    ]);
  });
});

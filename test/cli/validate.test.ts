import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { derive, insertAfter, swap } from '../validate/helpers.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(path.join(tmpdir(), 'errcat-validate-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs `node bin/errcat.js <args>` from the repository root, as `npm run` does. */
function errcat(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['bin/errcat.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('errcat validate', () => {
  it('exits 1 on a folder with one bad file, lists every located problem on stderr and says nothing was written', () => {
    const dir = mkdtempSync(path.join(tmp, 'catalogs-'));
    writeFileSync(
      path.join(dir, 'acme.yaml'),
      derive(swap('code: 2', 'code: 1'), insertAfter(32, '            deprecated:', '              replacedBy: NO_MONEY')),
    );
    const before = readdirSync(dir);

    const { status, stdout, stderr } = errcat('validate', '--catalogs', dir);

    // Paths are shown relative to the working directory (the repository root).
    const file = path.relative(ROOT, path.join(dir, 'acme.yaml')).split(path.sep).join('/');
    const entry = '/catalogs/0/sections/0/entries/1';
    expect({ status, stdout, stderr }).toEqual({
      status: 1,
      stdout: '',
      stderr: [
        `${file}:30:19  duplicate code 1 in catalog \`api\` (\`NO_FUNDS\`): also at ${file}:26:19 (\`INVALID_KEY\`)  (${entry}/code)`,
        `${file}:34:27  \`replacedBy: NO_MONEY\` names no entry of catalog \`api\`  (${entry}/deprecated/replacedBy)`,
        'errcat: 2 problems; nothing was written',
        '',
      ].join('\n'),
    });
    expect(readdirSync(dir)).toEqual(before);
  });

  it('exits 0 with a summary on the real catalogs (as `npm run validate`)', () => {
    const { status, stdout, stderr } = errcat('validate');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^errcat: 5 catalogs valid \(\d+ entries, inheritance resolved\)\n$/);
  });
});

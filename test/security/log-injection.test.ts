import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { terminalText } from '../../generator/vocabulary/terminal-text.ts';
import { runErrcat } from '../helpers/run-errcat.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'errcat-log-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Lines a GitHub Actions runner would read as workflow commands, and raw escape or control characters. */
function dangers(output: string): string[] {
  const found: string[] = [];
  for (const line of output.split('\n')) if (line.startsWith('::')) found.push(`workflow command: ${line}`);
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.exec(output);
  if (raw) found.push(`raw U+${raw[0].codePointAt(0)!.toString(16)}`);
  return found;
}

describe('terminal and CI log injection', () => {
  it('a field name or text with a newline, an escape sequence and a bidi override prints inert', async () => {
    const root = mkdtempSync(path.join(tmp, 'fields-'));
    mkdirSync(path.join(root, 'catalogs'));
    const name = '"x\\n::error::pwned\\n::add-mask::secret\\u001b[2J\\r\\u202eevil"';
    writeFileSync(path.join(root, 'catalogs/acme.yaml'), `provider:\n  id: acme\n  name: Acme\n  ${name}: 1\n`);
    const result = await runErrcat(['validate', '--catalogs', 'catalogs'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown field');
    expect(dangers(result.stderr + result.stdout)).toEqual([]);
    expect(result.stderr).toContain('\\::error::pwned');
    expect(result.stderr).toContain('\\u{1b}[2J\\u{d}\\u{202e}evil');
  });

  it('a catalog file whose name is a workflow command prints inert', async () => {
    const root = mkdtempSync(path.join(tmp, 'names-'));
    mkdirSync(path.join(root, 'catalogs'));
    writeFileSync(path.join(root, 'catalogs', '::warning file=x::y.yaml'), 'provider: [\n');
    // From inside the folder the file is named by itself: its problem's line would start with `::warning`.
    const result = await runErrcat(['validate', '--catalogs', '.'], { cwd: path.join(root, 'catalogs') });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\\::warning file=x::y\.yaml:\d+:\d+ {2}invalid YAML/m);
    expect(dangers(result.stderr + result.stdout)).toEqual([]);
  });

  it('keeps ordinary text, tabs and non-Latin letters as they are', () => {
    expect(terminalText('Błąd\twysyłki: 日本語 ✓')).toBe('Błąd\twysyłki: 日本語 ✓');
    expect(terminalText('a\u0085b\u2028c')).toBe('a\\u{85}b\\u{2028}c');
  });
});

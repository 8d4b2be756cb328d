import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dereference } from '@readme/openapi-parser';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../generator/load/parse-catalog-text.ts';
import { formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../generator/validate/validate-catalogs.ts';
import { ACME_YAML } from '../catalogs/test-catalogs.ts';
import { OFFLINE } from '../helpers/openapi-parser-options.ts';
import { REPO } from '../helpers/run-errcat.ts';
import { expectRefused, hostileProject, type HostileProject } from './helpers/hostile-project.ts';

/**
 * Finding: a `$ref` key in an example value (`wire.body.examples[].value`)
 * was copied verbatim into `openapi.yaml`, and the test suite's OpenAPI
 * dereferencing then fetched a URL, inlined `/etc/passwd` and ran out of
 * memory on `/dev/zero`. Validation now refuses a `$ref` key at any depth of
 * an example (validate/rules/example-refs.ts), and every parser call in the
 * tests resolves only the document's own references (test/helpers/openapi-parser-options.ts).
 */

const MESSAGE =
  'an example body must not hold a `$ref` key: examples are copied into openapi.yaml, where tools resolve `$ref` as a reference (a URL or a file to read); spell the key differently';

/** acme.yaml with example bodies after the message field (line 11): `examples:` is line 12. */
function withExamples(lines: string[]): string {
  return ACME_YAML.replace('      pointer: /error/message\n', `      pointer: /error/message\n    examples:\n${lines.join('\n')}\n`);
}

function problemsOf(text: string): string[] {
  const parsed = parseCatalogText('acme.yaml', 'acme', text);
  if (!parsed.ok) return parsed.diagnostics.map(formatDiagnostic);
  return validateCatalogs([parsed.catalog]).diagnostics.map(formatDiagnostic);
}

describe('a `$ref` key anywhere in an example body is refused, located on the key', () => {
  let project: HostileProject;
  beforeEach(() => {
    project = hostileProject();
  });
  afterEach(() => project.remove());

  it('`$ref: /etc/passwd` inside an example: validate and generate refuse it, and write nothing', async () => {
    project.write('acme.yaml', withExamples(['      - summary: leak', '        value: { error: { $ref: /etc/passwd } }']));
    const expected = `errcat/catalogs/acme.yaml:14:27  ${MESSAGE}  (/wire/body/examples/0/value/error/$ref)`;
    expectRefused(await project.run('validate'), [expected]);
    expectRefused(await project.run('generate'), [expected, 'errcat: 1 problem; nothing was written']);
  });

  it('at the top of a value, in a list, deep down, and through an alias: each place once', () => {
    const text = withExamples([
      '      - summary: url',
      '        value: { $ref: "https://attacker.example/x.json" }',
      '      - summary: list',
      '        value:',
      '          errors:',
      '            - { code: 1 }',
      '            - &shared { $ref: "#/components/schemas/X" }',
      '      - summary: deep',
      '        value: { a: { b: { c: { d: [ { "$ref": /dev/zero } ] } } } }',
      '      - summary: alias',
      '        value: { again: *shared }',
    ]);
    expect(problemsOf(text)).toEqual([
      `acme.yaml:14:18  ${MESSAGE}  (/wire/body/examples/0/value/$ref)`,
      `acme.yaml:19:25  ${MESSAGE}  (/wire/body/examples/1/value/errors/1/$ref)`,
      `acme.yaml:21:40  ${MESSAGE}  (/wire/body/examples/2/value/a/b/c/d/0/$ref)`,
    ]);
  });

  it('other keys that mention a reference are fine: `ref`, `$id`, `x-$ref`, and a `$ref` text as a value', () => {
    expect(problemsOf(withExamples(['      - summary: fine', '        value: { ref: x, $id: y, x-$ref: z, error: "$ref" }']))).toEqual([]);
  });
});

describe('no test resolves a reference it did not make', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'errcat-refs-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('with the tests’ options the parser leaves an external `$ref` alone (without them it inlines the file)', async () => {
    const secret = path.join(work, 'secret.yaml');
    writeFileSync(secret, 'marker: NOT-TO-BE-READ\n');
    const doc = () => ({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {},
      components: { examples: { leak: { value: { error: { $ref: secret } } } } },
    });
    expect(JSON.stringify(await dereference(doc(), OFFLINE))).not.toContain('NOT-TO-BE-READ');
    expect(JSON.stringify(await dereference(doc()))).toContain('NOT-TO-BE-READ');
  });

  it('every test that calls @readme/openapi-parser passes OFFLINE, and no test uses another $ref resolver', () => {
    const files = testFiles(path.join(REPO, 'test')).filter((f) => !f.endsWith('example-refs.test.ts'));
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (/json-schema-ref-parser|\$RefParser|swagger-parser|@redocly|openapi-typescript/.test(text)) offenders.push(`${file}: another resolver`);
      const imported = /import\s*\{([^}]*)\}\s*from\s*'@readme\/openapi-parser'/.exec(text)?.[1];
      if (imported === undefined) continue;
      for (const name of imported.split(',').map((n) => n.trim()).filter((n) => /^(validate|dereference|bundle|parse)$/.test(n))) {
        // `validate()` with nothing in it is prose (a test's name, a comment): the parser needs a document.
        for (const call of callsOf(text, name)) if (call !== `${name}()` && !/\bOFFLINE\b/.test(call)) offenders.push(`${file}: ${call}`);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(offenders).toEqual([]);
  });
});

/** Every .ts file under a folder (fixtures included: generated code must not resolve either). */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The text of each call `name(...)` (balanced parentheses), type positions excluded. */
function callsOf(text: string, name: string): string[] {
  const calls: string[] = [];
  for (const match of text.matchAll(new RegExp(`(?<![.\\w])${name}\\(`, 'g'))) {
    let depth = 0;
    for (let i = match.index + name.length; i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) {
        calls.push(text.slice(match.index, i + 1));
        break;
      }
    }
  }
  return calls;
}

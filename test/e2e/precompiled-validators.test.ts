// The CLI bundle validates with the schema validators the build compiled to
// code (dist/schema-validators.cjs) when they were made from the schemas on
// disk, and compiles the schemas otherwise: either way the same messages.
// Runs a copy of this errcat (node_modules linked) so that its dist/ and
// schema may be damaged.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACME_YAML } from '../catalogs/test-catalogs.ts';
import { REPO, runErrcat } from '../helpers/run-errcat.ts';
import { errcatCopy } from '../helpers/errcat-copy.ts';

describe('the precompiled schema validators in the CLI', () => {
  let work: string;
  let copy: string;
  let file: string;
  let built: string;
  let compiled: string;

  /** What `errcat validate` says of a catalog with a schema error and of a config with one. */
  const validate = async (): Promise<string> => {
    const result = await runErrcat(['validate', '--catalogs', 'catalogs'], { root: copy, cwd: work });
    expect(result.code).toBe(1);
    return result.stdout + result.stderr;
  };

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'errcat-validators-'));
    copy = path.join(work, 'errcat');
    await errcatCopy(copy);
    await mkdir(path.join(work, 'catalogs'));
    // Three schema errors: an unknown field (with a suggestion), a wrong type, a value outside an enum.
    const broken = ACME_YAML.replace('  name: Acme SMS\n', '  name: Acme SMS\n  decription: x\n').replace('kind: error-code', 'kind: error-kode').replace(/codeType: integer/, 'codeType: 7');
    expect(broken).not.toBe(ACME_YAML);
    await writeFile(path.join(work, 'catalogs/acme.yaml'), broken);
    file = path.join(copy, 'dist/schema-validators.cjs');
    built = await readFile(file, 'utf8');
    await rm(file);
    compiled = await validate();
    expect(compiled).toContain('did you mean `description`?');
  }, 60_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  const damage: [string, () => string][] = [
    ['as the build wrote it', () => built],
    ['cut short', () => built.slice(0, 1000)],
    ['not JavaScript', () => 'not javascript {'],
    ['made from another schema', () => built.replace(/"catalog":"sha256-[0-9a-f]{64}"/, `"catalog":"sha256-${'0'.repeat(64)}"`)],
    ['exporting no validators', () => 'exports.digests = {};'],
  ];
  it.each(damage)('a file %s gives the messages compiling the schema gives', async (_name, text) => {
    await writeFile(file, text());
    expect(await validate()).toBe(compiled);
  });

  it('is what the run uses when it matches (a changed validator, its digest kept, shows in the messages)', async () => {
    const injected = 'exports.catalog = function all() { all.errors = [{ instancePath: "", schemaPath: "#/required", keyword: "required", params: { missingProperty: "usedThePrecompiledValidator" }, message: "x" }]; return false; };\n';
    await writeFile(file, built.replace('exports.digests', `${injected}exports.digests`));
    expect(await validate()).toContain('usedThePrecompiledValidator');
  });

  it('a schema edited after the build is compiled, not judged by the stale code', async () => {
    await writeFile(file, built);
    const schemaFile = path.join(copy, 'schema/catalog.schema.json');
    const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as { $defs: { Catalog: { properties: { kind: { enum: string[] } } } } };
    const kinds = schema.$defs.Catalog.properties.kind.enum;
    expect(kinds).toContain('error-code');
    kinds.push('error-kode');
    await writeFile(schemaFile, JSON.stringify(schema, null, 2));
    try {
      expect(await validate()).not.toContain('error-kode');
    } finally {
      await cp(path.join(REPO, 'schema/catalog.schema.json'), schemaFile);
    }
  });
});

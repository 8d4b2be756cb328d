// The build compiles errcat's schemas into code ahead of time (Ajv's
// standalone output, dist/schema-validators.cjs): it must judge every document
// exactly as the validator compiled at run time does, errors included (the
// error rewriter reads their `parentSchema`). Compared on the shipped
// catalogs, the fixtures, and thousands of mutations of them.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { PRECOMPILED_SCHEMAS, precompiledValidator } from '../../generator/validate/precompiled-validators.ts';
import { schemaAjv } from '../../generator/validate/schema-ajv.ts';
import { standaloneValidatorsCode } from '../../generator/validate/standalone-validators.ts';
import { REPO } from '../helpers/run-errcat.ts';

/** Every way a value is replaced, to reach each keyword of the schema (types, enums, patterns, formats, bounds). */
const REPLACEMENTS: unknown[] = [null, 12345, -1, 1.5, 'x y', '', 'https://example.com/a', [], [1], {}, { zz: 1 }, true];

/** The document with one change at `at` (a path of keys), or with a property removed or added. */
function* mutations(doc: unknown): Generator<unknown> {
  const nodes: { node: Record<string, unknown> | unknown[]; pathTo: (string | number)[] }[] = [];
  const walk = (value: unknown, at: (string | number)[]) => {
    if (typeof value !== 'object' || value === null) return;
    nodes.push({ node: value as Record<string, unknown>, pathTo: at });
    for (const [key, child] of Object.entries(value)) walk(child, [...at, Array.isArray(value) ? Number(key) : key]);
  };
  walk(doc, []);
  const edited = (at: (string | number)[], edit: (parent: Record<string, unknown>) => void) => {
    const copy = structuredClone(doc) as Record<string, unknown>;
    let parent: Record<string, unknown> = copy;
    for (const key of at) parent = parent[key] as Record<string, unknown>;
    edit(parent);
    return copy;
  };
  // Every node, but not every replacement on every field of a large catalog: a fixed stride keeps the run short and still reaches every kind of field.
  for (const [n, { node, pathTo }] of nodes.entries()) {
    if (!Array.isArray(node)) yield edited(pathTo, (p) => void (p.zzUnknown = 1));
    for (const [i, key] of Object.keys(node).entries()) {
      const k = Array.isArray(node) ? i : key;
      yield edited(pathTo, (p) => void delete p[k as string]);
      const replacement = REPLACEMENTS[(n + i) % REPLACEMENTS.length];
      yield edited(pathTo, (p) => void (p[k as string] = replacement));
    }
  }
}

async function catalogDocuments(): Promise<{ name: string; value: unknown }[]> {
  const dirs = [path.join(REPO, 'schema/catalogs'), ...(await readdir(path.join(REPO, 'test/fixtures'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => path.join(REPO, 'test/fixtures', d.name, 'catalogs'))];
  const docs: { name: string; value: unknown }[] = [];
  for (const dir of dirs) {
    for (const name of (await readdir(dir).catch(() => [] as string[])).sort()) {
      if (/\.(ya?ml|json)$/.test(name)) docs.push({ name: path.relative(REPO, path.join(dir, name)), value: parse(await readFile(path.join(dir, name), 'utf8')) });
    }
  }
  return docs;
}

describe('the validators compiled ahead of time', () => {
  let work: string;
  let standalone: Record<string, ValidateFunction> & { digests: Record<string, string> };
  const compiled = (name: string) => schemaAjv().compile(PRECOMPILED_SCHEMAS[name]!);

  beforeAll(async () => {
    // Inside the repository, so that the code's require of Ajv's runtime resolves as it does from dist/.
    await mkdir(path.join(REPO, 'node_modules/.cache'), { recursive: true });
    work = await mkdtemp(path.join(REPO, 'node_modules/.cache/errcat-validators-'));
    const file = path.join(work, 'schema-validators.cjs');
    await writeFile(file, standaloneValidatorsCode());
    standalone = createRequire(path.join(REPO, 'package.json'))(file);
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  /** Both verdicts on a document, with every error as Ajv reports it. */
  const verdicts = (name: string, run: ValidateFunction, value: unknown) => {
    const ahead = standalone[name]!;
    return { ahead: [ahead(value), ahead.errors ?? null], run: [run(value), run.errors ?? null] };
  };

  it('judge the shipped catalogs, the fixtures and mutations of them as the run-time compiled validator does', async () => {
    const run = compiled('catalog');
    let documents = 0;
    let invalid = 0;
    for (const doc of await catalogDocuments()) {
      for (const value of [doc.value, ...mutations(doc.value)]) {
        const { ahead, run: atRunTime } = verdicts('catalog', run, value);
        expect(ahead, doc.name).toEqual(atRunTime);
        documents++;
        if (atRunTime[0] === false) invalid++;
      }
    }
    // The comparison covered many documents, most of them invalid in some way.
    expect(documents).toBeGreaterThan(5000);
    expect(invalid / documents).toBeGreaterThan(0.5);
  }, 120_000);

  it('judge configs as the run-time compiled validator does', () => {
    const run = compiled('config');
    const config = { catalogs: 'errcat/catalogs', out: 'errcat/generated', scope: '@acme', providers: ['smsapi'], enumStyle: 'const', allowExtra: ['**/.gitkeep'] };
    let invalid = 0;
    for (const value of [config, ...mutations(config), {}, [], 'x']) {
      const { ahead, run: atRunTime } = verdicts('config', run, value);
      expect(ahead).toEqual(atRunTime);
      if (atRunTime[0] === false) invalid++;
    }
    expect(invalid).toBeGreaterThan(10);
  });

  it('record the digest of the schemas they were made from', () => {
    expect(Object.keys(standalone.digests).sort()).toEqual(Object.keys(PRECOMPILED_SCHEMAS).sort());
  });

  it('are not used when errcat runs from source (the code that compiled them may have changed since)', () => {
    expect(precompiledValidator(PRECOMPILED_SCHEMAS.catalog!)).toBeUndefined();
  });
});

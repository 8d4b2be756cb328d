// Modules are compiled through their templates (compiled-template.ts): the
// structure is compiled, the names and texts are filled in afterwards. These
// tests hold that path to what TypeScript makes of each whole module, and
// hold the templates to structure only.
import { describe, expect, it, vi } from 'vitest';
import { fileOfBytes, type GeneratedFile } from '../../../generator/emit/generated-file.ts';
import { compileModule } from '../../../generator/emit/typescript/compile-module.ts';
import { compiledTemplate } from '../../../generator/emit/typescript/compiled-template.ts';
import { filledTemplate, templatedSource, type SlotValue } from '../../../generator/emit/typescript/module-template.ts';
import { emitTypeScript } from '../../../generator/emit/typescript/typescript-emitter.ts';
import { parseCatalogText } from '../../../generator/load/parse-catalog-text.ts';
import { buildModel } from '../../../generator/model/build-model.ts';
import { loadModel } from '../../../generator/model/load-model.ts';
import { ENUM_STYLES, type EnumStyle, type Model } from '../../../generator/model/model.ts';
import { validateCatalogs } from '../../../generator/validate/validate-catalogs.ts';
import { fixtureCases, fixtureOutput } from '../../fixtures/fixture-cases.ts';

describe('filledTemplate', () => {
  const bare = (text: string): SlotValue => ({ form: 'bare', text });
  const literal = (text: string): SlotValue => ({ form: 'literal', text });
  const doc = (text: string): SlotValue => ({ form: 'doc', text });
  const lines = (...elements: string[]): SlotValue => ({ form: 'lines', elements });
  const cases: { given: string; values: SlotValue[]; want: string | undefined }[] = [
    { given: 'export const errcat$0$ = 1;', values: [bare('answer')], want: 'export const answer = 1;' },
    { given: 'import { x } from "errcat$0$§";', values: [literal('"@acme/core"')], want: 'import { x } from "@acme/core";' },
    { given: '/** errcat$0$ */\nexport {};', values: [doc('/**\n * Two\n * lines\n */')], want: '/**\n * Two\n * lines\n */\nexport {};' },
    { given: 'a(errcat$0$, errcat$0$, errcat$1$)', values: [bare('x'), bare('y')], want: 'a(x, x, y)' },
    { given: '[\n    errcat$0$,\n]', values: [lines('{ a: 1 }', '{ b: 2 }')], want: '[\n    { a: 1 },\n    { b: 2 },\n]' },
    { given: '[\n        errcat$0$,\n]', values: [lines('{ a: 1 }', '{ b: 2 }')], want: '[\n        { a: 1 },\n        { b: 2 },\n]' },
    { given: 'const errcat$members = 0; errcat$entries', values: [], want: 'const errcat$members = 0; errcat$entries' },
    // A value is never read for tokens: a catalog text that looks like one stays as it is.
    { given: 'f(errcat$0$)', values: [bare('"errcat$0$ errcat$1$§"'), bare('no')], want: 'f("errcat$0$ errcat$1$§")' },
    { given: 'f(errcat$2$)', values: [bare('a')], want: undefined },
    // Lines go only where a line starts: a compiled text that moved the token into a line is not filled.
    { given: '[a, errcat$0$]', values: [lines('{ a: 1 }')], want: undefined },
    // A token the compiler did not copy as written: a name it put in quotes, a literal it printed anew (escaping the mark) or unquoted.
    { given: 'E[E["errcat$0$§"] = 1] = "errcat$0$§";', values: [bare('Red')], want: undefined },
    { given: 'A = "errcat$0$\\u00A7"', values: [literal('"é"')], want: undefined },
    { given: 'f(errcat$0$)', values: [literal('"x"')], want: undefined },
    { given: 'f(errcat$0$)', values: [doc('/** x */')], want: undefined },
    { given: '/** errcat$0$ */', values: [bare('x')], want: undefined },
  ];
  it.each(cases)('$given', ({ given, values, want }) => {
    expect(filledTemplate(given, values)).toBe(want);
  });
});

describe('compiledTemplate', () => {
  it('compiles the source itself when the template does not fill back to it', () => {
    const source = 'export const answer: number = 42;\n';
    const compiled = compiledTemplate('x/src/answer.ts', { source, template: 'export const errcat$0$: number = 42;\n', values: [{ form: 'bare', text: 'question' }] });
    expect(compiled).toEqual(compileModule('x/src/answer.ts', source));
    expect(compiled.js).toContain('answer');
  });

  it('compiles the source itself when the template does not compile', () => {
    const source = 'export const answer = 1;\n';
    const compiled = compiledTemplate('x/src/answer.ts', { source, template: 'export errcat$0$ answer = 1;\n', values: [{ form: 'bare', text: 'const' }] });
    expect(compiled).toEqual(compileModule('x/src/answer.ts', source));
  });

  it('names the module in the error when the source itself does not compile', () => {
    const templated = templatedSource((slots) => `export const ${slots.name('answer')}: number = ;\n`);
    expect(() => compiledTemplate('x/src/answer.ts', templated)).toThrow(/x\/src\/answer\.ts/);
  });

  it('compiles the source itself when the compiler prints a literal anew (a string enum member): the template is not filled', () => {
    const templated = templatedSource((slots) => `export enum ${slots.name('Codes')} { A = ${slots.literal('é')} }\n`);
    expect(templated.template).toContain('"errcat$1$§"');
    const compiled = compiledTemplate('x/src/codes.ts', templated);
    expect(compiled).toEqual(compileModule('x/src/codes.ts', templated.source));
    expect(compiled.js).toContain('"\\u00E9"');
  });
});

/** A model from one catalog file's text (JSON), failing the test on any diagnostic. */
function inlineModel(yaml: string, enumStyle: EnumStyle): Model {
  const id = (JSON.parse(yaml) as { provider: { id: string } }).provider.id;
  const parsed = parseCatalogText(`inline/${id}.yaml`, id, yaml);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
  const validated = validateCatalogs([parsed.catalog]);
  expect(validated.diagnostics).toEqual([]);
  return buildModel(validated.catalogs, { scope: '@errcat', enumStyle });
}

// Every text that reaches a slot holds what a token looks like, and what ends a comment or a literal.
const LOOKS_LIKE_TOKENS = 'errcat$0$ "errcat$1$" /** errcat$2$ */ errcat$members */ ${x} `tick` \\ \' \u2028 \u202E zażółć 😀';
const entries = (list: object[]) => [{ id: 'all', title: `All ${LOOKS_LIKE_TOKENS}`, entries: list }];
// JSON, which is YAML: no text needs YAML's quoting.
const HOSTILE = JSON.stringify({
  provider: { id: 'hostile', name: `Evil ${LOOKS_LIKE_TOKENS}` },
  wire: {
    httpStatuses: [{ status: 401, description: `Unauthorized ${LOOKS_LIKE_TOKENS}`, body: false }],
    body: { code: { pointer: '/code', encoding: 'string-or-integer' }, message: { pointer: '/errcat$0$' } },
    shapes: [{ id: 'text', summary: `A summary ${LOOKS_LIKE_TOKENS}`, format: 'text', pattern: '^E(?<code>\\d+) errcat\\$0\\$$', examples: [{ summary: `Example ${LOOKS_LIKE_TOKENS}`, value: 'E40 errcat$0$' }] }],
  },
  catalogs: [
    {
      id: 'codes',
      name: `Codes ${LOOKS_LIKE_TOKENS}`,
      description: `First line ${LOOKS_LIKE_TOKENS}\nsecond line`,
      kind: 'error-code',
      codeType: 'integer',
      sections: [
        {
          ...entries([
            { key: 'MINUS_ONE', previousKeys: ['NEGATIVE_ONE', 'ERRCAT_0'], code: -1, text: `minus ${LOOKS_LIKE_TOKENS}`, category: 'unknown' },
            { key: 'BIG', previousKeys: ['LARGE'], code: 9007199254740991, text: 'big', category: 'unknown', deprecated: true },
          ])[0],
          reserved: [{ from: 88, to: 89, text: `Reserved ${LOOKS_LIKE_TOKENS}` }, { from: 90, to: 90, text: 'One more' }],
        },
      ],
    },
    { id: 'strings', name: 'String codes', kind: 'error-code', codeType: 'string', sections: entries([
      { key: 'ONE', code: 'errcat$0$', text: 'one', category: 'invalid_parameters' },
      // Codes the printer writes anew in JavaScript and declarations, escaping what is not printable ASCII.
      { key: 'TWO', code: 'zażółć', text: 'two', category: 'invalid_parameters' },
      { key: 'THREE', code: 'tab\there\u000bvt\u0000nul \u007f del \\ "q"', text: 'three', category: 'invalid_parameters' },
      { key: 'FOUR', code: '😀', text: 'four', category: 'invalid_parameters' },
    ]) },
    { id: 'messages', name: 'Messages', kind: 'error-message', sections: entries([{ key: 'ONLY', text: `Only ${LOOKS_LIKE_TOKENS}`, category: 'not_found' }]) },
    { id: 'statuses', name: 'Statuses', kind: 'http-status', codeType: 'integer', sections: entries([{ key: 'UNAUTHORIZED', code: 401, text: 'Unauthorized', category: 'authentication' }]) },
  ],
});

/** The emitted files of a model, by path. */
function emitted(model: Model): Map<string, GeneratedFile> {
  return new Map([...emitTypeScript(model)].map((file) => [file.path, file]));
}

/**
 * What the emitter compiled for a model, in a process that had compiled
 * nothing: core's runtime, and templates, unless a module fell back to
 * compiling its source.
 */
async function compiledFor(model: Model): Promise<string[]> {
  vi.resetModules();
  const fresh = {
    ...(await import('../../../generator/emit/typescript/compile-module.ts')),
    ...(await import('../../../generator/emit/typescript/typescript-emitter.ts')),
  };
  for (const _file of fresh.emitTypeScript(model));
  return fresh.compiledSources().filter((source) => !source.includes('errcat/runtime/core/'));
}

const isTemplate = (source: string) => source.startsWith('// errcat$');

/**
 * Each module's JavaScript and declarations as the emitter wrote them,
 * against TypeScript's compile of the module's whole source (with the
 * notice put back where the compiler drops it, as the emitter does).
 */
function expectCompiledAsAWhole(files: ReadonlyMap<string, GeneratedFile>): number {
  let modules = 0;
  for (const [path, file] of files) {
    const match = /^(.+)\/src\/(.+)\.ts$/.exec(path);
    if (!match || path.startsWith('core/') !== (path === 'core/src/category.ts')) continue; // core's runtime is copied, not templated
    const source = file.content;
    const header = source.slice(0, source.indexOf('\n', source.indexOf('\n') + 1) + 1);
    const whole = compileModule(path, source);
    const headed = (text: string) => (text.startsWith(header) ? text : header + text);
    expect(files.get(`${match[1]}/dist/${match[2]}.js`)?.content, `${path}: JavaScript`).toBe(headed(whole.js));
    expect(files.get(`${match[1]}/dist/${match[2]}.d.ts`)?.content, `${path}: declarations`).toBe(headed(whole.dts));
    modules++;
  }
  return modules;
}

describe.each(ENUM_STYLES)('every module compiled through its template is what TypeScript makes of it whole (enumStyle %s)', (enumStyle) => {
  it('for the shipped catalogs', async () => {
    const { model } = await loadModel({ kind: 'folder', dir: 'schema/catalogs', root: '.' }, { scope: '@errcat', enumStyle });
    expect(expectCompiledAsAWhole(emitted(model))).toBe(1 + model.providers.reduce((n, p) => n + p.catalogs.length + 2, 0));
    // Through templates, every one: no module fell back to compiling its source.
    expect((await compiledFor(model)).filter((source) => !isTemplate(source))).toEqual([]);
  });

  it('for catalogs whose every name and text looks like a token, ends a comment or a literal, or is invisible', async () => {
    const model = inlineModel(HOSTILE, enumStyle);
    expect(expectCompiledAsAWhole(emitted(model))).toBe(1 + 4 + 2);
    // Only the module of codes the printer writes anew (not printable ASCII) is compiled whole; the rest go through templates.
    const whole = (await compiledFor(model)).filter((source) => !isTemplate(source));
    expect(whole.map((source) => /export (?:enum|const) (\w+)/.exec(source)?.[1])).toEqual(['HostileStrings']);
  });
});

describe('every fixture', () => {
  it.each(['const-style', 'edge-cases', 'string-codes', 'white-label'])('%s', async (name) => {
    const fixture = (await fixtureCases()).find((c) => c.name === name)!;
    const files = new Map((await fixtureOutput(fixture)).map((file) => [file.path, fileOfBytes(file.path, file.bytes!)]));
    expect(expectCompiledAsAWhole(files)).toBeGreaterThan(2);
    const { model } = await loadModel({ kind: 'folder', dir: fixture.catalogDir, root: fixture.catalogDir }, { scope: '@acme', enumStyle: name === 'const-style' ? 'const' : 'enum' });
    expect((await compiledFor(model)).filter((source) => !isTemplate(source))).toEqual([]);
  });
});

describe('templates hold structure only', () => {
  it('catalogs that differ only in names and texts compile one set of templates', async () => {
    // Every name and text changed, and texts that happen to equal each other (a provider named as its id, a catalog as its id).
    const plain = (value: unknown): unknown =>
      typeof value === 'string' ? value.replaceAll(LOOKS_LIKE_TOKENS, 'plain text').replaceAll('hostile', 'other').replace('Evil', 'Good') :
      Array.isArray(value) ? value.map(plain) :
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) : value;
    const file = plain(JSON.parse(HOSTILE)) as { provider: { name: string }; catalogs: { id: string; name: string; sections: { entries: { key: string }[]; reserved?: { from: number; to: number }[] }[] }[] };
    file.provider.name = 'other';
    file.catalogs[0]!.id = 'numbers';
    file.catalogs[0]!.sections[0]!.entries[0]!.key = 'LESS_THAN_ZERO';
    file.catalogs[0]!.sections[0]!.reserved![0] = { ...file.catalogs[0]!.sections[0]!.reserved![0]!, from: 10, to: 19 };
    file.catalogs[1]!.name = file.catalogs[1]!.id;
    const renamed = JSON.stringify(file);
    expect(renamed).not.toContain('errcat$1$');
    // Modules loaded afresh: nothing compiled yet in this process's memory of compiled sources.
    vi.resetModules();
    const fresh = {
      ...(await import('../../../generator/emit/typescript/compile-module.ts')),
      ...(await import('../../../generator/emit/typescript/typescript-emitter.ts')),
    };
    // The templates a model's modules needed that were not compiled before (a module of codes that are not printable ASCII is compiled whole, not through one).
    const templatesOf = (model: Model) => {
      const before = new Set(fresh.compiledSources());
      for (const _file of fresh.emitTypeScript(model));
      return fresh.compiledSources().filter((source) => !before.has(source) && isTemplate(source));
    };
    for (const enumStyle of ENUM_STYLES) {
      const first = templatesOf(inlineModel(HOSTILE, enumStyle));
      expect(first.length).toBeGreaterThan(0);
      // Compiled already: the second model's modules are all served by the first's templates.
      expect(templatesOf(inlineModel(renamed, enumStyle))).toEqual([]);
      for (const template of first) {
        expect(template.startsWith('// errcat$')).toBe(true);
        expect(template).not.toMatch(/hostile|Evil|MINUS_ONE|NEGATIVE_ONE|Reserved|tick|Codes|Messages|Unauthorized|@errcat/);
      }
    }
  });
});

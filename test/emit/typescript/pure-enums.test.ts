import { transform } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { compileModule } from '../../../generator/emit/typescript/compile-module.ts';

const SOURCE = `export enum Numeric { A = 1, B = 2, ALIAS = 1 }
export enum Text { X = "x", Y = "y" }
enum Merged { P = 1 }
enum Merged { Q = 2 }
export const merged: typeof Merged = Merged;
export var plain: number | undefined;
export const answer: number = 42;
`;

/** The exports of a JavaScript module, evaluated. */
async function exportsOf(js: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as Record<string, unknown>;
}

describe('compiled enums are pure expressions (pure-enums.ts)', () => {
  it('compile to one declaration whose initializer is marked pure', () => {
    const { js } = compileModule('m.ts', SOURCE);
    expect(js).toContain('export var Numeric = /* @__PURE__ */ (function (Numeric) {\n    Numeric[Numeric["A"] = 1] = "A";');
    expect(js).toContain('    return Numeric;\n})({});');
    expect(js).toContain('export var Text = /* @__PURE__ */ (function (Text) {');
    expect(js).not.toMatch(/\|\| \((Numeric|Text) = \{\}\)/);
    // A declaration with no value of its own is left alone.
    expect(js).toContain('export var plain;\n');
  });

  it('hold the same values as TypeScript’s own output, reverse mappings and merged declarations included', async () => {
    const { js } = compileModule('m.ts', SOURCE);
    const plainJs = ts.transpileModule(SOURCE, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText;
    const ours = await exportsOf(js);
    const theirs = await exportsOf(plainJs);
    expect({ ...ours }).toEqual({ ...theirs });
    expect((ours['Numeric'] as Record<number, string>)[1]).toBe('ALIAS');
    expect(ours['merged']).toEqual({ P: 1, 1: 'P', Q: 2, 2: 'Q' });
  });

  it('are dropped by a minifier when unused, and kept when used', async () => {
    // Not exported: an export is used by definition.
    const { js } = compileModule('m.ts', 'enum Unused { A = 1 }\nenum Used { B = 2 }\nconsole.log(Used.B);\n');
    const { code } = await transform(js, { minify: true, treeShaking: true, format: 'esm' });
    expect(code).not.toContain('A=1');
    expect(code).toContain('B=2');
  });
});

import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateFiles } from '../../generator/pipeline.ts';
import { ENUM_STYLES, type EnumStyle } from '../../generator/model/model.ts';
import { CATALOG_DIR } from '../helpers/generated-output.ts';
import { typeCheck } from './property/helpers/type-check.ts';

/**
 * A monorepo's root tsconfig type-checks every package's sources, often with
 * flags well beyond `--strict`. Every generated `src/*.ts` (and `dist/*.d.ts`)
 * of the shipped catalogs must compile under all of them, in both enum
 * styles; the `const` style also under `erasableSyntaxOnly`, which is what it
 * is for (Node's type stripping runs such sources as they are).
 */
const STRICTEST: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noUncheckedIndexedAccess: true,
  noPropertyAccessFromIndexSignature: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  isolatedDeclarations: true,
  // isolatedDeclarations needs declarations on; nothing is written (the host refuses).
  declaration: true,
  noEmit: true,
};

async function generated(style: EnumStyle) {
  return (await generateFiles({ catalogDir: CATALOG_DIR, scope: '@errcat', enumStyle: style })).files;
}

describe.each(ENUM_STYLES)('generated TypeScript with enumStyle %s under the strictest flags', (style) => {
  it('type-checks with every flag of issue 12', async () => {
    const files = await generated(style);
    expect(files.filter((f) => /\/src\/[^/]+\.ts$/.test(f.path)).length).toBeGreaterThan(15);
    expect(typeCheck(files, '@errcat', STRICTEST)).toEqual([]);
  });

  it(style === 'const' ? 'passes erasableSyntaxOnly' : 'is what erasableSyntaxOnly refuses (TS1294, an enum), so the const style exists', async () => {
    const diagnostics = typeCheck(await generated(style), '@errcat', { ...STRICTEST, erasableSyntaxOnly: true });
    if (style === 'const') expect(diagnostics).toEqual([]);
    else expect(diagnostics.filter((d) => /\/src\/(?!index)[^/]+\.ts:\d+:\d+ This syntax is not allowed when 'erasableSyntaxOnly' is enabled/.test(d)).length).toBeGreaterThan(0);
  });
});

describe('the strictest flags catch what they are meant to', () => {
  it('an unused import, an optional property set to undefined, an enum under erasableSyntaxOnly', () => {
    const core = { path: 'core/src/index.ts', content: 'export interface E { readonly x?: number }\n' };
    const file = {
      path: 'p/src/a.ts',
      content: [
        'import { type E } from "@errcat/core";',
        'import type { E as Unused } from "@errcat/core";',
        'export const e: E = { x: undefined };',
        'export enum Style { A = 1 }',
        '',
      ].join('\n'),
    };
    const diagnostics = typeCheck([core, file], '@errcat', { ...STRICTEST, erasableSyntaxOnly: true }).map((d) => d.replace(/ .*/s, ''));
    expect(diagnostics).toEqual(['p/src/a.ts:2:1', 'p/src/a.ts:3:14', 'p/src/a.ts:4:13']);
  });
});

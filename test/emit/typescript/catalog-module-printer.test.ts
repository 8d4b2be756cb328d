import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompiledModule } from '../../../generator/vocabulary/compiled-module.ts';

/**
 * The catalog module's fast path splices repeated lines into the compiler's
 * output in the printer's format. These tests hold the two halves of that
 * contract: with the TypeScript errcat installs, the splice is taken (one
 * compilation of a skeleton per module); with a printer that writes enums or
 * arrays otherwise (a future TypeScript release), the whole module is
 * compiled instead and the output is still exactly the compiler's.
 */
const compiler = vi.hoisted(() => ({ calls: [] as string[], reformat: (text: string) => text }));

vi.mock('../../../generator/emit/typescript/compile-module.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../generator/emit/typescript/compile-module.ts')>();
  return {
    ...real,
    compileModule(path: string, source: string): CompiledModule {
      compiler.calls.push(source);
      const compiled = real.compileModule(path, source);
      return { js: compiler.reformat(compiled.js), dts: compiler.reformat(compiled.dts) };
    },
  };
});

const { catalogModuleFiles } = await import('../../../generator/emit/typescript/provider-catalog-module.ts');
const { compileModule } = await import('../../../generator/emit/typescript/compile-module.ts');
const { acmeModel } = await import('../../catalogs/test-catalogs.ts');

describe('catalog modules and the TypeScript printer', () => {
  beforeEach(() => {
    compiler.calls = [];
    compiler.reformat = (text) => text;
  });

  it('splice into one compilation of a skeleton with the installed TypeScript', () => {
    const model = acmeModel();
    for (const provider of model.providers) {
      for (const catalog of provider.catalogs) {
        compiler.calls = [];
        catalogModuleFiles(provider, catalog, '@errcat/core', '// header\n', 'enum');
        expect(compiler.calls, `${provider.id}/${catalog.id}`).toHaveLength(1);
        expect(compiler.calls[0]).toContain('errcat$members');
      }
    }
  });

  it('compile the whole module when the printer indents enums and arrays otherwise, and never throw', () => {
    // A printer with two-space indentation: none of the stand-in lines is where the splice expects it.
    compiler.reformat = (text) => text.replace(/^( {4})+/gm, (pad) => ' '.repeat(pad.length / 2));
    const provider = acmeModel().providers[0]!;
    for (const catalog of provider.catalogs) {
      compiler.calls = [];
      const files = catalogModuleFiles(provider, catalog, '@errcat/core', '// header\n', 'enum');
      expect(compiler.calls).toHaveLength(2);
      expect(compiler.calls[1]).toBe(files.ts);
      expect(files.ts).not.toContain('errcat$');
      const whole = compileModule(`${provider.id}/src/${catalog.id}.ts`, files.ts);
      expect(files.js).toBe(whole.js);
      expect(files.dts).toBe(whole.dts);
      expect(files.js).not.toContain('errcat$');
    }
  });
});

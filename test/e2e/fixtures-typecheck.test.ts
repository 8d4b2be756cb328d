import { readdir } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { fixtureCases } from '../fixtures/fixture-cases.ts';
import { STRICT_OPTIONS } from './property/helpers/type-check.ts';

describe('golden fixtures type-check under tsc --strict (and the stricter flags of STRICT_OPTIONS)', async () => {
  for (const fixture of await fixtureCases()) {
    it(`${fixture.name}: every generated src/*.ts and dist/*.d.ts compiles`, async () => {
      const roots = (await readdir(fixture.expectedDir, { recursive: true }))
        .filter((p) => /^[^/\\]+[/\\](src[/\\][^/\\]+\.ts|dist[/\\][^/\\]+\.d\.ts)$/.test(p))
        .map((p) => path.join(fixture.expectedDir, p));
      expect(roots.length).toBeGreaterThan(0);
      const program = ts.createProgram(roots, {
        // The strictest consumer the property tests use: --strict and beyond, only the language's own library.
        ...STRICT_OPTIONS,
        // The packages import the core package by name, as a workspace would resolve it.
        paths: { '@errcat/core': [path.join(fixture.expectedDir, 'core/src/index.ts')] },
      });
      const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(diagnostics).toEqual([]);
    });
  }
});

import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

/**
 * ts-morph (with the TypeScript compiler inside), loaded with `require`. An
 * ESM `import` of a CommonJS package makes Node scan its source for named
 * exports first (cjs-module-lexer), which cost ~160 ms of every run here.
 */
export const tsMorph: typeof TsMorph = createRequire(import.meta.url)('ts-morph') as typeof TsMorph;

/** The TypeScript compiler API bundled with ts-morph. */
export const ts: typeof TsMorph.ts = tsMorph.ts;

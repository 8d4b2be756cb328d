import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';
import { UNKNOWN_COMPILER } from '../../load/precompiled-modules.ts';

const require = createRequire(import.meta.url);

let loaded: typeof TsMorph.ts | undefined;

/**
 * The TypeScript compiler API bundled with ts-morph, loaded on first use: a
 * run whose modules were all compiled ahead of time (`load/precompiled-modules.ts`)
 * never pays the 9 MB compiler's load, some 0.15 s. Loaded with `require`: an
 * ESM `import` of a CommonJS package makes Node scan its source for named
 * exports first (cjs-module-lexer), which cost ~160 ms of every run here.
 */
export function typeScript(): typeof TsMorph.ts {
  loaded ??= (require('ts-morph') as typeof TsMorph).ts;
  return loaded;
}

let identity: string | undefined;

/**
 * Which compiler would compile here, without loading it: ts-morph bundles
 * one TypeScript release in `@ts-morph/common`, so that package's version
 * names the compiler exactly (`@ts-morph/common@0.28.1`). What was compiled
 * ahead of time stands in for compiling only under the same name.
 */
export function compilerIdentity(): string {
  identity ??= readCompilerIdentity();
  return identity;
}

function readCompilerIdentity(): string {
  try {
    // Resolved from ts-morph's own folder: under pnpm, ts-morph's dependencies are not visible from errcat's.
    const fromTsMorph = createRequire(require.resolve('ts-morph'));
    const manifest = fromTsMorph('@ts-morph/common/package.json') as { version?: unknown };
    return `@ts-morph/common@${String(manifest.version)}`;
  } catch {
    return UNKNOWN_COMPILER; // nothing precompiled is taken: every module is compiled
  }
}

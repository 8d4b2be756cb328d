#!/usr/bin/env node
// The errcat CLI: a thin launcher for the bundle that `npm run build` writes
// to dist/ ahead of time (at `prepack`, and before this repository runs it). Nothing is ever written
// inside the installed package.
import module from 'node:module';

// Node 22.1+ caches V8's compilation of the modules it loads (in the system's
// temporary folder, one entry per module file): a little off every start.
// Output never depends on it, and a cache that cannot be written only makes
// the next start slower. Node 20 has no such cache, and runs without one: the
// v8-compile-cache package errcat used there kept an 8 MB copy of the
// TypeScript compiler's code per working directory, and a run seldom loads
// the compiler now (see "Modules compiled ahead of time" in the README).
if (typeof module.enableCompileCache === 'function') {
  try {
    module.enableCompileCache();
  } catch {
    // an optimisation that failed
  }
}

let cli;
try {
  cli = await import('../dist/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/main.js')) throw error;
  // Only in a checkout of errcat itself, before its first `npm ci` or `npm run build`.
  process.stderr.write('errcat: the CLI is not built; run `npm run build` in the errcat checkout\n');
  process.exit(70);
}
process.exitCode = await cli.main(process.argv.slice(2));

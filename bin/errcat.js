#!/usr/bin/env node
// The errcat CLI: a thin launcher for the bundle that `npm run build` writes
// to dist/ ahead of time (at `prepack`, and before this repository runs it). Nothing is ever written
// inside the installed package.
import { createRequire } from 'node:module';
import module from 'node:module';

// Caches V8's compilation of the TypeScript compiler (a 9 MB script) outside
// the package, in the system's temporary folder: about a quarter of a second
// off every start. Node 22.1+ has this built in; Node 20 uses v8-compile-cache.
// Output never depends on it, and a cache that cannot be written only makes
// the next start slower.
if (typeof module.enableCompileCache === 'function') {
  try {
    module.enableCompileCache();
  } catch {
    // an optimisation that failed
  }
} else {
  withQuietExitListeners(() => createRequire(import.meta.url)('v8-compile-cache'));
}

/**
 * Runs `install` with the exit listeners it adds guarded: v8-compile-cache
 * saves its cache on exit, and on a full disk that save threw a stack trace
 * after errcat had said what failed.
 */
function withQuietExitListeners(install) {
  const once = process.once;
  process.once = (event, listener) =>
    once.call(process, event, event !== 'exit' ? listener : (...args) => {
      try {
        listener(...args);
      } catch {
        // an optimisation that failed; errcat's own exit code and message stand
      }
    });
  try {
    install();
  } catch {
    // no cache: slower, never wrong
  } finally {
    process.once = once;
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

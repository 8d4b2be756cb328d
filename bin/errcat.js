#!/usr/bin/env node
// The errcat CLI. The toolchain is TypeScript; it runs from one ESM bundle
// (`.errcat/cli.js`) that esbuild rebuilds, in about a tenth of a second,
// whenever a source under generator/ is newer than the bundle. One file loads
// much faster than ~80 modules transpiled at every start, and the bundle can
// never be stale.
import { createRequire } from 'node:module';
import { bundledCli } from './bundle-cli.js';

// Caches V8's compilation of CommonJS packages (the TypeScript compiler is a
// 9 MB script): about a quarter of a second off every start. Output never depends on it.
withQuietExitListeners(() => createRequire(import.meta.url)('v8-compile-cache'));

/**
 * Runs `install` with the exit listeners it adds guarded: v8-compile-cache
 * saves its cache on exit, and on a full disk that save threw a stack trace
 * after errcat had said what failed. A cache that cannot be saved only makes
 * the next start slower.
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
  } finally {
    process.once = once;
  }
}

const { main } = await import(await bundledCli());
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The errcat CLI. The toolchain is TypeScript; it runs from one ESM bundle
// (`.errcat/cli.js`) that esbuild rebuilds, in about a tenth of a second,
// whenever a source under generator/ is newer than the bundle. One file loads
// much faster than ~80 modules transpiled at every start, and the bundle can
// never be stale.
import { bundledCli } from './bundle-cli.js';

const { main } = await import(await bundledCli());
process.exitCode = await main(process.argv.slice(2));

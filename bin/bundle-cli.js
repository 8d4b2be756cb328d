// Builds the CLI bundle from generator/cli/main.ts when it is missing or older
// than any source. npm packages stay external (Node loads them as usual) and
// lazily imported commands become their own chunks, so `--help` does not load
// the TypeScript compiler. Each build goes to a new folder, published by
// renaming a pointer file over `.errcat/current`: concurrent runs never load
// half a bundle.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = path.join(ROOT, '.errcat');
const POINTER = path.join(CACHE, 'current');

/** URL of the bundled CLI entry, rebuilt first if any generator source is newer. */
export async function bundledCli() {
  const current = freshBuild() ?? (await build());
  return pathToFileURL(path.join(CACHE, current, 'main.js')).href;
}

/** The current build's folder name, if it is newer than every source. */
function freshBuild() {
  let built;
  let name;
  try {
    built = statSync(POINTER).mtimeMs;
    name = readFileSync(POINTER, 'utf8').trim();
    statSync(path.join(CACHE, name, 'main.js'));
  } catch {
    return undefined;
  }
  const sources = readdirSync(path.join(ROOT, 'generator'), { recursive: true, withFileTypes: true });
  for (const entry of sources) {
    if (entry.isFile() && entry.name.endsWith('.ts') && statSync(path.join(entry.parentPath, entry.name)).mtimeMs > built) return undefined;
  }
  return statSync(fileURLToPath(import.meta.url)).mtimeMs <= built ? name : undefined;
}

async function build() {
  const { build: esbuild } = await import('esbuild');
  const name = `build-${process.pid}-${Date.now()}`;
  await esbuild({
    entryPoints: { main: path.join(ROOT, 'generator/cli/main.ts') },
    outdir: path.join(CACHE, name),
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  mkdirSync(CACHE, { recursive: true });
  const temp = `${POINTER}.${process.pid}`;
  writeFileSync(temp, name);
  renameSync(temp, POINTER);
  // Old builds go after an hour: a run still using one may yet load a chunk from it.
  for (const old of readdirSync(CACHE)) {
    const folder = path.join(CACHE, old);
    if (old.startsWith('build-') && old !== name && Date.now() - statSync(folder).mtimeMs > 3_600_000) rmSync(folder, { recursive: true, force: true });
  }
  return name;
}

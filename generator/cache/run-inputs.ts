import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCatalogFileName, relativePosix } from '../load/catalog-files.ts';
import { regularFileHash } from '../load/read-regular-file.ts';
import type { RememberedHashes } from '../load/remembered-hashes.ts';
import { shippedLabel } from '../load/read-shipped-catalogs.ts';
import { ERRCAT_ROOT, SHIPPED_CATALOG_DIR } from '../vocabulary/errcat-root.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import { contentHash } from '../vocabulary/content-hash.ts';

/** The settings of a generate run that shape its output (the rest, such as `allowExtra`, only judge the folder). */
export interface CacheOptions {
  catalogDir: string;
  root: string;
  scope: string;
  corePackage: string;
  workspaceProtocol: boolean;
  providers: readonly string[];
  enumStyle: string;
  targets: readonly string[];
}

/** What a generate run is made from, hashed: everything but the catalogs, and each catalog by the name output gives it. */
export interface RunInputs {
  /** sha256 of errcat's own inputs (code, templates, runtime sources, schema, installed dependencies) and the options. */
  common: string;
  /** sha256 of each catalog file's bytes, by the name output gives it (`schema/catalogs/bsg.yaml`, `errcat/schema/catalogs/bsg.yaml`). */
  catalogs: ReadonlyMap<string, string>;
  /** sha256 of all of it: equal keys, equal output. */
  key: string;
}

/** Bumped when what the key covers changes meaning: every record of an older errcat then misses. */
const KEY_FORMAT = 'errcat-cache/1';

/**
 * The one list of everything errcat reads to make output, besides the
 * previous output's release records (which the unit keys add, as versions):
 * a file errcat reads while generating and which is not here is a cache bug.
 * Folders are read whole, recursively; a missing one counts as empty.
 */
function errcatInputs(): { label: string; dir?: string; file?: string }[] {
  const root = fileURLToPath(ERRCAT_ROOT);
  return [
    // errcat's running code: the CLI bundle, or the sources when run from them (tests, tsx).
    { label: 'code', dir: codeFolder(root) },
    { label: 'package.json', file: path.join(root, 'package.json') },
    { label: 'templates', dir: path.join(root, 'templates') },
    { label: 'runtime', dir: path.join(root, 'runtime') },
    { label: 'schema/catalog.schema.json', file: path.join(root, 'schema/catalog.schema.json') },
    // The shipped catalogs are read with the project's (see catalogFolders), as context for `extends`.
  ];
}

/** The installed dependencies whose versions shape output: every runtime dependency, and the TypeScript that ts-morph carries. */
const EXTRA_DEPENDENCIES = ['@ts-morph/common'];

/** The folders of catalog files a run reads, each with how output names its files. */
function catalogFolders(options: CacheOptions): { dir: string; label: (name: string) => string }[] {
  const shipped = fileURLToPath(SHIPPED_CATALOG_DIR);
  const own = { dir: options.catalogDir, label: (name: string) => relativePosix(options.root, path.join(options.catalogDir, name)) };
  if (path.resolve(options.catalogDir) === path.resolve(shipped)) return [own];
  return [own, { dir: shipped, label: shippedLabel }];
}

/**
 * Reads and hashes every input of a generate run (no parsing: a few
 * milliseconds for the five catalogs). `undefined` when a catalog cannot be
 * read as the load stage would (a link, a pipe, too large, a folder that is
 * not there): such a run is never answered from the cache, and the load
 * stage reports the problem. A watching process passes the `hashes` it
 * remembers: an unchanged catalog is then not read again.
 */
export async function readRunInputs(options: CacheOptions, hashes?: RememberedHashes): Promise<RunInputs | undefined> {
  const common = createHash('sha256').update(`${KEY_FORMAT}\n${await (ownInputs ??= hashOwnInputs())}\n`);
  // Every option that shapes output; one missing here would let a run with it changed be answered from the cache.
  const { scope, corePackage, workspaceProtocol, providers, enumStyle, targets } = options;
  common.update(`options ${JSON.stringify({ scope, corePackage, workspaceProtocol, providers, enumStyle, targets })}\n`);
  const commonKey = common.digest('hex');

  const catalogs = new Map<string, string>();
  const all = createHash('sha256').update(`${commonKey}\n`);
  for (const folder of catalogFolders(options)) {
    const names = await readdir(folder.dir).catch(() => undefined);
    if (names === undefined) return undefined;
    all.update(`folder ${JSON.stringify(folder.label(''))}\n`);
    for (const name of names.filter(isCatalogFileName).sort()) {
      const read = await regularFileHash(path.join(folder.dir, name), LIMITS.maxFileBytes, hashes);
      if (read.kind !== 'hashed') return undefined;
      const hash = read.sha256;
      const label = folder.label(name);
      catalogs.set(label, hash);
      all.update(`${JSON.stringify(label)} ${hash}\n`);
    }
  }
  return { common: commonKey, catalogs, key: all.digest('hex') };
}

/**
 * The hash of errcat's own inputs, once per process: the code that runs is
 * the code loaded at start, and a watch run then costs no re-reading of it.
 */
let ownInputs: Promise<string> | undefined;

async function hashOwnInputs(): Promise<string> {
  const hash = createHash('sha256');
  for (const input of errcatInputs()) {
    for (const file of input.dir !== undefined ? await treeFiles(input.dir) : [input.file!]) {
      const name = input.dir !== undefined ? path.relative(input.dir, file).split(path.sep).join('/') : '';
      hash.update(`${input.label}/${name}\0${ownFileHash(file)}\n`);
    }
  }
  for (const [name, version] of dependencyVersions()) hash.update(`dependency ${name}@${version}\n`);
  return hash.digest('hex');
}

/**
 * The hash of one of errcat's own files, or `missing`. A blocking read: they
 * are small and local, and each asynchronous read was several thread-pool
 * round trips.
 */
function ownFileHash(file: string): string {
  try {
    return contentHash(readFileSync(file));
  } catch {
    return 'missing';
  }
}

/** The folder of the code that is running: the CLI bundle (`dist/`) or, run from source, `generator/`. */
function codeFolder(root: string): string {
  const dist = path.join(root, 'dist');
  return fileURLToPath(import.meta.url).startsWith(dist + path.sep) ? dist : path.join(root, 'generator');
}

/** Every file below a folder, sorted; none if it is missing. */
async function treeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The installed version of each dependency errcat runs with ('missing' if not found). */
function dependencyVersions(): [string, string][] {
  const require = createRequire(import.meta.url);
  const own = require(fileURLToPath(new URL('package.json', ERRCAT_ROOT))) as { dependencies?: Record<string, string> };
  const names = [...Object.keys(own.dependencies ?? {}), ...EXTRA_DEPENDENCIES].sort();
  return names.map((name) => {
    const found = (require.resolve.paths(name) ?? []).map((dir) => path.join(dir, name, 'package.json')).find((file) => existsSync(file));
    return [name, found === undefined ? 'missing' : String((require(found) as { version?: unknown }).version)];
  });
}

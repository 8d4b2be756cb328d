import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from '../../generator/emit/generated-file.ts';
import type { EnumStyle, Model } from '../../generator/model/model.ts';
import { generateFiles } from '../../generator/pipeline.ts';
import type { CatalogFile, Entry } from '../../generator/types/catalog.ts';

/** The repository's root folder (absolute), found from this file so no machine path is written down. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The canonical catalogs. */
export const CATALOG_DIR = path.join(REPO_ROOT, 'schema', 'catalogs');

/** What the pipeline makes from the canonical catalogs, in memory. */
export interface GeneratedOutput {
  model: Model;
  files: readonly GeneratedFile[];
  /** File content by path relative to the output folder. */
  byPath: ReadonlyMap<string, string>;
  /** Provider ids, sorted as the model sorts them. */
  providerIds: readonly string[];
  /** Every package folder: `core` and each provider. */
  packageDirs: readonly string[];
}

const cached = new Map<EnumStyle, Promise<GeneratedOutput>>();

/** Runs load → validate → model → emit on `schema/catalogs` once per test worker and enum style (default `enum`); nothing touches the disk. */
export function generatedOutput(enumStyle: EnumStyle = 'enum'): Promise<GeneratedOutput> {
  const done = cached.get(enumStyle);
  if (done) return done;
  const output = (async () => {
    const { model, files } = await generateFiles({ catalogDir: CATALOG_DIR, scope: '@errcat', enumStyle });
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    const providerIds = model.providers.map((p) => p.id);
    return { model, files, byPath, providerIds, packageDirs: ['core', ...providerIds] };
  })();
  cached.set(enumStyle, output);
  return output;
}

/** The content of one generated file; fails loudly when the pipeline did not make it. */
export function fileOf(output: GeneratedOutput, relative: string): string {
  const content = output.byPath.get(relative);
  if (content === undefined) throw new Error(`the pipeline made no ${relative}`);
  return content;
}

/** The generated `catalog.json` of a provider, parsed. */
export function catalogJsonOf(output: GeneratedOutput, providerId: string): CatalogFile {
  return JSON.parse(fileOf(output, `${providerId}/catalog.json`)) as CatalogFile;
}

/** Every entry of one catalog of a catalog file, across its sections. */
export function entriesOf(file: CatalogFile, catalogId: string): Entry[] {
  const catalog = (file.catalogs ?? []).find((c) => c.id === catalogId);
  if (!catalog) throw new Error(`${file.provider.id} has no catalog ${catalogId}`);
  return catalog.sections.flatMap((s) => s.entries);
}

/** Writes generated files under a folder, as the writer would lay them out. */
export async function writeFilesTo(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content, 'utf8');
  }
}

/** A fresh temporary folder and the function that removes it. */
export async function temporaryDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `errcat-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

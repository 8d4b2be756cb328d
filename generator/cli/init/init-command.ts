import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ERRCAT_ROOT } from '../../vocabulary/errcat-root.ts';
import { CONFIG_FILE_NAME } from '../project/config-file.ts';
import { askedAnswers, checkedAnswers, defaultAnswers, type InitAnswers } from './init-answers.ts';
import { STARTER_ID, starterCatalog } from './starter-catalog.ts';
import { npmWorkspacesWith, pnpmWorkspaceWith, workspaceKind, workspaceRoot, type WorkspaceKind } from './workspaces.ts';

/** Options of `errcat init`. */
export interface InitOptions {
  /** Take the defaults (and the flags below) without asking. */
  yes: boolean;
  catalogs?: string | undefined;
  out?: string | undefined;
  scope?: string | undefined;
}

/** npm scripts `errcat init` adds, unless a script of the name exists. */
const SCRIPTS = { 'errcat:generate': 'errcat generate', 'errcat:check': 'errcat generate --check', 'errcat:diff': 'errcat diff' };

/**
 * `errcat init`: sets errcat up in the repository of the current folder —
 * the config, a starter catalog whose `$schema` resolves to the installed
 * package, npm scripts, and the output folder in the workspaces (npm's
 * `workspaces`, or pnpm-workspace.yaml where there is one). It never
 * overwrites a file: what exists is left as it is and said so. Prints the
 * next steps.
 */
export async function initCommand(options: InitOptions, print: (line: string) => void, cwd = process.cwd()): Promise<number> {
  // In a workspace member (apps/api of a monorepo), errcat belongs at the workspace root: only there do workspaces link packages.
  const root = await workspaceRoot(cwd);
  const defaults = await defaultAnswers(root);
  const given = { ...defaults, ...definedOnly({ catalogs: options.catalogs, out: options.out, scope: options.scope }) };
  const answers = checkedAnswers(options.yes ? given : await askedAnswers(given));
  const said = (line: string) => print(`  ${line}`);
  print(root === path.resolve(cwd) ? `errcat init in ${root}:` : `errcat init in ${root} (the workspace root; paths are relative to it):`);
  const kind = await workspaceKind(root);
  said(await createFile(path.join(root, CONFIG_FILE_NAME), configText(root, answers, kind)));
  const catalogDir = path.join(root, answers.catalogs);
  const catalogSchema = schemaReference(catalogDir, 'catalog.schema.json');
  said(await createFile(path.join(catalogDir, `${STARTER_ID}.yaml`), starterCatalog(catalogSchema)));
  const glob = `${toPosix(answers.out)}/*`;
  for (const line of await updatePackageJson(root, kind === 'npm' ? glob : undefined)) said(line);
  if (kind === 'pnpm') said(await updatePnpmWorkspace(root, glob));
  print('');
  print('Next steps:');
  print(`  1. Write a catalog per provider in ${toPosix(answers.catalogs)}/ (start from ${STARTER_ID}.yaml), or list shipped ones in`);
  print('     errcat.config.json: "providers": ["smsapi", "bsg"]');
  print('  2. npx errcat generate          # writes the packages to ' + toPosix(answers.out) + '/');
  print(`  3. ${kind === 'pnpm' ? 'pnpm install' : 'npm install'}                    # links them as workspace packages`);
  print(`  4. import { … } from '${answers.scope}/${STARTER_ID}' in your code; commit the config, catalogs and ${toPosix(answers.out)}/`);
  print('  5. In CI: npx errcat generate --check   # fails when the committed output is stale');
  return 0;
}

function configText(root: string, answers: InitAnswers, kind: WorkspaceKind): string {
  const config = {
    $schema: schemaReference(root, 'config.schema.json'),
    catalogs: toPosix(answers.catalogs),
    out: toPosix(answers.out),
    scope: answers.scope,
    providers: [],
    // pnpm links a workspace package only when asked to, through the protocol.
    ...(kind === 'pnpm' ? { workspaceProtocol: true } : {}),
  };
  return JSON.stringify(config, null, 2) + '\n';
}

/**
 * How a file in `from` refers to one of errcat's schemas: through the
 * repository's node_modules when errcat is installed there (npm and pnpm both
 * link direct dependencies at the root), else by the schema's published URL.
 */
function schemaReference(from: string, schema: string): string {
  const installed = path.join(findPackageRoot(from), 'node_modules', 'errcat', 'schema', schema);
  if (existsSync(installed)) return toPosix(path.relative(from, installed)).replace(/^(?!\.)/, './');
  const own = path.join(fileURLToPath(ERRCAT_ROOT), 'schema', schema);
  const id = (JSON.parse(readFileSync(own, 'utf8')) as { $id?: string }).$id;
  return id ?? `https://unpkg.com/errcat/schema/${schema}`;
}

function findPackageRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules', 'errcat'))) return dir;
    if (path.dirname(dir) === dir) return from;
  }
}

/** Creates a file that does not exist yet (and its folder); one that exists is left as it is. */
async function createFile(file: string, text: string): Promise<string> {
  const shown = path.relative(process.cwd(), file) || file;
  await mkdir(path.dirname(file), { recursive: true });
  try {
    await writeFile(file, text, { flag: 'wx' });
    return `created ${toPosix(shown)}`;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return `${toPosix(shown)} exists: left as it is`;
    throw error;
  }
}

/** Adds the scripts (and, for npm, the workspace glob) to package.json, creating a minimal one in a new repository. */
async function updatePackageJson(root: string, glob: string | undefined): Promise<string[]> {
  const file = path.join(root, 'package.json');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  const pkg = text === undefined ? { name: path.basename(root).toLowerCase().replace(/[^a-z0-9._-]+/g, '-'), private: true } : (JSON.parse(text) as Record<string, unknown>);
  const lines: string[] = [];
  const scripts = { ...((pkg.scripts as Record<string, string> | undefined) ?? {}) };
  const added = Object.entries(SCRIPTS).filter(([name]) => scripts[name] === undefined);
  for (const [name, command] of added) scripts[name] = command;
  let next: Record<string, unknown> = added.length > 0 ? { ...pkg, scripts } : pkg;
  if (added.length > 0) lines.push(`package.json: added scripts ${added.map(([name]) => name).join(', ')}`);
  if (glob !== undefined) {
    const result = npmWorkspacesWith(next, glob);
    next = result.pkg;
    lines.push(result.added ? `package.json: added ${glob} to workspaces` : `package.json: workspaces already list ${glob}`);
  }
  if (next !== pkg || text === undefined) await replaceFile(file, JSON.stringify(next, null, indentOf(text)) + '\n');
  if (text === undefined) lines.unshift('created package.json');
  return lines;
}

async function updatePnpmWorkspace(root: string, glob: string): Promise<string> {
  const file = path.join(root, 'pnpm-workspace.yaml');
  const edit = pnpmWorkspaceWith(await readFile(file, 'utf8'), glob);
  if (edit.changed) await replaceFile(file, edit.text);
  return edit.summary;
}

/** Writes a file's new text beside it and renames it into place: never a half-written package.json. */
async function replaceFile(file: string, text: string): Promise<void> {
  const temp = `${file}.errcat-init-${process.pid}`;
  await writeFile(temp, text, { flag: 'wx' });
  await rename(temp, file);
}

/** The indentation a JSON text uses (two spaces when it cannot tell). */
function indentOf(text: string | undefined): string | number {
  return /\n([ \t]+)"/.exec(text ?? '')?.[1] ?? 2;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function definedOnly<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<Record<keyof T, string>>;
}

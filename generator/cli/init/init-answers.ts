import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { OptionError } from '../../vocabulary/option-error.ts';
import { checkedScope, DEFAULTS, SCOPE } from '../project/project.ts';

/** What `errcat init` sets up. */
export interface InitAnswers {
  catalogs: string;
  out: string;
  scope: string;
}

/**
 * The defaults of `errcat init` in a repository: the root package's own
 * scope (`@acme/monorepo` → `@acme`), else one made from its name or folder
 * name, so generated packages never take a scope that is not the team's.
 */
export async function defaultAnswers(root: string): Promise<InitAnswers> {
  const name = await readFile(path.join(root, 'package.json'), 'utf8').then(
    (text) => (JSON.parse(text) as { name?: unknown }).name,
    () => undefined,
  );
  const base = typeof name === 'string' && name !== '' ? name : path.basename(root);
  const scoped = /^(@[^/]+)\//.exec(base)?.[1];
  const made = `@${base.toLowerCase().replace(/^@/, '').replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '')}`;
  const scope = [scoped, made].find((s): s is string => s !== undefined && SCOPE.test(s)) ?? DEFAULTS.scope;
  return { catalogs: DEFAULTS.catalogs, out: DEFAULTS.out, scope };
}

/** Asks for each answer in a terminal, showing the default (Enter keeps it). */
export async function askedAnswers(defaults: InitAnswers): Promise<InitAnswers> {
  if (!process.stdin.isTTY) throw new OptionError('--yes', 'errcat init asks a few questions; run it in a terminal, or pass --yes to take the defaults (and --catalogs, --out, --scope to change them)');
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const ask = async (question: string, fallback: string) => (await terminal.question(`${question} (${fallback}) `)).trim() || fallback;
    return {
      catalogs: await ask('Folder for your catalogs?', defaults.catalogs),
      out: await ask('Output folder for the generated packages?', defaults.out),
      scope: await ask('npm scope of the generated packages?', defaults.scope),
    };
  } finally {
    terminal.close();
  }
}

/** Checks answers before anything is written: a scope npm accepts, folders inside the repository. */
export function checkedAnswers(answers: InitAnswers): InitAnswers {
  checkedScope(answers.scope);
  for (const [option, folder] of [['--catalogs', answers.catalogs], ['--out', answers.out]] as const) {
    const normal = path.posix.normalize(folder.split(path.sep).join('/')).replace(/\/$/, '');
    if (normal === '.' || normal === '' || normal.startsWith('../') || normal === '..' || path.isAbsolute(folder)) {
      throw new OptionError(option, `\`${folder}\` must be a folder inside this repository, such as \`errcat/generated\``);
    }
  }
  return answers;
}

import { diffReport, hasChangesAtOrAbove, type DiffSide } from '../diff/diff-report.ts';
import { renderJson } from '../diff/render-json.ts';
import { renderMarkdown } from '../diff/render-markdown.ts';
import { CLASSIFICATIONS, type Classification } from '../changes/rules.ts';
import { displayPath } from '../load/catalog-files.ts';
import { loadModel } from '../model/load-model.ts';
import { OptionError } from '../vocabulary/option-error.ts';
import { folderSource, modelOptions } from '../pipeline.ts';
import { EXIT } from './exit-codes.ts';
import type { Project } from './project/project.ts';

/** Options of `errcat diff` as the command line gives them; checked here, once. */
export interface DiffCommandOptions {
  /** `markdown` (default: a pull-request comment) or `json`. */
  format?: string;
  /** Exit 3 when a change of this class or a more severe one is present: `breaking`, `behavioural` or `compatible`. */
  failOn?: string;
  /** Shorthand for `failOn: 'breaking'`. */
  failOnBreaking?: boolean;
}

const FORMATS = { markdown: renderMarkdown, json: renderJson } as const;

/**
 * `errcat diff <ref>` compares the catalogs at a git ref with the working
 * tree; `errcat diff <old> <new>` compares two catalog files or folders.
 * Prints the report (Markdown or JSON) and returns the exit code: 3 when
 * `--fail-on`'s class (or a worse one) is present, else 0. Bad arguments
 * throw an `OptionError`, catalogs that do not validate a `CatalogError`.
 */
export async function diffCommand(args: readonly string[], project: Project, options: DiffCommandOptions, print: (line: string) => void): Promise<number> {
  const render = formatOf(options.format);
  const failOn = failLevelOf(options);
  const [oldSide, newSide] = await sidesOf(args, project);
  const report = diffReport(oldSide, newSide);
  print(render(report));
  return failOn !== undefined && hasChangesAtOrAbove(report, failOn) ? EXIT.failOn : EXIT.ok;
}

async function sidesOf(args: readonly string[], project: Project): Promise<[DiffSide, DiffSide]> {
  const naming = modelOptions(project);
  const { catalogDir: dir, root } = project;
  if (args.length === 1) {
    const ref = args[0]!;
    // The old side first: if it does not validate, that is what the user must hear about.
    const shipped = { generate: project.providers };
    const old = await loadModel({ kind: 'git', ref, dir, root, shipped, outDir: project.outDir }, naming);
    const current = await loadModel(folderSource(project), naming);
    return [
      { kind: 'ref', label: ref, commit: old.commit ?? ref, model: old.model },
      { kind: 'working-tree', label: displayPath(dir), model: current.model },
    ];
  }
  if (args.length === 2) {
    const [oldPath, newPath] = args as [string, string];
    const old = await loadModel({ kind: 'path', target: oldPath, contextDir: dir, argument: '<old>', root }, naming);
    const next = await loadModel({ kind: 'path', target: newPath, contextDir: dir, argument: '<new>', root }, naming);
    return [
      { kind: 'path', label: oldPath, model: old.model },
      { kind: 'path', label: newPath, model: next.model },
    ];
  }
  throw new OptionError('<ref-or-old> [new]', `expected a git ref, or an old and a new catalog file or folder; got ${args.length} arguments`);
}

function formatOf(format: string | undefined): (typeof FORMATS)[keyof typeof FORMATS] {
  const name = format ?? 'markdown';
  if (!Object.hasOwn(FORMATS, name)) throw new OptionError('--format', `\`${name}\` is not one of ${Object.keys(FORMATS).join(', ')}`);
  return FORMATS[name as keyof typeof FORMATS];
}

/** The least severe class asked for: `--fail-on-breaking --fail-on behavioural` fails on either. */
function failLevelOf(options: DiffCommandOptions): Classification | undefined {
  const levels: Classification[] = [];
  if (options.failOnBreaking) levels.push('breaking');
  if (options.failOn !== undefined) {
    // The US spelling is accepted too: a CI file should not fail over a letter.
    const level = options.failOn === 'behavioral' ? 'behavioural' : options.failOn;
    if (!(CLASSIFICATIONS as readonly string[]).includes(level)) {
      throw new OptionError('--fail-on', `\`${options.failOn}\` is not one of ${CLASSIFICATIONS.join(', ')}`);
    }
    levels.push(level as Classification);
  }
  return levels.sort((a, b) => CLASSIFICATIONS.indexOf(b) - CLASSIFICATIONS.indexOf(a))[0];
}

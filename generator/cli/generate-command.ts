import { generateFiles } from '../pipeline.ts';
import { plural } from '../vocabulary/plural.ts';
import type { Project } from './project/project.ts';
import type { GeneratedFile } from '../emit/generated-file.ts';
import type { Model } from '../model/model.ts';
import { applyChanges } from '../write/apply-changes.ts';
import { lockOutput } from '../write/output-lock.ts';
import { shortDiff } from '../write/line-diff.ts';
import { planChanges, planIsClean, type ChangePlan } from '../write/plan-changes.ts';
import { oneLineText } from '../vocabulary/terminal-text.ts';
import { resolveOutputRoot } from '../write/output-root.ts';

/** Options of `errcat generate`: the project's settings and the command's own. */
export interface GenerateOptions extends Project {
  /** Write nothing; report what is stale or foreign and fail if anything is. */
  check: boolean;
}

/**
 * `errcat generate`: the whole pipeline, then the writer. Returns the exit
 * code: 0 when written (or, with `check`, when up to date), 1 when stale or
 * when the output folder holds what errcat does not make (with `check`).
 */
export async function generateCommand(project: Project, flags: { check: boolean }, print: (line: string) => void): Promise<number> {
  const options: GenerateOptions = { ...project, check: flags.check };
  const started = performance.now();
  // Refused before anything is read from it: the previous output is read for versions.
  const root = await resolveOutputRoot(options.root, options.outDir);
  const { model, files, bumps, notes } = await generateFiles({ ...options, outDir: root.path });
  notes.forEach((line) => print(line));
  const bumpLines = bumps.map((b) => `version: ${b.packageName} ${b.from} → ${b.to} (${b.bump}: ${b.reason ?? 'see \`errcat diff\`'})`);
  // A check reports the bumps it would make; a writing run reports them once written, not before a write that may fail.
  if (options.check) bumpLines.forEach((line) => print(line));
  // Writing runs take the folder; a check only reads it.
  const release = options.check ? undefined : await lockOutput(options.outDir, { projectRoot: options.root });
  let code: number;
  try {
    code = await planAndApply(options, model, files, started, print);
  } finally {
    await release?.();
  }
  if (!options.check && bumpLines.length > 0) {
    bumpLines.forEach((line) => print(line));
    print('note: run `npm install` to record the new versions in package-lock.json');
  }
  return code;
}

async function planAndApply(
  options: GenerateOptions,
  model: Model,
  files: GeneratedFile[],
  started: number,
  print: (line: string) => void,
): Promise<number> {
  const plan = await planChanges(options.outDir, files, { projectRoot: options.root, allowExtra: options.allowExtra });
  const out = plan.out;
  if (options.check) {
    if (planIsClean(plan)) {
      print(`errcat: ${out}/ is up to date (${plural(files.length, 'file')} from ${plural(model.providers.length, 'provider')})`);
      return 0;
    }
    print(checkReport(plan, out));
    if (plan.added.length + plan.changed.length + plan.removed.length + plan.removedFolders.length + plan.stale.length > 0) {
      print(`errcat: ${out}/ is stale; run \`errcat generate\` and commit the result`);
    }
    if (plan.foreign.length > 0) {
      print(`errcat: ${out}/ holds ${plural(plan.foreign.length, 'entry', 'entries')} errcat does not make; remove them, or allow them on purpose (\`allowExtra\` in errcat.config.json)`);
    }
    if (plan.conflicts.length > 0) print(`errcat: \`errcat generate\` will refuse to write until the entries marked refused are dealt with`);
    return 1;
  }
  for (const f of plan.foreign) print(`note: ${show(out, f.path, f.kind)} ${foreignPhrase(f.reason)}; left alone`);
  await applyChanges(options.outDir, plan, { projectRoot: options.root });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const written = plan.added.length + plan.changed.length;
  print(
    `errcat: ${plural(model.providers.length, 'provider')}, ${plural(model.entryCount, 'entry', 'entries')} → ${out}/: ` +
      `${written} written, ${plan.unchanged.length} unchanged, ${plan.removed.length} removed in ${seconds} s`,
  );
  return 0;
}

/** The `--check` report: one line per problem, errcat's stale files with a short diff. */
function checkReport(plan: ChangePlan, out: string): string {
  const lines: string[] = [];
  const unowned = new Set(plan.changed.filter((c) => !c.owned).map((c) => c.file.path));
  for (const c of plan.conflicts) if (!unowned.has(c.path)) lines.push(`refused: ${show(out, c.path)}: ${c.problem}`);
  for (const f of plan.added) lines.push(`missing: ${show(out, f.path)}`);
  for (const r of plan.removed) lines.push(`extra:   ${show(out, r)} (errcat no longer makes it)`);
  for (const r of plan.removedFolders) lines.push(`extra:   ${show(out, r)}/ (an empty folder errcat no longer makes)`);
  for (const s of plan.stale) lines.push(`extra:   ${show(out, s)} (left by an interrupted run)`);
  for (const f of plan.foreign) lines.push(`foreign: ${show(out, f.path, f.kind)} (${f.kind === 'file' ? '' : `a ${f.kind}, `}${f.reason})`);
  for (const c of plan.changed) {
    const note = c.owned ? '' : ' (not as errcat wrote it: `errcat generate` will not overwrite it)';
    const shown = c.oldSize > Buffer.byteLength(c.old) ? `\n    … the file has ${c.oldSize} bytes; only the first ${Buffer.byteLength(c.old)} were read` : '';
    lines.push(`stale:   ${show(out, c.file.path)}${note}\n${indent(shortDiff(c.old, c.file.content))}${shown}`);
  }
  return lines.join('\n');
}

/** A path of the output folder as printed: under the output folder's name, with a slash after a folder, never a raw control character. */
function show(out: string, relative: string, kind?: string): string {
  return oneLineText(`${out}/${relative}${kind === 'folder' ? '/' : ''}`);
}

/** How a plain run words why it left an entry alone. */
function foreignPhrase(reason: string): string {
  return reason === 'not made by errcat' ? 'was not made by errcat' : `is not errcat's (${reason})`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

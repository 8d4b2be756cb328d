import path from 'node:path';
import { generateFiles } from '../pipeline.ts';
import { plural } from '../vocabulary/plural.ts';
import type { Project } from './project/project.ts';
import type { GeneratedFile } from '../emit/generated-file.ts';
import type { Model } from '../model/model.ts';
import { applyChanges } from '../write/apply-changes.ts';
import { lockOutput } from '../write/output-lock.ts';
import { shortDiff } from '../write/line-diff.ts';
import { planChanges, planIsClean, type ChangePlan } from '../write/plan-changes.ts';

/** Options of `errcat generate`: the project's settings and the command's own. */
export interface GenerateOptions extends Project {
  /** Write nothing; report what is stale and fail if anything is. */
  check: boolean;
}

/**
 * `errcat generate`: the whole pipeline, then the writer. Returns the exit
 * code: 0 when written (or, with `check`, when up to date), 1 when stale.
 */
export async function generateCommand(project: Project, flags: { check: boolean }, print: (line: string) => void): Promise<number> {
  const options: GenerateOptions = { ...project, check: flags.check };
  const started = performance.now();
  const { model, files, bumps, notes } = await generateFiles(options);
  notes.forEach((line) => print(line));
  const bumpLines = bumps.map((b) => `version: ${b.packageName} ${b.from} → ${b.to} (${b.bump}: see \`errcat diff\`)`);
  // A check reports the bumps it would make; a writing run reports them once written, not before a write that may fail.
  if (options.check) bumpLines.forEach((line) => print(line));
  // Writing runs take the folder; a check only reads it.
  const release = options.check ? undefined : await lockOutput(options.outDir);
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
  const plan = await planChanges(options.outDir, files);
  const out = path.relative(process.cwd(), path.resolve(options.outDir)) || '.';
  for (const foreign of plan.foreign) print(`note: ${out}/${foreign} was not made by errcat; left alone`);
  if (options.check) {
    if (planIsClean(plan)) {
      print(`errcat: ${out}/ is up to date (${plural(files.length, 'file')} from ${plural(model.providers.length, 'provider')})`);
      return 0;
    }
    print(staleReport(plan, out));
    print(`errcat: ${out}/ is stale; run \`errcat generate\` and commit the result`);
    return 1;
  }
  await applyChanges(options.outDir, plan);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const written = plan.added.length + plan.changed.length;
  print(
    `errcat: ${plural(model.providers.length, 'provider')}, ${plural(model.entryCount, 'entry', 'entries')} → ${out}/: ` +
      `${written} written, ${plan.unchanged.length} unchanged, ${plan.removed.length} removed in ${seconds} s`,
  );
  return 0;
}

function staleReport(plan: ChangePlan, out: string): string {
  const lines: string[] = [];
  for (const f of plan.added) lines.push(`missing: ${out}/${f.path}`);
  for (const r of plan.removed) lines.push(`extra:   ${out}/${r} (errcat no longer makes it)`);
  for (const s of plan.stale) lines.push(`extra:   ${out}/${s} (left by an interrupted run)`);
  for (const c of plan.changed) {
    lines.push(c.unlike === undefined ? `stale:   ${out}/${c.file.path}\n${indent(shortDiff(c.old, c.file.content))}` : `stale:   ${out}/${c.file.path} (${c.unlike} stands there)`);
  }
  return lines.join('\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

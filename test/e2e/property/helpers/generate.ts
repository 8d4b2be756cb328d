import { isDeepStrictEqual } from 'node:util';
import { emitAll } from '../../../../generator/emit/emitters.ts';
import type { GeneratedFile } from '../../../../generator/emit/generated-file.ts';
import type { LoadedCatalog } from '../../../../generator/load/loaded-catalog.ts';
import { parseCatalogText } from '../../../../generator/load/parse-catalog-text.ts';
import { buildModel } from '../../../../generator/model/build-model.ts';
import type { Model } from '../../../../generator/model/model.ts';
import { formatDiagnostic, type Diagnostic } from '../../../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../../../generator/validate/validate-catalogs.ts';
import type { CatalogSet } from './catalog-set.ts';

/** What the pipeline made of a catalog set, in memory. */
export interface Generated {
  model: Model;
  files: readonly GeneratedFile[];
  byPath: ReadonlyMap<string, string>;
}

/** The npm scope of the generated packages. */
export const SCOPE = '@errcat';

/**
 * load → validate → model → emit for texts given as `{ path, stem, text }`.
 * A valid set must load to exactly the value that was written and validate
 * with no diagnostic; anything else fails the case with the diagnostics.
 */
export function generateFromTexts(inputs: readonly { path: string; stem: string; text: string; value?: unknown }[]): Generated {
  return withoutPrototypePollution(() => pipeline(inputs));
}

function pipeline(inputs: readonly { path: string; stem: string; text: string; value?: unknown }[]): Generated {
  const loaded: LoadedCatalog[] = [];
  const problems: Diagnostic[] = [];
  for (const input of inputs) {
    const parsed = parseCatalogText(input.path, input.stem, input.text);
    if (!parsed.ok) {
      problems.push(...parsed.diagnostics);
      continue;
    }
    if (input.value !== undefined && !isDeepStrictEqual(parsed.catalog.value, input.value)) {
      throw new Error(`${input.path} loads as a different value than was written: ${firstDifference(parsed.catalog.value, input.value)}`);
    }
    loaded.push(parsed.catalog);
  }
  const validation = validateCatalogs(loaded);
  problems.push(...validation.diagnostics);
  if (problems.length > 0) throw new Error(`a valid catalog set was refused:\n${problems.map(formatDiagnostic).join('\n')}`);
  const model = buildModel(validation.catalogs, { scope: SCOPE });
  const files = emitAll(model);
  return { model, files, byPath: new Map(files.map((f) => [f.path, f.content])) };
}

/** The pipeline on a generated catalog set. */
export function generate(set: CatalogSet): Generated {
  return generateFromTexts(set.providers.map((p) => ({ path: p.path, stem: p.id, text: p.text, value: p.file })));
}

/** A generated file's content; fails the case when the pipeline did not make it. */
export function contentOf(generated: Generated, path: string): string {
  const content = generated.byPath.get(path);
  if (content === undefined) throw new Error(`the pipeline made no ${path}`);
  return content;
}

/** Where two JSON values first differ: `<pointer>: <loaded> instead of <written>`. */
function firstDifference(loaded: unknown, written: unknown, pointer = ''): string {
  if (loaded !== null && written !== null && typeof loaded === 'object' && typeof written === 'object') {
    const keys = new Set([...Object.keys(loaded), ...Object.keys(written)]);
    for (const key of keys) {
      const a = (loaded as Record<string, unknown>)[key];
      const b = (written as Record<string, unknown>)[key];
      if (!isDeepStrictEqual(a, b)) return firstDifference(a, b, `${pointer}/${key}`);
    }
  }
  return `${pointer || '(the document)'}: ${JSON.stringify(loaded)} instead of ${JSON.stringify(written)}`;
}

/** Built-ins a JSON Pointer segment can reach through a plain object: its prototype, `constructor`, and their methods. */
const GUARDED: readonly [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Object', Object],
  ['Function.prototype', Function.prototype],
  ['Array.prototype', Array.prototype],
  ...Object.getOwnPropertyNames(Object.prototype)
    .filter((name) => name !== '__proto__' && typeof (Object.prototype as unknown as Record<string, unknown>)[name] === 'function')
    .map((name): [string, object] => [`Object.prototype.${name}`, (Object.prototype as unknown as Record<string, object>)[name]!]),
];

/**
 * Runs `action` and fails if it added a property to a built-in (a catalog
 * must never be able to pollute the generator's process). Whatever happens,
 * added properties are removed, so later cases (and fast-check itself, which
 * walks objects with `for...in`) run in a clean process.
 */
export function withoutPrototypePollution<T>(action: () => T): T {
  const before = GUARDED.map(([, target]) => new Set(Reflect.ownKeys(target)));
  let failure: unknown;
  let result: T | undefined;
  try {
    result = action();
  } catch (error) {
    failure = error;
  }
  const added: string[] = [];
  GUARDED.forEach(([name, target], i) => {
    for (const key of Reflect.ownKeys(target)) {
      if (before[i]!.has(key)) continue;
      added.push(`${name}.${String(key)} = ${JSON.stringify((target as Record<PropertyKey, unknown>)[key])?.slice(0, 300)}`);
      delete (target as Record<PropertyKey, unknown>)[key];
    }
  });
  if (added.length > 0) {
    const also = failure === undefined ? '' : ` (and then: ${String(failure instanceof Error ? failure.message : failure)})`;
    throw new Error(`generating polluted built-ins: ${added.join('; ')}${also}`);
  }
  if (failure !== undefined) throw failure;
  return result as T;
}

import type { CatalogSource } from '../load/catalog-source.ts';
import { readCatalogSource } from '../load/read-catalog-source.ts';
import { CatalogError } from '../vocabulary/diagnostic.ts';
import { validateCatalogs } from '../validate/validate-catalogs.ts';
import { buildModel, type ModelOptions } from './build-model.ts';
import type { Model, ProviderSummary } from './model.ts';
import { estimateOutput, outputSizeProblem } from './output-estimate.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import { NO_TIMINGS, type StageTimings } from '../vocabulary/stage-timings.ts';

/**
 * The providers set aside (see `loadModel`) cannot be kept without loading
 * their catalogs; the caller loads every catalog instead. Never reaches a user.
 */
export class AsideRefusedError extends Error {
  override name = 'AsideRefusedError';
}

/** A model and, for a git source, the commit it was read at. */
export interface SourcedModel {
  model: Model;
  commit?: string;
}

/**
 * load → validate → model, the one way every command gets a model: reads the
 * catalogs of a source (a folder, a git ref or a path), reports every problem
 * of every file at once as a `CatalogError`, and returns the resolved, sorted
 * model. Validation is always today's schema and rules, whatever the source.
 * A run whose output would be over `LIMITS.maxOutputChars` is refused here,
 * before the model is built, so every command agrees on what `generate` can do.
 * `aside`: providers of the output whose catalogs the source leaves out (a
 * run keeps their packages as they are, see `cache/`); their recorded size
 * counts against the limit, and the model's summaries list them.
 */
export async function loadModel(source: CatalogSource, options: ModelOptions, timings: StageTimings = NO_TIMINGS, aside: readonly ProviderSummary[] = []): Promise<SourcedModel> {
  const loaded = await timings.time('load', () => readCatalogSource(source));
  const validated = timings.time('validate', () => validateCatalogs(loaded.catalogs));
  const diagnostics = [...loaded.diagnostics, ...validated.diagnostics];
  if (diagnostics.length > 0) throw new CatalogError(diagnostics);
  // Before building: white-label copies repeat what they inherit, in the model as in the output.
  const estimate = estimateOutput(validated.catalogs);
  const tooLarge = outputSizeProblem(estimate);
  if (tooLarge) throw new CatalogError([tooLarge]);
  // Over only with the providers set aside: refused the same way once they are loaded too, from the whole estimate.
  if (estimate.total + aside.reduce((n, p) => n + p.chars, 0) > LIMITS.maxOutputChars) throw new AsideRefusedError('the output would be over the limit');
  const chars = new Map(estimate.providers.map((p) => [p.catalog.file.provider.id, p.chars]));
  const model = timings.time('model', () => buildModel(validated.catalogs, options, { chars, aside }));
  return loaded.commit === undefined ? { model } : { model, commit: loaded.commit };
}

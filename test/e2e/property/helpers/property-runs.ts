import fc from 'fast-check';
import { it } from 'vitest';

/**
 * How many cases each property runs, and how a run is reported.
 *
 * The defaults keep `npx vitest run test/e2e/property` short enough for CI on a
 * 2-core machine. `ERRCAT_PROPERTY_RUNS=<n>` runs every property <n> times
 * (the same variable `test/emit/openapi/yaml-text.test.ts` reads); a failure prints
 * fast-check's seed and path, which `ERRCAT_PROPERTY_SEED` and
 * `ERRCAT_PROPERTY_PATH` replay.
 */

/** Runs of a property: `ERRCAT_PROPERTY_RUNS` when set, else the property's own default. */
export function propertyRuns(defaultRuns: number): number {
  const fromEnv = process.env.ERRCAT_PROPERTY_RUNS;
  if (fromEnv === undefined || fromEnv.trim() === '') return defaultRuns;
  const runs = Number(fromEnv);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`ERRCAT_PROPERTY_RUNS must be a positive integer, not ${JSON.stringify(fromEnv)}`);
  return runs;
}

/**
 * fast-check parameters: the run count, a time budget, and the seed and path
 * of a failure to replay, when given. Past the budget the run stops: a
 * failure found by then is reported with the smallest counterexample shrunk
 * so far (shrinking a whole catalog set can take longer than finding it), and
 * a run that found none fails as interrupted rather than pass on fewer cases.
 */
export function propertyParameters<T>(numRuns: number, budgetMs: number): fc.Parameters<T> {
  const seed = process.env.ERRCAT_PROPERTY_SEED;
  const path = process.env.ERRCAT_PROPERTY_PATH;
  return {
    numRuns,
    interruptAfterTimeLimit: budgetMs,
    markInterruptAsFailure: true,
    ...(seed !== undefined && seed !== '' ? { seed: Number(seed) } : {}),
    ...(path !== undefined && path !== '' ? { path } : {}),
  };
}

/** Time kept, after a property's budget, for reporting before vitest's timeout. */
const REPORTING_MS = 15_000;

/**
 * A vitest timeout that grows with the run count: twice `perCaseMs` a case
 * (a generous estimate; cases take a fraction of it), never under 45 s, plus
 * the time kept for reporting. The property's budget is the timeout less that time.
 */
export function timeoutFor(runs: number, perCaseMs: number): number {
  return Math.max(45_000, runs * perCaseMs * 2) + REPORTING_MS;
}

/**
 * Asserts a property over `runs` cases and logs how many ran and how long it took.
 * Cases are counted as the predicate is entered, so a failure reports the
 * count up to it (shrinking included) before fast-check's own report.
 */
export async function checkProperty<T>(
  name: string,
  runs: number,
  timeoutMs: number,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => void | Promise<void>,
): Promise<void> {
  let cases = 0;
  const started = performance.now();
  const property = fc.asyncProperty(arbitrary, async (value) => {
    cases++;
    await predicate(value);
  });
  try {
    await fc.assert(property, propertyParameters(runs, timeoutMs - REPORTING_MS));
  } catch (error) {
    console.log(`[property] ${name}: FAILED after ${cases} cases (shrinking included) in ${seconds(started)}`);
    throw error;
  }
  console.log(`[property] ${name}: ${cases} cases passed in ${seconds(started)}`);
}

function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * One property as a vitest test: `defaultRuns` cases (or ERRCAT_PROPERTY_RUNS),
 * a timeout from `perCaseMs`, and the count of cases reported.
 */
export function propertyTest<T>(
  title: string,
  options: { defaultRuns: number; perCaseMs: number },
  arbitrary: () => fc.Arbitrary<T>,
  predicate: (value: T) => void | Promise<void>,
): void {
  const runs = propertyRuns(options.defaultRuns);
  const timeout = timeoutFor(runs, options.perCaseMs);
  it(title, () => checkProperty(title, runs, timeout, arbitrary(), predicate), timeout);
}

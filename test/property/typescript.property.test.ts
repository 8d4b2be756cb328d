import { describe, expect, it } from 'vitest';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate, SCOPE } from './helpers/generate.ts';
import { checkProperty, propertyRuns, timeoutFor } from './helpers/property-runs.ts';
import { STRICT_OPTIONS, typeCheck } from './helpers/type-check.ts';

/**
 * Property 1: for any valid catalog set, the generated TypeScript — every
 * `src/*.ts` and `dist/*.d.ts` of core and of each provider — type-checks
 * under `--strict` (and the stricter flags of STRICT_OPTIONS) with no
 * diagnostic. Type-checking is the slow property (one in-memory program per
 * case), so its default run count is among the smallest.
 */

const RUNS = propertyRuns(20);
const TIMEOUT = timeoutFor(RUNS, 3_000);

describe('generated TypeScript (property)', () => {
  it(
    'type-checks under --strict for any valid catalog set',
    async () => {
      expect(STRICT_OPTIONS.strict).toBe(true);
      await checkProperty('generated TypeScript type-checks', RUNS, TIMEOUT, catalogSetArbitrary(), (set) => {
        expect(typeCheck(generate(set).files, SCOPE)).toEqual([]);
      });
    },
    TIMEOUT,
  );
});

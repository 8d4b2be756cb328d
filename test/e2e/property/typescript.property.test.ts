import { describe, expect } from 'vitest';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate, SCOPE } from './helpers/generate.ts';
import { typeCheck } from './helpers/type-check.ts';
import { propertyTest } from './helpers/property-runs.ts';

/**
 * Property 1: for any valid catalog set, the generated TypeScript — every
 * `src/*.ts` and `dist/*.d.ts` of core and of each provider — type-checks
 * under `--strict` (and the stricter flags of STRICT_OPTIONS) with no
 * diagnostic. Type-checking is the slow property (one in-memory program per
 * case), so its default run count is among the smallest.
 */

describe('generated TypeScript (property)', () => {
  propertyTest('type-checks under --strict for any valid catalog set', { defaultRuns: 20, perCaseMs: 3_000 }, catalogSetArbitrary, (set) => {
    expect(typeCheck(generate(set).files, SCOPE)).toEqual([]);
  });
});

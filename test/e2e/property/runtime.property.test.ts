import { describe } from 'vitest';
import { checkRuntime } from './checks/runtime.ts';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate } from './helpers/generate.ts';
import { propertyTest } from './helpers/property-runs.ts';

/** Property 2: the generated JavaScript gives back exactly the input at run time (see checks/runtime.ts). */

describe('generated JavaScript at run time (property)', () => {
  propertyTest('gives back exactly the input: lookups, enums, guards and the parser; unknown and hostile bodies never throw', { defaultRuns: 40, perCaseMs: 2_000 }, catalogSetArbitrary, (set) => checkRuntime(set, generate(set)));
});

import { describe, it } from 'vitest';
import { checkRuntime } from './checks/runtime.ts';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate } from './helpers/generate.ts';
import { checkProperty, propertyRuns, timeoutFor } from './helpers/property-runs.ts';

/** Property 2: the generated JavaScript gives back exactly the input at run time (see checks/runtime.ts). */

const RUNS = propertyRuns(40);
const TIMEOUT = timeoutFor(RUNS, 2_000);

describe('generated JavaScript at run time (property)', () => {
  it(
    'gives back exactly the input: lookups, enums, guards and the parser; unknown and hostile bodies never throw',
    async () => {
      await checkProperty('runtime lookups give back the input', RUNS, TIMEOUT, catalogSetArbitrary(), async (set) => {
        await checkRuntime(set, generate(set));
      });
    },
    TIMEOUT,
  );
});

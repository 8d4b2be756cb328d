import { describe, it } from 'vitest';
import { checkOpenApi } from './checks/openapi.ts';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate } from './helpers/generate.ts';
import { checkProperty, propertyRuns, timeoutFor } from './helpers/property-runs.ts';

/** Property 4: every openapi.yaml validates as OpenAPI 3.1 and matches the input (see checks/openapi.ts). */

const RUNS = propertyRuns(20);
const TIMEOUT = timeoutFor(RUNS, 2_000);

describe('openapi.yaml (property)', () => {
  it(
    'validates as OpenAPI 3.1 with JSON Schema 2020-12 schemas that match the input',
    async () => {
      await checkProperty('openapi.yaml validates', RUNS, TIMEOUT, catalogSetArbitrary(), async (set) => {
        await checkOpenApi(set, generate(set));
      });
    },
    TIMEOUT,
  );
});

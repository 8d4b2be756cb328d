import { describe } from 'vitest';
import { checkOpenApi } from './checks/openapi.ts';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate } from './helpers/generate.ts';
import { propertyTest } from './helpers/property-runs.ts';

/** Property 4: every openapi.yaml validates as OpenAPI 3.1 and matches the input (see checks/openapi.ts). */

describe('openapi.yaml (property)', () => {
  propertyTest('validates as OpenAPI 3.1 with JSON Schema 2020-12 schemas that match the input', { defaultRuns: 20, perCaseMs: 2_000 }, catalogSetArbitrary, (set) => checkOpenApi(set, generate(set)));
});

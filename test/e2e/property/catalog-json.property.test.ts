import { describe } from 'vitest';
import { checkCatalogJson } from './checks/catalog-json.ts';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate } from './helpers/generate.ts';
import { propertyTest } from './helpers/property-runs.ts';

/** Property 3: catalog.json re-validates, holds the input and regenerates byte for byte (see checks/catalog-json.ts). */

describe('catalog.json (property)', () => {
  propertyTest('re-validates, holds the input, and regenerates byte for byte', { defaultRuns: 40, perCaseMs: 1_500 }, catalogSetArbitrary, (set) => checkCatalogJson(set, generate(set)));
});

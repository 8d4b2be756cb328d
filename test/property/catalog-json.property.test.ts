import { describe, it } from 'vitest';
import { checkCatalogJson } from './checks/catalog-json.ts';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate } from './helpers/generate.ts';
import { checkProperty, propertyRuns, timeoutFor } from './helpers/property-runs.ts';

/** Property 3: catalog.json re-validates, holds the input and regenerates byte for byte (see checks/catalog-json.ts). */

const RUNS = propertyRuns(40);
const TIMEOUT = timeoutFor(RUNS, 1_500);

describe('catalog.json (property)', () => {
  it(
    're-validates, holds the input, and regenerates byte for byte',
    async () => {
      await checkProperty('catalog.json re-validates and regenerates the same bytes', RUNS, TIMEOUT, catalogSetArbitrary(), (set) => {
        checkCatalogJson(set, generate(set));
      });
    },
    TIMEOUT,
  );
});

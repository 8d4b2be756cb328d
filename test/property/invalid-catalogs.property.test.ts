import { describe, it } from 'vitest';
import { checkInvalid } from './checks/invalid.ts';
import { invalidCaseArbitrary } from './helpers/invalid-catalogs.ts';
import { checkProperty, propertyRuns, timeoutFor } from './helpers/property-runs.ts';

/** Property 6: broken catalogs never throw and give located diagnostics (see checks/invalid.ts). */

const RUNS = propertyRuns(300);
const TIMEOUT = timeoutFor(RUNS, 200);

describe('invalid catalogs (property)', () => {
  it(
    'never throw, and give located diagnostics (at least one when the break is certain)',
    async () => {
      await checkProperty('invalid catalogs give located diagnostics', RUNS, TIMEOUT, invalidCaseArbitrary(), (c) => {
        checkInvalid(c);
      });
    },
    TIMEOUT,
  );
});

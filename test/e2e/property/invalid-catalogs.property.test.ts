import { describe } from 'vitest';
import { checkInvalid } from './checks/invalid.ts';
import { invalidCaseArbitrary } from './helpers/invalid-catalogs.ts';
import { propertyTest } from './helpers/property-runs.ts';

/** Property 6: broken catalogs never throw and give located diagnostics (see checks/invalid.ts). */

describe('invalid catalogs (property)', () => {
  propertyTest('never throw, and give located diagnostics (at least one when the break is certain)', { defaultRuns: 300, perCaseMs: 200 }, invalidCaseArbitrary, checkInvalid);
});

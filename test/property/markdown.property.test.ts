import { describe, it } from 'vitest';
import { checkMarkdown } from './checks/markdown.ts';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate } from './helpers/generate.ts';
import { checkProperty, propertyRuns, timeoutFor } from './helpers/property-runs.ts';

/** Property 5: README entry tables parse back to the input rows (see checks/markdown.ts for how cells compare). */

const RUNS = propertyRuns(50);
const TIMEOUT = timeoutFor(RUNS, 1_000);

describe('README.md (property)', () => {
  it(
    'has entry tables that parse back to the input rows',
    async () => {
      await checkProperty('README tables parse back to the input rows', RUNS, TIMEOUT, catalogSetArbitrary(), (set) => {
        checkMarkdown(set, generate(set));
      });
    },
    TIMEOUT,
  );
});

import { describe } from 'vitest';
import { checkMarkdown } from './checks/markdown.ts';
import { catalogSetArbitrary } from './helpers/catalog-set.ts';
import { generate } from './helpers/generate.ts';
import { propertyTest } from './helpers/property-runs.ts';

/** Property 5: README entry tables parse back to the input rows (see checks/markdown.ts for how cells compare). */

describe('README.md (property)', () => {
  propertyTest('has entry tables that parse back to the input rows', { defaultRuns: 50, perCaseMs: 1_000 }, catalogSetArbitrary, (set) => checkMarkdown(set, generate(set)));
});

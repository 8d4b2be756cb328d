import { catalogStructure } from './rules/catalog-structure.ts';
import { consistentMessages } from './rules/consistent-messages.ts';
import { deprecations } from './rules/deprecations.ts';
import { exampleRefs } from './rules/example-refs.ts';
import { generatedNames } from './rules/generated-names.ts';
import { inheritance } from './rules/inheritance.ts';
import { previousKeys } from './rules/previous-keys.ts';
import { providerIdentity } from './rules/provider-identity.ts';
import { reservedRanges } from './rules/reserved-ranges.ts';
import type { SemanticRule } from './rules/rule.ts';
import { uniqueCodesAndKeys } from './rules/unique-codes-and-keys.ts';
import { wireCoverage } from './rules/wire-coverage.ts';
import { wireShapes } from './rules/wire-shapes.ts';

/** Every rule the schema cannot express, run after it; adding a rule is adding a file and a line here. */
export const SEMANTIC_RULES: Readonly<Record<string, SemanticRule>> = {
  providerIdentity,
  inheritance,
  catalogStructure,
  generatedNames,
  uniqueCodesAndKeys,
  reservedRanges,
  consistentMessages,
  deprecations,
  previousKeys,
  wireCoverage,
  wireShapes,
  exampleRefs,
};

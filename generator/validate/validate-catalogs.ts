import type { LoadedCatalog } from '../load/loaded-catalog.ts';
import type { CatalogFile } from '../types/catalog.ts';
import type { Diagnostic } from '../vocabulary/diagnostic.ts';
import { sortedDiagnostics } from '../vocabulary/diagnostic.ts';
import { explainSchemaErrors } from './explain-schema-errors.ts';
import { schemaErrorsOf } from './schema-validator.ts';
import type { SchemaValidCatalog } from './rules/rule.ts';
import { SEMANTIC_RULES } from './semantic-rules.ts';

/** The outcome of validation: the typed catalogs when there is no problem, and every problem found. */
export interface ValidationResult {
  /** Typed catalogs, in file order; only meaningful when `diagnostics` is empty. */
  catalogs: SchemaValidCatalog[];
  /** Every problem in every file, sorted by place. */
  diagnostics: Diagnostic[];
}

/**
 * Validates loaded catalogs: the JSON Schema first, then the semantic rules on
 * the files that passed it (rules assume the schema's shapes). Reports every
 * problem, never just the first.
 */
export function validateCatalogs(loaded: readonly LoadedCatalog[]): ValidationResult {
  const diagnostics: Diagnostic[] = [];
  const valid: SchemaValidCatalog[] = [];
  for (const catalog of loaded) {
    const errors = schemaErrorsOf(catalog.value);
    if (errors.length > 0) diagnostics.push(...explainSchemaErrors(errors, catalog));
    else valid.push({ loaded: catalog, file: catalog.value as CatalogFile });
  }
  const providerIds = new Set(loaded.map((c) => providerIdOf(c.value)).filter((id): id is string => id !== undefined));
  for (const rule of Object.values(SEMANTIC_RULES)) diagnostics.push(...rule(valid, { providerIds }));
  return { catalogs: valid, diagnostics: sortedDiagnostics(diagnostics) };
}

function providerIdOf(value: unknown): string | undefined {
  const provider = (value as { provider?: { id?: unknown } } | null)?.provider;
  return typeof provider?.id === 'string' ? provider.id : undefined;
}

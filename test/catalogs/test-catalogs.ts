import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogText } from '../../generator/load/parse-catalog-text.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { Model } from '../../generator/model/model.ts';
import type { CatalogFile } from '../../generator/types/catalog.ts';
import { formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../generator/validate/validate-catalogs.ts';

/**
 * The test catalogs every suite shares, kept as files so that a reader sees
 * them whole: `acme.yaml`, a small provider with a numeric catalog (a reserved
 * range, two entries) and a message-only one; `brandco.yaml`, its white-label
 * copy. Validation cases locate problems by its line numbers (see
 * test/validate/helpers.ts), so edit it only together with them.
 */
export const CATALOG_DIR = fileURLToPath(new URL('./', import.meta.url));

/** The text of acme.yaml. */
export const ACME_YAML = readFileSync(new URL('acme.yaml', import.meta.url), 'utf8');

/** The text of brandco.yaml (`extends: acme`). */
export const BRANDCO_YAML = readFileSync(new URL('brandco.yaml', import.meta.url), 'utf8');

/** acme.yaml as a catalog object: a fresh copy each call, so cases never share state. */
export function acmeFile(): CatalogFile {
  return parsedFile('acme.yaml', ACME_YAML);
}

/** The model of acme.yaml and brandco.yaml, built as the pipeline builds it. */
export function acmeModel(): Model {
  return modelOfTexts([
    ['acme.yaml', ACME_YAML],
    ['brandco.yaml', BRANDCO_YAML],
  ]);
}

/** The model of catalog texts (file name, text), failing with the diagnostics if any is invalid. */
export function modelOfTexts(files: readonly (readonly [string, string])[]): Model {
  const loaded = files.map(([file, text]) => {
    const parsed = parseCatalogText(file, file.replace(/\.[a-z]+$/, ''), text);
    if (!parsed.ok) throw new Error(parsed.diagnostics.map(formatDiagnostic).join('\n'));
    return parsed.catalog;
  });
  const validated = validateCatalogs(loaded);
  if (validated.diagnostics.length > 0) throw new Error(validated.diagnostics.map(formatDiagnostic).join('\n'));
  return buildModel(validated.catalogs, { scope: '@errcat' });
}

function parsedFile(file: string, text: string): CatalogFile {
  const parsed = parseCatalogText(file, file.replace(/\.[a-z]+$/, ''), text);
  if (!parsed.ok) throw new Error(parsed.diagnostics.map(formatDiagnostic).join('\n'));
  return parsed.catalog.value as CatalogFile;
}

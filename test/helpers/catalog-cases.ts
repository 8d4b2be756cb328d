import { parseCatalogText } from '../../generator/load/parse-catalog-text.ts';
import type { LoadedCatalog } from '../../generator/load/loaded-catalog.ts';
import { buildModel } from '../../generator/model/build-model.ts';
import type { Model } from '../../generator/model/model.ts';
import type { CatalogFile } from '../../generator/types/catalog.ts';
import { formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../generator/validate/validate-catalogs.ts';
import { diffReport, type DiffReport } from '../../generator/diff/diff-report.ts';
import { acmeFile } from '../catalogs/test-catalogs.ts';

/**
 * The provider every rule case is derived from by one edit: the shared
 * `test/catalogs/acme.yaml` (a numeric catalog with a reserved range, a
 * message-only catalog, a wire format with a code and a message), with what
 * the rules need beyond it: a second numeric section (`sms`), a text two
 * message-only entries share (as Notificore's "Campaign not found") in two
 * sections, and two HTTP statuses.
 */
export function acme(): CatalogFile {
  const file = acmeFile();
  file.wire!.httpStatuses = [
    { status: 400, description: 'Bad request' },
    { status: 401, description: 'Unauthorized', body: false },
  ];
  api(file).sections.push({
    id: 'sms',
    title: 'SMS errors',
    entries: [{ key: 'INVALID_PHONE', code: 21, text: 'invalid phone number', category: 'invalid_phone_number' }],
  });
  messages(file).sections[0]!.entries.unshift({ key: 'SMS_CAMPAIGN_NOT_FOUND', text: 'Campaign not found', category: 'not_found' });
  messages(file).sections.unshift({
    id: 'contacts',
    title: 'Contacts errors',
    entries: [{ key: 'CONTACTS_CAMPAIGN_NOT_FOUND', text: 'Campaign not found', category: 'not_found' }],
  });
  return file;
}

/** A white-label copy of Acme with a wire format of its own. */
export function brandco(): CatalogFile {
  return {
    provider: { id: 'brandco', name: 'BrandCo', extends: 'acme' },
    wire: { body: { code: { pointer: '/error', encoding: 'string-or-integer' }, message: { pointer: '/errorDescription' } } },
  };
}

/** Acme after an edit (on a deep copy: cases never share state). */
export function acmeWith(edit: (file: CatalogFile) => void): CatalogFile {
  const file = acme();
  edit(file);
  return file;
}

/** The catalog's first catalog (`api`), its sections and entries, for edits that read like the YAML. */
export const api = (file: CatalogFile) => file.catalogs![0]!;
/** The message-only catalog (`api-v2`). */
export const messages = (file: CatalogFile) => file.catalogs![1]!;

/**
 * The model of catalog files, built as the pipeline builds it (parse,
 * validate, build); fails the test with the diagnostics if one is invalid,
 * since a case must differ only by the change it is about.
 */
export function modelOf(files: readonly CatalogFile[]): Model {
  const loaded: LoadedCatalog[] = files.map((file) => {
    const id = file.provider.id;
    const parsed = parseCatalogText(`${id}.json`, id, JSON.stringify(file, null, 2));
    if (!parsed.ok) throw new Error(parsed.diagnostics.map(formatDiagnostic).join('\n'));
    return parsed.catalog;
  });
  const validated = validateCatalogs(loaded);
  if (validated.diagnostics.length > 0) throw new Error(validated.diagnostics.map(formatDiagnostic).join('\n'));
  return buildModel(validated.catalogs, { scope: '@errcat' });
}

/** The report between two sets of catalog files, labelled as `errcat diff old new` labels them. */
export function reportOf(before: readonly CatalogFile[], after: readonly CatalogFile[]): DiffReport {
  return diffReport(
    { kind: 'path', label: 'old', model: modelOf(before) },
    { kind: 'path', label: 'new', model: modelOf(after) },
  );
}

/** The table rows (without header) of one provider's section of a Markdown report. */
export function tableRows(markdown: string, packageName: string): string[] {
  const sections = markdown.split('\n\n### ');
  const section = sections.find((s) => s.includes(`\`${packageName}\`:`));
  if (!section) return [];
  return section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| class ') && !line.startsWith('| ---'));
}

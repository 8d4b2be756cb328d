import { it } from 'vitest';
import { parseCatalogText } from '../../generator/load/parse-catalog-text.ts';
import type { LoadedCatalog } from '../../generator/load/loaded-catalog.ts';
import { formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../generator/validate/validate-catalogs.ts';
import { ACME_YAML } from '../catalogs/test-catalogs.ts';

/**
 * The shared test catalog (`test/catalogs/acme.yaml`) that every bad case is
 * derived from by one small edit. Line numbers are fixed; the expectations of the cases are
 * worked out by hand from them, so keep this text exactly as it is:
 *
 *  1 provider:                          22             to: 89
 *  2   id: acme                         23             text: Reserved
 *  3   name: Acme SMS                   24         entries:
 *  4   documentation: https://acme...   25           - key: INVALID_KEY
 *  5 wire:                              26             code: 1
 *  6   body:                            27             text: invalid key
 *  7     code:                          28             category: authentication
 *  8       pointer: /error/code         29           - key: NO_FUNDS
 *  9       encoding: integer            30             code: 2
 * 10     message:                       31             text: not enough funds
 * 11       pointer: /error/message      32             category: insufficient_balance
 * 12 catalogs:                          33   - id: api-v2
 * 13   - id: api                        34     name: API 2.0 errors
 * 14     name: API errors               35     kind: error-message
 * 15     kind: error-code               36     sections:
 * 16     codeType: integer              37       - id: sms
 * 17     sections:                      38         title: SMS errors
 * 18       - id: common                 39         entries:
 * 19         title: Common errors       40           - key: TARIFF_NOT_FOUND
 * 20         reserved:                  41             text: Tariff not found
 * 21           - from: 88               42             category: not_found
 *
 * Columns: a catalog's fields start at column 5, a section's at 9, an entry's
 * (and a reserved range's) at 13; the first field of a list item (`- key:`)
 * at the column after `- `.
 */
export const BASE = ACME_YAML;

/** A white-label copy of `acme` (`white.yaml`): it inherits the wire and the catalogs. */
export const WHITE = `provider:
  id: white
  name: White Label SMS
  extends: acme
`;

/** One small change to a catalog text. */
export type Edit = (text: string) => string;

/** Replaces the one occurrence of `from` (fails loudly if it occurs zero or several times, so cases stay exact). */
export function swap(from: string, to: string): Edit {
  return (text) => {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`swap: \`${from}\` must occur exactly once`);
    return text.slice(0, at) + to + text.slice(at + from.length);
  };
}

/** Inserts lines after 1-based line `line` (0 inserts at the top); the inserted lines become `line + 1`, `line + 2`, ... */
export function insertAfter(line: number, ...lines: string[]): Edit {
  return (text) => {
    const all = text.split('\n');
    if (line < 0 || line >= all.length) throw new Error(`insertAfter: no line ${line}`);
    all.splice(line, 0, ...lines);
    return all.join('\n');
  };
}

/** Deletes lines `first` to `last` (1-based, inclusive). */
export function dropLines(first: number, last: number = first): Edit {
  return (text) => {
    const all = text.split('\n');
    if (first < 1 || last < first || last > all.length) throw new Error(`dropLines: no lines ${first}-${last}`);
    all.splice(first - 1, last - first + 1);
    return all.join('\n');
  };
}

/** Applies edits, in order, to a text (the base catalog unless told). */
export function derive(...edits: Edit[]): string {
  return edits.reduce((text, edit) => edit(text), BASE);
}

/** Applies edits to another text than the base. */
export function deriveFrom(text: string, ...edits: Edit[]): string {
  return edits.reduce((t, edit) => edit(t), text);
}

/** An inline catalog file: the name shown in messages and its text. The stem is the name without extension. */
export interface InlineFile {
  file: string;
  text: string;
}

/** The stem `readCatalogFiles` would derive from a file name. */
export function stemOf(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]*$/, '');
}

/**
 * Loads inline files, validates them together and returns every diagnostic as
 * the formatted line the CLI prints, sorted as the CLI sorts them. Problems that
 * stop a file from loading are reported too (and the file is left out of validation).
 */
export function problemsOf(...files: InlineFile[]): string[] {
  const loaded: LoadedCatalog[] = [];
  const lines: string[] = [];
  for (const { file, text } of files) {
    const result = parseCatalogText(file, stemOf(file), text);
    if (result.ok) loaded.push(result.catalog);
    else lines.push(...result.diagnostics.map(formatDiagnostic));
  }
  lines.push(...validateCatalogs(loaded).diagnostics.map(formatDiagnostic));
  return lines;
}

/** `problemsOf` for one text named `acme.yaml`. */
export function problemsOfAcme(text: string): string[] {
  return problemsOf({ file: 'acme.yaml', text });
}

/**
 * Table-driven tests with each case's full name as the test name
 * (`it.each` with `$name` would quote and truncate long names).
 */
export function eachCase<T extends { name: string }>(cases: readonly T[], run: (c: T) => void | Promise<void>, prefix = ''): void {
  for (const c of cases) it(prefix + c.name, () => run(c));
}

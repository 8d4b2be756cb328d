import { expect } from 'vitest';
import type { LoadedCatalog } from '../../../../generator/load/loaded-catalog.ts';
import { parseCatalogText } from '../../../../generator/load/parse-catalog-text.ts';
import { formatDiagnostic, type Diagnostic } from '../../../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../../../generator/validate/validate-catalogs.ts';
import type { InvalidCase } from '../helpers/invalid-catalogs.ts';

/**
 * Property 6: broken catalog sets (see helpers/invalid-catalogs.ts) never make
 * `parseCatalogText` or `validateCatalogs` throw, and every diagnostic is
 * located: it names one of the input files, a line and a column inside that
 * file's text (1-based; at most one past the end of the line; on the very
 * character when the message is about a non-printable character or a null
 * byte), and a non-empty message. A break that certainly makes the set invalid gives at
 * least one diagnostic.
 */

/** Characters YAML does not allow unescaped (as js-yaml, the loader's first parser, checks them). */
const NON_PRINTABLE = /^[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF\uD800-\uDFFF]$/;

/** Loads and validates like the CLI: every file parsed, the ones that load validated together. */
function diagnosticsOf(c: InvalidCase): Diagnostic[] {
  const loaded: LoadedCatalog[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of c.inputs) {
    const parsed = parseCatalogText(input.path, input.stem, input.text);
    if (parsed.ok) loaded.push(parsed.catalog);
    else diagnostics.push(...parsed.diagnostics);
  }
  diagnostics.push(...validateCatalogs(loaded).diagnostics);
  return diagnostics;
}

/** Why a diagnostic is not properly located, or undefined when it is. */
function misplaced(d: Diagnostic, c: InvalidCase): string | undefined {
  const input = c.inputs.find((i) => i.path === d.file);
  if (!input) return `names no input file (${c.inputs.map((i) => i.path).join(', ')})`;
  if (typeof d.message !== 'string' || d.message.trim() === '') return 'has no message';
  if (typeof d.pointer !== 'string') return 'has no pointer';
  if (!Number.isInteger(d.line) || !Number.isInteger(d.column) || d.line < 1 || d.column < 1) return 'has no 1-based line and column';
  const lines = input.text.split('\n');
  if (d.line > lines.length) return `is on line ${d.line} of a ${lines.length}-line file`;
  const line = lines[d.line - 1]!;
  if (d.column > line.length + 1) return `is at column ${d.column} of a ${line.length}-character line`;
  // Where the fault is a character, the place must be that character.
  const at = line.charAt(d.column - 1);
  if (/non-printable/.test(d.message) && !NON_PRINTABLE.test(at)) {
    return `points at ${JSON.stringify(at)}, not at a non-printable character (line ${JSON.stringify(line.slice(0, 80))})`;
  }
  if (/null byte/.test(d.message) && at !== '\u0000') return `points at ${JSON.stringify(at)}, not at the null byte (line ${JSON.stringify(line.slice(0, 80))})`;
  return undefined;
}

/** Checks one broken set: no exception, every diagnostic located, at least one where the break is certain. */
export function checkInvalid(c: InvalidCase): void {
  const diagnostics = diagnosticsOf(c);
  const bad = diagnostics.flatMap((d) => {
    const why = misplaced(d, c);
    return why ? [`${formatDiagnostic(d)} — ${why}`] : [];
  });
  expect(bad, c.mutation).toEqual([]);
  if (c.mustFail) expect(diagnostics.length, `${c.mutation}: no diagnostic`).toBeGreaterThan(0);
}

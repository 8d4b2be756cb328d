import jsyaml from 'js-yaml';
import type { Document, LineCounter, Node } from 'yaml';
import { yamlWithPositions } from './yaml-positions.ts';
import type { Diagnostic } from '../vocabulary/diagnostic.ts';
import { escapePointerToken, segmentsOf } from '../vocabulary/json-pointer.ts';
import { LIMITS } from '../vocabulary/limits.ts';
import { shapeProblem } from './document-shape.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';
import { YAML_CORE_SCHEMA } from './yaml-core-schema.ts';

/** Either the loaded catalog or the problems that stopped it from loading. */
export type ParseResult = { ok: true; catalog: LoadedCatalog } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses catalog text (YAML, or JSON, which is YAML's subset).
 *
 * Two parsers, for speed: js-yaml reads the document (about eight times faster
 * than `yaml`, which matters for 100,000-entry catalogs), and `yaml`, which
 * keeps source positions, parses it again only when a problem must be located.
 * Duplicate keys (YAML would silently keep the last) are refused, and so is
 * whatever `document-shape.ts` bounds: alias bombs (values or characters),
 * nesting deeper than any catalog needs, over-long map keys.
 */
export function parseCatalogText(file: string, stem: string, text: string): ParseResult {
  let value: unknown;
  try {
    // An empty document is null, as `yaml` reads it, not undefined.
    value = jsyaml.load(text, { schema: YAML_CORE_SCHEMA, filename: file }) ?? null;
  } catch (error) {
    // Both parsers recurse: a hostile nesting overflows the stack before any depth check can run.
    if (error instanceof RangeError || /call stack/i.test(String((error as Error).message))) return { ok: false, diagnostics: [{ file, line: 1, column: 1, message: `document is nested too deeply to read (over ${LIMITS.maxDepth} levels)`, pointer: '' }] };
    return { ok: false, diagnostics: syntaxDiagnostics(file, text, error) };
  }
  return shapedCatalog(file, stem, text, value);
}

/**
 * Parses a record errcat wrote, a generated `catalog.json`: with `JSON.parse`
 * when the text is JSON (some four times faster than js-yaml: a 100,000-entry
 * record is 32 MB), else as any catalog text (`parseCatalogText`), which
 * locates what is wrong. The record arrives with pull requests like every
 * file of the output folder, so what JSON reads is bounded as a catalog is
 * (`shapedCatalog`) and validated by the caller. Where JSON and YAML read the
 * same text apart, JSON's reading is taken: a key written twice holds its
 * last value, and a non-printable character need not be escaped. errcat
 * writes neither (keys once, such characters as escapes); a record with
 * them was edited, and only the versioning read from it depends on this.
 */
export function parseRecordText(file: string, stem: string, text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseCatalogText(file, stem, text);
  }
  return shapedCatalog(file, stem, text, value, { tree: true });
}

/** The parsed document as a loaded catalog, unless its shape is refused (`document-shape.ts`), located in its text. */
function shapedCatalog(file: string, stem: string, text: string, value: unknown, shapeOptions: { tree?: boolean } = {}): ParseResult {
  const locate = lazyLocator(text);
  const shape = shapeProblem(value, text.length, shapeOptions);
  if (shape) {
    const at =
      shape.pointer === undefined
        ? { line: 1, column: 1 }
        : shape.key === undefined
          ? locate(shape.pointer)
          : locate(`${shape.pointer}/${escapePointerToken(shape.key)}`, { key: true });
    return { ok: false, diagnostics: [{ file, ...at, message: shape.message, pointer: shape.pointer ?? '' }] };
  }
  return { ok: true, catalog: { file, stem, value, locate } };
}

/**
 * Every syntax problem, located by `yaml` (which reports them all, in clear
 * words); js-yaml's own first error is the fallback when `yaml` finds none.
 */
function syntaxDiagnostics(file: string, text: string, error: unknown): Diagnostic[] {
  const { LineCounter, parseDocument } = yamlWithPositions();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  const mark = (error as { mark?: { line: number; column: number; position: number } }).mark;
  // `yaml` accepts these; js-yaml marks the end of the text that holds one. The character itself is the place to show.
  const control = /non-printable|valid JSON character|null byte/.test(reason) && mark ? controlCharacterBefore(text, mark.position) : undefined;
  if (control) {
    const pos = lineCounter.linePos(control.offset);
    const code = `U+${control.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    const message = `invalid YAML: a control or non-printable character (${code}) in the text; write it as an escape in a double-quoted string, e.g. "\\u${code.slice(2)}"`;
    return [{ file, line: pos.line, column: pos.col, message, pointer: '' }];
  }
  // Only the first: after a syntax error the parser's recovery reports noise on lines that are fine.
  const first = doc.errors[0];
  if (first && /call stack/i.test(first.message)) {
    return [{ file, line: 1, column: 1, message: `document is nested too deeply to read (over ${LIMITS.maxDepth} levels)`, pointer: '' }];
  }
  if (first) {
    const offset = first.code === 'MISSING_CHAR' ? openingQuoteBefore(text, first.pos[0]) : first.pos[0];
    const pos = offset < text.length ? lineCounter.linePos(offset) : endOf(text);
    return [{ file, line: pos.line, column: pos.col, message: yamlMessage(first.code, first.message), pointer: '' }];
  }
  const message = /duplicated mapping key/.test(reason) ? 'duplicate key: map keys must be unique' : `invalid YAML: ${reason}`;
  // js-yaml reads the text with a newline added, so its mark can fall after the last line.
  const pos = mark === undefined ? { line: 1, col: 1 } : mark.position < text.length ? { line: mark.line + 1, col: mark.column + 1 } : endOf(text);
  return [{ file, line: pos.line, column: pos.col, message, pointer: '' }];
}

/** What js-yaml refuses unescaped (its own pattern): control characters, U+FFFE/U+FFFF and lone surrogates. */
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

/**
 * The refused character js-yaml stopped at: it marks the end of the text that
 * holds one (for a plain scalar, the start of the line after), so the culprit
 * is on the line of the nearest refused character before the mark, and the
 * first one on that line is the one to show.
 */
function controlCharacterBefore(text: string, end: number): { offset: number; codePoint: number } | undefined {
  const before = text.slice(0, end + 1);
  let nearest: RegExpExecArray | undefined;
  for (const found of before.matchAll(new RegExp(NON_PRINTABLE.source, 'g'))) nearest = found;
  if (!nearest) return undefined;
  const lineStart = before.lastIndexOf('\n', nearest.index) + 1;
  const found = NON_PRINTABLE.exec(before.slice(lineStart))!;
  // The third alternative matches the character before a lone low surrogate too.
  const offset = lineStart + found.index + found[0].length - 1;
  return { offset, codePoint: text.charCodeAt(offset) };
}

/**
 * Where an unclosed quoted text starts: `yaml` reports the end of the file.
 * The unclosed text holds no unescaped quote of its kind, so its opening quote
 * is the last such quote before the end.
 */
function openingQuoteBefore(text: string, end: number): number {
  for (let i = Math.min(end, text.length) - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '"' && text[i - 1] !== '\\') return i;
    if (c === "'" && text[i - 1] !== "'" && text[i + 1] !== "'") return i;
  }
  return end;
}

/** `yaml`'s messages without the code frame, the position they repeat, and advice on the library's API. */
function yamlMessage(code: string, message: string): string {
  const firstLine = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/; please use .*$/, '');
  if (code === 'DUPLICATE_KEY') return `duplicate key: ${firstLine.charAt(0).toLowerCase()}${firstLine.slice(1)}`;
  return `invalid YAML: ${firstLine}`;
}

/** A locator that parses the text with positions on first use only: valid catalogs never pay for it. */
function lazyLocator(text: string): LoadedCatalog['locate'] {
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  return (pointer, options) => {
    if (!parsed) {
      const { LineCounter, parseDocument } = yamlWithPositions();
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, uniqueKeys: false }), lineCounter };
    }
    const offset = offsetOf(parsed.doc.contents, segmentsOf(pointer), options?.key === true) ?? 0;
    const pos = parsed.lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

/** Offset of the node a pointer names, or of its deepest existing ancestor. */
function offsetOf(root: unknown, segments: string[], wantKey: boolean): number | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlWithPositions();
  let node = root as Node | null | undefined;
  let best: number | undefined = rangeStart(node);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      // The last pair of a key: a catalog's keys are unique (duplicates are refused), and in a record read as JSON the last one is the value.
      const pair = [...node.items].reverse().find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return best;
      if (last && wantKey) return rangeStart(pair.key as Node) ?? best;
      node = pair.value as Node | null;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)] as Node | null | undefined;
    } else {
      return best;
    }
    best = rangeStart(node) ?? best;
  }
  return best;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? range[0] : undefined;
}


/**
 * Where the text ends, as an editor shows it: the parsers place an error found
 * at the end of a text without a final newline on a line after the last one.
 */
function endOf(text: string): { line: number; col: number } {
  const lines = text.split('\n');
  return { line: lines.length, col: [...lines[lines.length - 1]!].length + 1 };
}

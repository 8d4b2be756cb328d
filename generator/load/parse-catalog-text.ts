import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../validate/diagnostic.ts';
import { segmentsOf } from './json-pointer.ts';
import { LIMITS } from './limits.ts';
import type { LoadedCatalog } from './loaded-catalog.ts';

/** Either the loaded catalog or the problems that stopped it from loading. */
export type ParseResult = { ok: true; catalog: LoadedCatalog } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses catalog text (YAML, or JSON, which is YAML's subset) keeping source
 * positions, so that later stages can point at a line and column.
 *
 * Refuses duplicate keys (YAML would silently keep the last), alias bombs and
 * documents nested deeper than any catalog needs.
 */
export function parseCatalogText(file: string, stem: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true, strict: true });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const diagnostics: Diagnostic[] = doc.errors.map((error) => ({
    file,
    ...at(error.pos[0]),
    message: yamlMessage(error.code, error.message),
    pointer: '',
  }));
  if (diagnostics.length > 0) return { ok: false, diagnostics };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliasCount });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      diagnostics: [{ file, line: 1, column: 1, message: `cannot read the document: ${message}`, pointer: '' }],
    };
  }
  if (depthExceeds(value, LIMITS.maxDepth)) {
    return {
      ok: false,
      diagnostics: [
        { file, line: 1, column: 1, message: `document is nested deeper than ${LIMITS.maxDepth} levels`, pointer: '' },
      ],
    };
  }

  const locate = (pointer: string, options?: { key?: boolean }) => {
    const offset = offsetOf(doc.contents, segmentsOf(pointer), options?.key === true);
    return at(offset ?? 0);
  };
  return { ok: true, catalog: { file, stem, value, locate } };
}

/** Rewrites the YAML library's messages, which quote a code frame we do not want in one-line reports. */
function yamlMessage(code: string, message: string): string {
  const firstLine = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `duplicate key: ${firstLine}`;
  return `invalid YAML: ${firstLine}`;
}

/** Iterative, so that a hostile nesting cannot overflow the stack here. */
function depthExceeds(root: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return false;
}

/** Offset of the node a pointer names, or of its deepest existing ancestor. */
function offsetOf(root: unknown, segments: string[], wantKey: boolean): number | undefined {
  let node = root as Node | null | undefined;
  let best: number | undefined = rangeStart(node);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
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

import { pointerOf } from '../vocabulary/json-pointer.ts';
import { LIMITS } from '../vocabulary/limits.ts';

/** Why a parsed document is refused before validation, and where (a JSON Pointer; none for the whole document). */
export interface ShapeProblem {
  message: string;
  pointer?: string;
  /** Set when the problem is a key of the map at `pointer`: the key, so the caller can place the message on it. */
  key?: string;
}

/** Stands on the walk for a number JSON cannot hold (YAML's `.inf`, `-.inf`, `.nan`), where it sits. */
const NOT_JSON: object = {};

/** A map or sequence on the walk (or a `NOT_JSON` number), with the way it was reached. */
interface Frame {
  value: object;
  depth: number;
  entered: boolean;
  parent?: Frame;
  key: string;
}

/** What one distinct object expands to: its values (nodes) and characters (every string and key counted at each use). */
interface Expanded {
  nodes: number;
  chars: number;
}

/**
 * Refuses what would make the later stages slow or exhaust memory, before they
 * see the document: nesting deeper than any catalog needs, recursive aliases,
 * map keys longer than `LIMITS.maxKeyLength`, and alias bombs; and numbers
 * JSON cannot hold (YAML's `.inf` and `.nan`), which catalog.json would write
 * as `null`, so that the next run, reading it back, would see a change that
 * never happened (in a free-form example value, where the schema allows any).
 *
 * js-yaml shares one object (or string) for every use of an anchor, so a
 * billion-laughs document, or 10,000 aliases of one 1 MB string, is small in
 * memory; but validation and output would walk it expanded: every value, and
 * every character of every string and key, once per use. Both expanded sizes
 * are computed over the shared objects with memoisation, in linear time: the
 * values must stay close to the number of distinct objects, and the
 * characters within `LIMITS.maxExpandedChars` of the text's length.
 *
 * Objects are visited in document order, so the first problem found is the
 * first in the file.
 */
export function shapeProblem(root: unknown, textLength: number): ShapeProblem | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const expanded = new Map<object, Expanded>();
  const onPath = new Set<object>();
  const stack: Frame[] = [{ value: root, depth: 0, entered: false, key: '' }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.entered) {
      stack.pop();
      onPath.delete(frame.value);
      expanded.set(frame.value, measure(frame.value, expanded));
      continue;
    }
    if (expanded.has(frame.value)) {
      stack.pop(); // reached again through an alias after it was measured
      continue;
    }
    if (frame.value === NOT_JSON) {
      return { message: `\`.inf\`, \`-.inf\` and \`.nan\` are numbers JSON cannot hold, and catalog.json, the OpenAPI fragment and the wire are JSON: write a finite number, or the text as a string`, pointer: pointerOfFrame(frame) };
    }
    frame.entered = true;
    onPath.add(frame.value);
    if (frame.depth >= LIMITS.maxDepth) {
      return { message: `document is nested deeper than ${LIMITS.maxDepth} levels`, pointer: pointerOfFrame(frame) };
    }
    const entries = Object.entries(frame.value);
    if (!Array.isArray(frame.value)) {
      const long = entries.find(([key]) => key.length > LIMITS.maxKeyLength);
      if (long) return { message: `a map key of ${long[0].length} characters, over the limit of ${LIMITS.maxKeyLength} for a key`, pointer: pointerOfFrame(frame), key: long[0] };
    }
    // Pushed last to first, so that they are entered first to last.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      // Entered in document order like any value, so that the first problem found stays the first in the file.
      if (typeof child === 'number' && !Number.isFinite(child)) stack.push({ value: NOT_JSON, depth: frame.depth + 1, entered: false, parent: frame, key });
      if (child === null || typeof child !== 'object' || expanded.has(child)) continue;
      if (onPath.has(child)) return { message: 'document refers to itself through an alias (a recursive structure)' };
      stack.push({ value: child, depth: frame.depth + 1, entered: false, parent: frame, key });
    }
  }
  const total = expanded.get(root)!;
  if (total.nodes > LIMITS.maxExpandedNodes(expanded.size)) {
    return { message: `aliases expand the document to ${total.nodes.toExponential(1)} values from ${expanded.size} objects (refused as an alias bomb)` };
  }
  const limit = LIMITS.maxExpandedChars(textLength);
  if (total.chars > limit) {
    const at = largestOver(root, limit, expanded);
    return {
      message: `aliases expand this value to ${at.chars.toExponential(1)} characters, over the limit of ${limit} for a text of ${textLength} characters (refused as an alias bomb)`,
      pointer: at.pointer,
    };
  }
  return undefined;
}

/** The expanded size of an object whose children are measured: 1 for itself, each key's length, and each child's size (a string's is its length). */
function measure(value: object, expanded: ReadonlyMap<object, Expanded>): Expanded {
  let nodes = 1;
  let chars = 1;
  const isArray = Array.isArray(value);
  for (const [key, child] of Object.entries(value)) {
    if (!isArray) chars += key.length;
    if (child !== null && typeof child === 'object') {
      const size = expanded.get(child)!;
      nodes += size.nodes;
      chars += size.chars;
    } else {
      nodes += 1;
      chars += typeof child === 'string' ? child.length + 1 : 1;
    }
  }
  return { nodes, chars };
}

/**
 * Where the expansion happens: from the root, down the largest child for as
 * long as one child alone is over the limit. For 10,000 aliases in one list,
 * that is the list.
 */
function largestOver(root: object, limit: number, expanded: ReadonlyMap<object, Expanded>): { pointer: string; chars: number } {
  const keys: string[] = [];
  let current = root;
  for (;;) {
    let next: [string, object] | undefined;
    for (const [key, child] of Object.entries(current)) {
      if (child === null || typeof child !== 'object') continue;
      const chars = expanded.get(child)!.chars;
      if (chars > limit && (next === undefined || chars > expanded.get(next[1])!.chars)) next = [key, child];
    }
    if (next === undefined || keys.length >= LIMITS.maxDepth) return { pointer: pointerOf(keys), chars: expanded.get(current)!.chars };
    keys.push(next[0]);
    current = next[1];
  }
}

function pointerOfFrame(frame: Frame): string {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) keys.push(f.key);
  return pointerOf(keys.reverse());
}

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

/** A map or sequence on the walk (or a `NOT_JSON` number), with the way it was reached and, once entered, its expanded size so far. */
interface Frame {
  value: object;
  depth: number;
  entered: boolean;
  parent: Frame | undefined;
  key: string;
  nodes: number;
  chars: number;
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
 * characters within `LIMITS.maxExpandedChars` of the text's length. An
 * object's size is summed as the walk goes (its own keys and values when it
 * is entered, each child's size when the child is left), so every object's
 * keys are read once.
 *
 * Objects are visited in document order, so the first problem found is the
 * first in the file.
 *
 * `tree`: the document shares no object (`JSON.parse` makes a new one for
 * each value), so no object is remembered (at 100,000 entries, remembering
 * every one cost a record's reading some 50 ms): its values are counted
 * against its objects as any document's are, and its characters, each one
 * its text holds, need no count.
 */
export function shapeProblem(root: unknown, textLength: number, options: { tree?: boolean } = {}): ShapeProblem | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const tree = options.tree === true;
  const expanded = new Map<object, Expanded>();
  const onPath = new Set<object>();
  const stack: Frame[] = [frameOf(root, 0, '')];
  const top = stack[0]!;
  let objects = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.entered) {
      stack.pop();
      if (!tree) {
        onPath.delete(frame.value);
        expanded.set(frame.value, { nodes: frame.nodes, chars: frame.chars });
      }
      addSize(frame.parent, frame);
      continue;
    }
    const measured = tree ? undefined : expanded.get(frame.value);
    if (measured !== undefined) {
      stack.pop(); // reached again through an alias after it was measured
      addSize(frame.parent, measured);
      continue;
    }
    if (frame.value === NOT_JSON) {
      return { message: `\`.inf\`, \`-.inf\` and \`.nan\` are numbers JSON cannot hold, and catalog.json, the OpenAPI fragment and the wire are JSON: write a finite number, or the text as a string`, pointer: pointerOfFrame(frame) };
    }
    frame.entered = true;
    objects++;
    if (!tree) onPath.add(frame.value);
    if (frame.depth >= LIMITS.maxDepth) {
      return { message: `document is nested deeper than ${LIMITS.maxDepth} levels`, pointer: pointerOfFrame(frame) };
    }
    const isArray = Array.isArray(frame.value);
    const keys = isArray ? undefined : Object.keys(frame.value);
    if (keys !== undefined) {
      const long = keys.find((key) => key.length > LIMITS.maxKeyLength);
      if (long !== undefined) return { message: `a map key of ${long.length} characters, over the limit of ${LIMITS.maxKeyLength} for a key`, pointer: pointerOfFrame(frame), key: long };
    }
    const values = frame.value as Record<string, unknown>;
    const count = keys === undefined ? (frame.value as unknown[]).length : keys.length;
    // Pushed last to first, so that they are entered first to last.
    for (let i = count - 1; i >= 0; i--) {
      const key = keys === undefined ? String(i) : keys[i]!;
      const child = keys === undefined ? (frame.value as unknown[])[i] : values[key];
      if (keys !== undefined) frame.chars += key.length;
      if (child === null || typeof child !== 'object') {
        frame.nodes += 1;
        frame.chars += typeof child === 'string' ? child.length + 1 : 1;
        // Entered in document order like any value, so that the first problem found stays the first in the file.
        if (typeof child === 'number' && !Number.isFinite(child)) stack.push(frameOf(NOT_JSON, frame.depth + 1, key, frame));
        continue;
      }
      const size = tree ? undefined : expanded.get(child);
      if (size !== undefined) {
        addSize(frame, size);
        continue;
      }
      if (!tree && onPath.has(child)) return { message: 'document refers to itself through an alias (a recursive structure)' };
      stack.push(frameOf(child, frame.depth + 1, key, frame));
    }
  }
  // Entered once each, the objects are the distinct ones; a tree's count is its root's.
  const total = tree ? top : expanded.get(root)!;
  if (total.nodes > LIMITS.maxExpandedNodes(objects)) {
    return { message: `aliases expand the document to ${total.nodes.toExponential(1)} values from ${objects} objects (refused as an alias bomb)` };
  }
  const limit = LIMITS.maxExpandedChars(textLength);
  if (!tree && total.chars > limit) {
    const at = largestOver(root, limit, expanded);
    return {
      message: `aliases expand this value to ${at.chars.toExponential(1)} characters, over the limit of ${limit} for a text of ${textLength} characters (refused as an alias bomb)`,
      pointer: at.pointer,
    };
  }
  return undefined;
}

/** A value on the walk, not yet entered: it counts itself (one value, one character) until its keys and children are added. */
function frameOf(value: object, depth: number, key: string, parent?: Frame): Frame {
  return { value, depth, entered: false, parent, key, nodes: 1, chars: 1 };
}

/** Adds a child's expanded size to the object that holds it (none for the document itself). */
function addSize(parent: Frame | undefined, size: Expanded): void {
  if (parent === undefined) return;
  parent.nodes += size.nodes;
  parent.chars += size.chars;
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

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: ((options?: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void) | undefined | null;

/**
 * Asks V8 for a full collection. Each emitter of a 100,000-entry catalog
 * leaves a few hundred MB of short-lived strings, and V8 grows the heap rather
 * than collect them, so peak memory was twice the live data; one collection
 * between emitters (about 0.1 s each at that size) keeps the peak near the
 * live size. With `shrink`, the collection V8 makes when memory runs out,
 * which also gives the pages it freed back to the system (a normal one keeps
 * them for the heap to grow into): slower, for a heap much larger than what
 * lives in it. Only a memory hint: output never depends on it.
 */
export function releaseGarbage(options: { shrink?: boolean } = {}): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as typeof collect;
    } catch {
      collect = null;
    }
  }
  collect?.(options.shrink ? { type: 'major', execution: 'sync', flavor: 'last-resort' } : undefined);
}

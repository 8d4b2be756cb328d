import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined | null;

/**
 * Asks V8 for a full collection. Each emitter of a 100,000-entry catalog
 * leaves a few hundred MB of short-lived strings, and V8 grows the heap rather
 * than collect them, so peak memory was twice the live data; one collection
 * between emitters (about 0.1 s each at that size) keeps the peak near the
 * live size. Only a memory hint: output never depends on it.
 */
export function releaseGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}

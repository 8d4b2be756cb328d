/** Tasks run at once by {@link aFewAtATime}: libuv's thread pool, which file reads wait on, has four threads. */
const AT_ONCE = 4;

/**
 * Runs `task` on every item, a few at a time (file reads that wait on the
 * disk rather than on each other), and resolves when all are done; `stop`
 * ends it early once it returns true.
 */
export async function aFewAtATime<T>(items: Iterable<T>, task: (item: T) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  const queue = [...items].reverse();
  const worker = async () => {
    for (let next = queue.pop(); next !== undefined && !stop(); next = queue.pop()) await task(next);
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
}

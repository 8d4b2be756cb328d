/** Tasks run at once by {@link aFewAtATime}: libuv's thread pool, which file reads wait on, has four threads. */
const AT_ONCE = 4;

/**
 * Runs `task` on every item, a few at a time (file operations that wait on
 * the disk rather than on each other), and resolves when all are done;
 * `stop` ends it early once it returns true. The first task that fails stops
 * the rest too, and the promise rejects with its error only once the tasks
 * under way have ended: a caller that cleans up after a failure never races
 * a write still in flight.
 */
export async function aFewAtATime<T>(items: Iterable<T>, task: (item: T) => Promise<void>, stop: () => boolean = () => false): Promise<void> {
  const queue = [...items].reverse();
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (let next = queue.pop(); next !== undefined && failure === undefined && !stop(); next = queue.pop()) {
      try {
        await task(next);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  if (failure !== undefined) throw failure.error;
}

/** One measured stage of a run: its time, and the bytes it produced or wrote, if it says. */
export interface StageTiming {
  stage: string;
  seconds: number;
  bytes?: number;
  /** The process's resident memory when the stage ended, in bytes. */
  rss?: number;
}

/**
 * Times the stages of a run (`--timings`): each stage runs through `time`,
 * which records how long it took, whether it returns a value or a promise.
 * A recorder that is off only runs the stage. Stages are listed in the order
 * they finished; a stage timed twice (a watch run) is listed twice.
 */
export class StageTimings {
  readonly stages: StageTiming[] = [];

  constructor(readonly enabled: boolean) {}

  time<T>(stage: string, run: () => T, bytesOf?: (result: Awaited<T>) => number): T {
    if (!this.enabled) return run();
    const started = performance.now();
    const result = run();
    const record = (value: Awaited<T>) => {
      const seconds = (performance.now() - started) / 1000;
      const rss = process.memoryUsage.rss();
      this.stages.push(bytesOf ? { stage, seconds, bytes: bytesOf(value), rss } : { stage, seconds, rss });
    };
    if (result instanceof Promise) return result.then((value: Awaited<T>) => (record(value), value)) as T;
    record(result as Awaited<T>);
    return result;
  }

  /** Adds a stage measured elsewhere. */
  add(timing: StageTiming): void {
    if (this.enabled) this.stages.push(timing);
  }
}

/** A recorder that records nothing: the default of every stage that can be timed. */
export const NO_TIMINGS = new StageTimings(false);

/**
 * The `--timings` report: a line per stage with its seconds, the resident
 * memory when it ended, and the MB it made or wrote and at what rate.
 */
export function formatTimings(stages: readonly StageTiming[], totalSeconds: number): string[] {
  const width = Math.max(5, ...stages.map((s) => s.stage.length));
  const lines = stages.map((s) => {
    const time = `${s.stage.padEnd(width)}  ${s.seconds.toFixed(3).padStart(7)} s`;
    const rss = s.rss === undefined ? '' : `  ${(s.rss / 2 ** 20).toFixed(0).padStart(5)} MiB rss`;
    if (s.bytes === undefined) return time + rss;
    const mb = s.bytes / 1e6;
    const rate = s.seconds > 0 ? `${(mb / s.seconds).toFixed(1)} MB/s` : '';
    return `${time}${rss}  ${mb.toFixed(2).padStart(8)} MB  ${rate}`;
  });
  const peak = `peak ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`;
  return ['errcat timings:', ...lines.map((l) => `  ${l}`), `  ${'total'.padEnd(width)}  ${totalSeconds.toFixed(3).padStart(7)} s  ${peak}`];
}

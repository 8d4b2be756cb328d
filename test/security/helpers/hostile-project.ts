import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { runErrcat, type CliResult } from '../../helpers/run-errcat.ts';

/** The bounds every hostile input is held to: refused in under 2 s of CPU and 500 MB, as the brief of these tests says. */
export const BOUNDS = { cpuSeconds: 2, peakMiB: 500 } as const;

/** A throw-away project: the default catalog folder (`errcat/catalogs`) and its output folder (`errcat/generated`). */
export interface HostileProject {
  /** The project root: every run's working folder. */
  dir: string;
  /** Its catalog folder. */
  catalogs: string;
  /** Its output folder. */
  out: string;
  /** Writes a catalog file (text) into the catalog folder; returns its path. */
  write(name: string, text: string): string;
  /** Runs errcat in the project, measured, killed after 60 s so that a hang fails the test instead of the suite. */
  run(...args: string[]): Promise<CliResult>;
  /** Removes the project. */
  remove(): void;
}

/** Makes a project in the system's temporary folder (runs use it as `cwd`, so the output folder is inside it). */
export function hostileProject(): HostileProject {
  const dir = mkdtempSync(path.join(tmpdir(), 'errcat-hostile-'));
  const catalogs = path.join(dir, 'errcat/catalogs');
  mkdirSync(catalogs, { recursive: true });
  return {
    dir,
    catalogs,
    out: path.join(dir, 'errcat/generated'),
    write(name, text) {
      const file = path.join(catalogs, name);
      writeFileSync(file, text);
      return file;
    },
    run: (...args) => runErrcat(args, { cwd: dir, measure: true, timeoutMs: 60_000 }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * Asserts that a run refused its input as a user should see it: exit 1, the
 * expected located lines on stderr, no stack trace, within the bounds.
 */
export function expectRefused(result: CliResult, lines: readonly (string | RegExp)[]): void {
  expect(result.code, result.stderr.slice(0, 2000)).toBe(1);
  for (const line of lines) {
    if (typeof line === 'string') expect(result.stderr).toContain(line);
    else expect(result.stderr).toMatch(line);
  }
  expectNoStackTrace(result);
  expectWithinBounds(result);
}

/** No stack frame and no internal error reached the user. */
export function expectNoStackTrace(result: CliResult): void {
  expect(result.stderr).not.toMatch(/^\s+at .+[:(]\d+/m);
  expect(result.stderr).not.toContain('internal error');
}

/** The run stayed within the time and memory bounds. */
export function expectWithinBounds(result: CliResult): void {
  expect(result.usage, 'the run reported no usage (killed?)').toBeDefined();
  expect(result.usage!.cpuSeconds).toBeLessThan(BOUNDS.cpuSeconds);
  expect(result.usage!.peakMiB).toBeLessThan(BOUNDS.peakMiB);
}

/** The shared test catalog's text with one provider field line added after `name:`. */
export function withProviderLine(text: string, line: string): string {
  return text.replace('  name: Acme SMS\n', `  name: Acme SMS\n${line}\n`);
}

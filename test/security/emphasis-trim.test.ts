import { describe, expect, it } from 'vitest';
import { providerReadmeView } from '../../generator/emit/markdown/provider-readme-view.ts';
import type { EntryModel } from '../../generator/model/model.ts';
import { acmeModel } from '../catalogs/test-catalogs.ts';

/**
 * The README shows an entry's summary as _emphasis_, so the summary is trimmed
 * of the white space that would break it. A trim written as a regular
 * expression with an end anchor (`\s+$`) retries at every space of a run that
 * does not reach the end: a summary with a long run of spaces inside took
 * seconds. The trim must be linear: a 100 KB run, inside, leading and
 * trailing, takes well under 200 ms.
 */

const RUN = ' '.repeat(100_000);

/** Acme's provider model with its first entry's summary replaced. */
function providerWithSummary(summary: string) {
  const provider = acmeModel().providers.find((p) => p.id === 'acme')!;
  (provider.catalogs[0]!.entries[0] as { summary?: string } & EntryModel).summary = summary;
  return provider;
}

function timed<T>(action: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = action();
  return { result, ms: performance.now() - start };
}

describe('the summary trimmed for emphasis', () => {
  it.each([
    ['inside', `a${RUN}b`, `a${RUN}b`],
    ['inside, tabs and no-break spaces', `a${'\t\u00a0 '.repeat(35_000)}b`, `a${'\t\u00a0 '.repeat(35_000)}b`],
    ['leading and trailing', `${RUN}a${RUN}`, 'a'],
    ['alone', RUN, ''],
  ])('is linear in a 100 KB run of spaces (%s)', (_name, summary, trimmed) => {
    providerReadmeView(providerWithSummary('warm-up'), '@errcat/core');
    const provider = providerWithSummary(summary);
    const { result, ms } = timed(() => providerReadmeView(provider, '@errcat/core'));
    const row = result.catalogs[0]!.sections[0]!.rows[0]!;
    expect(row.summary).toBe(trimmed);
    expect(ms).toBeLessThan(200);
  });
});

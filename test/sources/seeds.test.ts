import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkSources, formatSourceCheckReport } from '../../generator/sources/check-sources.ts';
import { identifyDocument } from '../../generator/sources/identify-document.ts';
import { parseBsgDocument } from '../../generator/sources/parse-bsg-document.ts';
import { parseNotificoreDocument } from '../../generator/sources/parse-notificore-document.ts';
import { loadResolvedCatalogs } from './helpers/load-catalogs.ts';

/** The provider documents, verbatim copies of `shared/seeds` (.ci/run checks they still match), so a clone alone can run the tests. */
const SEEDS = new URL('documents/', import.meta.url);

async function readSeeds(): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(SEEDS)).filter((name) => name.endsWith('.txt')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(new URL(name, SEEDS), 'utf8') })));
}

describe('the catalogs against the published documents', () => {
  it('hold every documented entry verbatim and nothing else', async () => {
    const [documents, catalogs] = await Promise.all([readSeeds(), loadResolvedCatalogs()]);
    const report = checkSources(documents, catalogs);
    expect(report.ok, formatSourceCheckReport(report)).toBe(true);
    expect(report.documents.map((result) => [result.document, result.provider])).toEqual([
      ['000_654bab6049d8dfb2.txt', 'notificore'],
      ['001_84be2cf32c8497c4.txt', 'smsapi'],
      ['002_64c2f61d8a21bae5.txt', 'bsg'],
      ['003_814eb265da9ef9a0.txt', 'serwersms'],
      ['004_2cbaa1f5ed668981.txt', 'yellowpush'],
    ]);
    for (const document of documents) {
      const parsed = identifyDocument(document.text)!.parse(document.text);
      const result = report.documents.find((candidate) => candidate.document === document.name)!;
      expect(parsed.length, document.name).toBeGreaterThan(0);
      expect(result.entriesChecked, document.name).toBe(parsed.length);
      expect(result.documentedEntries, document.name).toBe(parsed.length);
    }
  });

  it('find the same catalog in Notificore’s and BSG’s pages (the white-label pair)', async () => {
    const documents = await readSeeds();
    const text = (prefix: string) => documents.find((document) => document.name.startsWith(prefix))!.text;
    expect(parseBsgDocument(text('002_'))).toEqual(parseNotificoreDocument(text('000_')));
  });
});

import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { catalogSetArbitrary } from '../helpers/catalog-set.ts';
import { parseCatalogText } from '../../../generator/load/parse-catalog-text.ts';
function firstDiff(a: any, b: any, path = ''): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return path + ' proto ' + Object.getPrototypeOf(a) + ' vs ' + Object.getPrototypeOf(b);
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) { const d = firstDiff(a[k], b[k], path + '/' + k); if (d) return d; }
    return path + ' keys ' + JSON.stringify(Object.keys(a)) + ' vs ' + JSON.stringify(Object.keys(b));
  }
  return `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
}
const samples = fc.sample(catalogSetArbitrary(), { numRuns: Number(process.argv[2] ?? 12), seed: Number(process.argv[3] ?? 1) });
for (const set of samples) for (const p of set.providers) {
  const r = parseCatalogText(p.path, p.id, p.text);
  if (!r.ok) { const d = r.diagnostics[0]!; const line = p.text.split('\n')[d.line - 1]!; console.log('LOADFAIL', p.format, JSON.stringify(line)); continue; }
  const d = firstDiff(r.catalog.value, p.file);
  if (d) console.log(p.format, d);
}

import fc from 'fast-check';
import { catalogSetArbitrary } from '../helpers/catalog-set.ts';
import { generate } from '../helpers/generate.ts';
import { typeCheck } from '../helpers/type-check.ts';
const samples = fc.sample(catalogSetArbitrary(), { numRuns: Number(process.argv[2] ?? 10), seed: Number(process.argv[3] ?? 1) });
let i = 0;
for (const set of samples) {
  i++;
  const t0 = performance.now();
  try {
    const g = generate(set);
    const t1 = performance.now();
    const d = typeCheck(g.files, '@errcat');
    const t2 = performance.now();
    console.log(i, set.providers.map(p => `${p.id}${p.parent ? '<' + p.parent : ''}:${p.format}:${(p.file.catalogs ?? []).map(c => c.id + '/' + c.kind).join(',')}`).join(' '), `gen ${(t1 - t0).toFixed(0)}ms tc ${(t2 - t1).toFixed(0)}ms`, d.slice(0, 3));
  } catch (e) { console.log(i, 'ERR', String(e).slice(0, 600)); }
}

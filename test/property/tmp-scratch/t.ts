import { readFileSync } from 'node:fs';
import { parseCatalogText } from '../../../generator/load/parse-catalog-text.ts';
import { validateCatalogs } from '../../../generator/validate/validate-catalogs.ts';
import { buildModel } from '../../../generator/model/build-model.ts';
import { emitAll } from '../../../generator/emit/emitters.ts';
const d = '/work/main/test/fixtures/white-label/catalogs/';
for (let i = 0; i < 4; i++) {
const t0 = performance.now();
const loaded = ['acme', 'brandco'].map((id) => { const r = parseCatalogText(`c/${id}.yaml`, id, readFileSync(d + id + '.yaml', 'utf8')); if (!r.ok) throw 1; return r.catalog; });
const v = validateCatalogs(loaded);
const files = emitAll(buildModel(v.catalogs, { scope: '@errcat' }));
console.log(files.length, performance.now() - t0);
}
import { stringify } from 'yaml';
console.log(JSON.stringify(stringify({a: 'x\x7f\x85\x9b\ufffe\u2028\u202e\0 */ ${x}', b: '\ud83d\ude00', c: 'a\r\nb'})));

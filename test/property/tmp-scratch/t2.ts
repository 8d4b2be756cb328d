import { parseCatalogText } from '../../../generator/load/parse-catalog-text.ts';
for (const ch of ['\x7f', '\x85', '\x9b', '\ufffe', '\u2028', '\u202e', '\ufeff', '\x0b']) {
  const text = JSON.stringify({ provider: { id: 'a', name: 'x' + ch } });
  const r = parseCatalogText('a.json', 'a', text);
  console.log(JSON.stringify(ch), r.ok ? 'ok' : JSON.stringify(r.diagnostics));
}

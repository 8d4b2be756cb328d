import { stringify } from 'yaml';
import jsyaml from 'js-yaml';
const bad: string[] = [];
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c < 0xe000) continue;
  const ch = String.fromCharCode(c);
  for (const s of ['a' + ch + 'b', ch, 'a\n' + ch + 'b\n', 'x '+ch]) {
    for (const lw of [0, 80]) {
      const text = stringify({ k: s }, { lineWidth: lw });
      try { const v = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) as any; if (v.k !== s) bad.push(`${c.toString(16)} differs ${JSON.stringify(text)}`); }
      catch (e) { bad.push(`${c.toString(16)} ${JSON.stringify(s)} ${JSON.stringify(text)}`); }
    }
  }
}
console.log(bad.length, bad.slice(0, 40).join('\n'));

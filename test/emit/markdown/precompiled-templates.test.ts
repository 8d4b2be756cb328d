// The precompiled templates (dist/templates-compiled.cjs, written by `npm run
// build`, which the global setup runs) must be what the emitter would
// compile from templates/ today, and must stand only for the text they were
// made from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_OPTIONS } from '../../../generator/emit/markdown/templates.ts';
import { PRECOMPILED_TEMPLATES_FILE, precompiledTemplate, templateDigest } from '../../../generator/load/precompiled-templates.ts';
import { precompiledTemplatesCode } from '../../../generator/maintenance/precompile-templates.ts';

describe('the precompiled templates the build writes', () => {
  it('are what precompiling templates/ gives today, every template of it', () => {
    const built = readFileSync(PRECOMPILED_TEMPLATES_FILE, 'utf8');
    expect(built).toBe(precompiledTemplatesCode());
    for (const name of ['core-readme.md.hbs', 'entry-rows.md.hbs', 'entry-table.md.hbs', 'index-readme.md.hbs', 'provider-readme.md.hbs']) {
      expect(built).toContain(JSON.stringify(name));
    }
  });

  it('are not used when errcat runs from source: the compiler settings may have changed since the build', () => {
    const text = readFileSync(new URL('../../../templates/entry-rows.md.hbs', import.meta.url), 'utf8');
    expect(precompiledTemplate('entry-rows.md.hbs', templateDigest(text, TEMPLATE_OPTIONS))).toBeUndefined();
  });
});

describe('templateDigest', () => {
  const base = templateDigest('{{a}}', TEMPLATE_OPTIONS);
  it.each([
    ['another text', templateDigest('{{b}}', TEMPLATE_OPTIONS)],
    ['other options', templateDigest('{{a}}', { ...TEMPLATE_OPTIONS, strict: false })],
    ['the text moved into the options', templateDigest('', { ...TEMPLATE_OPTIONS, '{{a}}': true })],
  ])('differs for %s', (_name, other) => {
    expect(other).not.toBe(base);
  });
  it('is the same for the same text and options', () => {
    expect(templateDigest('{{a}}', { noEscape: true, strict: true })).toBe(base);
  });
});

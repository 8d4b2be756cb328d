// The precompiled templates (dist/templates-compiled.json, written by `npm
// run build`, which the global setup runs) must be what the emitter would
// compile from templates/ today, and must stand only for the text they were
// made from, compiled by the Handlebars installed, undamaged.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_OPTIONS, templateSource } from '../../../generator/emit/markdown/templates.ts';
import {
  handlebarsVersion,
  parsePrecompiledTemplates,
  PRECOMPILED_TEMPLATES_FILE,
  precompiledTemplateSource,
  templateDigest,
  templatesChecksum,
  type PrecompiledTemplatesFile,
} from '../../../generator/load/precompiled-templates.ts';

const built = readFileSync(PRECOMPILED_TEMPLATES_FILE, 'utf8');
const file = JSON.parse(built) as PrecompiledTemplatesFile;
const templateText = (name: string) => readFileSync(new URL(`../../../templates/${name}`, import.meta.url), 'utf8');

describe('the precompiled templates the build writes', () => {
  it('are, template by template, what compiling templates/ gives today, with the digest of each', () => {
    expect(file.templates.map((t) => t.name)).toEqual(['core-readme.md.hbs', 'entry-rows.md.hbs', 'entry-table.md.hbs', 'index-readme.md.hbs', 'provider-readme.md.hbs']);
    for (const t of file.templates) {
      const text = templateText(t.name);
      // The options spelled out: the digest must not depend on what compiling did to an options object.
      expect(t).toEqual({ name: t.name, digest: templateDigest(text, { noEscape: true, strict: true }), source: templateSource(text) });
    }
    expect(TEMPLATE_OPTIONS).toEqual({ noEscape: true, strict: true });
    expect(file.handlebars).toBe(handlebarsVersion());
    expect(handlebarsVersion()).toMatch(/^4\.\d+\.\d+$/);
    expect(parsePrecompiledTemplates(built, handlebarsVersion())?.size).toBe(5);
  });

  it('are not used when errcat runs from source: the compiler settings may have changed since the build', () => {
    expect(precompiledTemplateSource('entry-rows.md.hbs', templateDigest(templateText('entry-rows.md.hbs'), TEMPLATE_OPTIONS))).toBeUndefined();
  });
});

describe('a precompiled templates file that does not match or is damaged is refused', () => {
  const changed = (edit: (copy: PrecompiledTemplatesFile) => unknown) => {
    const copy = structuredClone(file);
    return JSON.stringify(edit(copy) ?? copy);
  };
  it.each([
    ['empty', ''],
    ['cut short', built.slice(0, built.length / 2)],
    ['not an object', '[]'],
    ['another layout', changed((f) => ({ ...f, format: 'errcat-precompiled-templates/0' }))],
    ['compiled by another Handlebars', changed((f) => ({ ...f, handlebars: '4.0.0' }))],
    ['a template changed inside a string', changed((f) => { f.templates[0]!.source = f.templates[0]!.source.replace('return', 'return 1,'); })],
    ['a digest changed', changed((f) => { f.templates[0]!.digest = `sha256-${'0'.repeat(64)}`; })],
    ['a template without code', changed((f) => ({ ...f, templates: f.templates.map((t, i) => (i === 0 ? { name: t.name, digest: t.digest } : t)) }))],
    ['no checksum', changed((f) => ({ ...f, checksum: undefined }))],
  ])('%s', (_name, text) => {
    expect(text).not.toBe(built);
    expect(parsePrecompiledTemplates(text, handlebarsVersion())).toBeUndefined();
  });

  it('unless only its layout changed, or a change was sealed with a new checksum (the file is errcat\'s own build output)', () => {
    expect(parsePrecompiledTemplates(JSON.stringify(file, null, 2), handlebarsVersion())?.size).toBe(5);
    const resealed = structuredClone(file);
    resealed.templates[0]!.source = resealed.templates[0]!.source.replace('return', 'return 1,');
    resealed.checksum = templatesChecksum(resealed.templates);
    expect(parsePrecompiledTemplates(JSON.stringify(resealed), handlebarsVersion())?.get(resealed.templates[0]!.name)?.source).toBe(resealed.templates[0]!.source);
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

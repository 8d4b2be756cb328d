import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type HandlebarsApi from 'handlebars';
import { TemplateError } from './template-error.ts';
import { codeSpan, escapeInline, escapeTableCell, fencedBlock } from './markdown-escape.ts';
import { ERRCAT_ROOT } from '../../vocabulary/errcat-root.ts';
import { precompiledTemplateSource, templateDigest } from '../../load/precompiled-templates.ts';

/** Folder of the Handlebars templates, relative to this module. */
const TEMPLATE_DIR = new URL('templates/', ERRCAT_ROOT);

// CommonJS: `require` spares Node scanning it for named exports, as an ESM import would.
const require = createRequire(import.meta.url);

let engine: typeof HandlebarsApi | undefined;

/**
 * The Handlebars environment: Markdown is not HTML, so automatic HTML escaping
 * is off and escaping is done once, by helpers named for what they escape.
 * `strict` makes a template that names a missing field fail instead of
 * printing nothing. It is Handlebars' runtime only: templates come
 * precompiled, by the build or here (see `handlebarsTemplate`).
 */
function handlebars(): typeof HandlebarsApi {
  if (engine) return engine;
  // The runtime as one file (Handlebars' own build of it): `handlebars/runtime` is the same code in 29 modules, some 5 ms more to load.
  engine = (require('handlebars/dist/handlebars.runtime.js') as typeof HandlebarsApi).create();
  engine.registerHelper('cell', (text: unknown) => escapeTableCell(String(text)));
  engine.registerHelper('code', (text: unknown) => codeSpan(String(text)));
  engine.registerHelper('inline', (text: unknown) => escapeInline(String(text)));
  engine.registerHelper('fenced', (language: unknown, content: unknown) => fencedBlock(String(language), String(content)));
  // The rows apart from the table's head: a large table is rendered a block of rows at a time (see `markdown-emitter.ts`).
  engine.registerPartial('entryRows', handlebarsTemplate(engine, 'entry-rows.md.hbs'));
  engine.registerPartial('entryTable', handlebarsTemplate(engine, 'entry-table.md.hbs'));
  return engine;
}

function readTemplate(name: string): string {
  return readFileSync(new URL(name, TEMPLATE_DIR), 'utf8');
}

const compiled = new Map<string, HandlebarsApi.TemplateDelegate>();

/** Markdown is not HTML: no automatic escaping. A missing field is an error, not an empty string. */
export const TEMPLATE_OPTIONS: Readonly<{ noEscape: true; strict: true }> = Object.freeze({ noEscape: true, strict: true });

/**
 * A template's spec as Handlebars' compiler writes it: the JavaScript of an
 * object, which `handlebarsTemplate` evaluates (what `Handlebars.compile`
 * does too). The build writes the same code into `dist/templates-compiled.json`.
 */
export function templateSource(text: string): string {
  // A copy: Handlebars adds its defaults to the options it is given, which would change the next template's digest.
  return (require('handlebars') as typeof HandlebarsApi).precompile(text, { ...TEMPLATE_OPTIONS }) as string;
}

/**
 * A template of `templates/`, throwing a TemplateError that names it (and
 * not a template that includes it as a partial). Its spec's code is taken as
 * the build precompiled it when that was made from this very text (see
 * `precompiledTemplateSource`), which spares every run loading Handlebars'
 * compiler and compiling: some 40 ms of a run on the five catalogs.
 * Otherwise it is compiled here, to the same code.
 */
function handlebarsTemplate(handlebars: typeof HandlebarsApi, name: string): HandlebarsApi.TemplateDelegate {
  let template: HandlebarsApi.TemplateDelegate;
  const text = readTemplate(name);
  try {
    const source = precompiledTemplateSource(name, templateDigest(text, TEMPLATE_OPTIONS)) ?? templateSource(text);
    // The code is Handlebars' own output for errcat's own template (or the build's, checked by its checksum): nothing from a catalog reaches it.
    const spec = new Function(`return ${source};`)() as Parameters<typeof HandlebarsApi.template>[0];
    template = handlebars.template(spec);
  } catch (error) {
    throw new TemplateError(name, error);
  }
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      throw error instanceof TemplateError ? error : new TemplateError(name, error);
    }
  };
}

/** Renders a template of `templates/` with a prepared view model; a broken template is a TemplateError naming it. */
export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = handlebarsTemplate(handlebars(), name);
    compiled.set(name, template);
  }
  return template(view);
}

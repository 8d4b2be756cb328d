import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type HandlebarsApi from 'handlebars';
import { TemplateError } from './template-error.ts';
import { codeSpan, escapeInline, escapeTableCell, fencedBlock } from './markdown-escape.ts';
import { ERRCAT_ROOT } from '../../vocabulary/errcat-root.ts';
import { precompiledTemplate, templateDigest } from '../../load/precompiled-templates.ts';

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
 * precompiled, by the build or by `templateSpec` (see `compiledTemplate`).
 */
function handlebars(): typeof HandlebarsApi {
  if (engine) return engine;
  engine = (require('handlebars/runtime') as typeof HandlebarsApi).create();
  engine.registerHelper('cell', (text: unknown) => escapeTableCell(String(text)));
  engine.registerHelper('code', (text: unknown) => codeSpan(String(text)));
  engine.registerHelper('inline', (text: unknown) => escapeInline(String(text)));
  engine.registerHelper('fenced', (language: unknown, content: unknown) => fencedBlock(String(language), String(content)));
  // The rows apart from the table's head: a large table is rendered a block of rows at a time (see `markdown-emitter.ts`).
  engine.registerPartial('entryRows', compiledTemplate(engine, 'entry-rows.md.hbs'));
  engine.registerPartial('entryTable', compiledTemplate(engine, 'entry-table.md.hbs'));
  return engine;
}

function readTemplate(name: string): string {
  return readFileSync(new URL(name, TEMPLATE_DIR), 'utf8');
}

const compiled = new Map<string, HandlebarsApi.TemplateDelegate>();

/** Markdown is not HTML: no automatic escaping. A missing field is an error, not an empty string. */
export const TEMPLATE_OPTIONS = { noEscape: true, strict: true } as const;

/**
 * A template's spec as Handlebars' compiler makes it: the JavaScript
 * `precompile` writes, evaluated (what `Handlebars.compile` does too). The
 * build writes the same text into `dist/templates-compiled.cjs`.
 */
export function templateSource(text: string): string {
  return (require('handlebars') as typeof HandlebarsApi).precompile(text, TEMPLATE_OPTIONS) as string;
}

function templateSpec(text: string): unknown {
  // The code is Handlebars' own output for errcat's own template: nothing from a catalog reaches it.
  return new Function(`return ${templateSource(text)};`)() as unknown;
}

/** The template as the build precompiled it, when made from this text; undefined when not, or when this Handlebars runtime refuses it. */
function precompiledDelegate(handlebars: typeof HandlebarsApi, name: string, text: string): HandlebarsApi.TemplateDelegate | undefined {
  const spec = precompiledTemplate(name, templateDigest(text, TEMPLATE_OPTIONS));
  if (spec === undefined) return undefined;
  try {
    return handlebars.template(spec as Parameters<typeof HandlebarsApi.template>[0]);
  } catch {
    return undefined; // made by another Handlebars compiler revision: compiled here instead
  }
}

/**
 * A template of `templates/`, throwing a TemplateError that names it (and
 * not a template that includes it as a partial). Taken as the build
 * precompiled it when that was made from this very text (`dist/templates-compiled.cjs`),
 * which spares every run loading Handlebars' compiler and compiling: some
 * 40 ms of a run on the five catalogs. Otherwise compiled here, to the same
 * template.
 */
function compiledTemplate(handlebars: typeof HandlebarsApi, name: string): HandlebarsApi.TemplateDelegate {
  let template: HandlebarsApi.TemplateDelegate;
  const text = readTemplate(name);
  try {
    template = precompiledDelegate(handlebars, name, text) ?? handlebars.template(templateSpec(text) as Parameters<typeof HandlebarsApi.template>[0]);
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
    template = compiledTemplate(handlebars(), name);
    compiled.set(name, template);
  }
  return template(view);
}

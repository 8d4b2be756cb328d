import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type HandlebarsApi from 'handlebars';
import { TemplateError } from './template-error.ts';
import { codeSpan, escapeInline, escapeTableCell, fencedBlock } from './markdown-escape.ts';
import { ERRCAT_ROOT } from '../../vocabulary/errcat-root.ts';

/** Folder of the Handlebars templates, relative to this module. */
const TEMPLATE_DIR = new URL('templates/', ERRCAT_ROOT);

// CommonJS: `require` spares Node scanning it for named exports, as an ESM import would.
const Handlebars = createRequire(import.meta.url)('handlebars') as typeof HandlebarsApi;

let engine: typeof HandlebarsApi | undefined;

/**
 * The Handlebars environment: Markdown is not HTML, so automatic HTML escaping
 * is off and escaping is done once, by helpers named for what they escape.
 * `strict` makes a template that names a missing field fail instead of
 * printing nothing.
 */
function handlebars(): typeof HandlebarsApi {
  if (engine) return engine;
  engine = Handlebars.create();
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
const OPTIONS = { noEscape: true, strict: true } as const;

/** A template of `templates/`, throwing a TemplateError that names it (and not a template that includes it as a partial). */
function compiledTemplate(handlebars: typeof HandlebarsApi, name: string): HandlebarsApi.TemplateDelegate {
  let template: HandlebarsApi.TemplateDelegate;
  try {
    template = handlebars.compile(readTemplate(name), OPTIONS);
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

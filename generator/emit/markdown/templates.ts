import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type HandlebarsApi from 'handlebars';
import { codeSpan, escapeInline, escapeTableCell, fencedBlock } from './markdown-escape.ts';
import { REPO_ROOT } from '../../repo-root.ts';

/** Folder of the Handlebars templates, relative to this module. */
const TEMPLATE_DIR = new URL('templates/', REPO_ROOT);

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
  engine.registerPartial('entryTable', readTemplate('entry-table.md.hbs'));
  return engine;
}

function readTemplate(name: string): string {
  return readFileSync(new URL(name, TEMPLATE_DIR), 'utf8');
}

const compiled = new Map<string, HandlebarsApi.TemplateDelegate>();

/** Renders a template of `templates/` with a prepared view model. */
export function renderTemplate(name: string, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = handlebars().compile(readTemplate(name), { noEscape: true, strict: true });
    compiled.set(name, template);
  }
  return template(view);
}

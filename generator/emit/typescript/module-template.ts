import { docComment, stringLiteral, type DocTag } from './safe-text.ts';

/**
 * How a module writer writes each text that varies from one catalog to the
 * next (names, literals, doc comments, the notice, the lines of a list). A
 * writer given `SOURCE_SLOTS` writes the module's source; given a
 * `TemplateSlots`, the same writer writes the module's template, where each
 * such text is a token (`errcat$3$`) and only the structure is left.
 */
export interface Slots {
  /** An identifier: the compiler copies it as written, and two uses of one name stay one name. */
  name(text: string): string;
  /** A string literal of the text (`stringLiteral`). */
  literal(text: string): string;
  /** A JSDoc block (`docComment`); at a module's top level only, where every file keeps it at column 0. */
  doc(lines: readonly string[], tags?: readonly DocTag[]): string;
  /** The notice that opens the module (`slashHeader`). */
  header(header: string): string;
  /**
   * The elements of a list written one to a line, each followed by a comma:
   * one line in a template, where the compiler's layout is kept, and filled
   * with every element at that line's indentation.
   */
  lines(elements: readonly string[]): string;
}

/** Writes every text as it is: the module's source. */
export const SOURCE_SLOTS: Slots = {
  name: (text) => text,
  literal: (text) => stringLiteral(text),
  doc: (lines, tags) => docComment(lines, tags),
  header: (header) => header,
  lines: (elements) => elements.join(',\n'),
};

/**
 * What fills one token: the text a slot stood for, or the elements of a
 * `lines` slot, with the form the token must have where it is filled. A
 * token found in another form (a name the compiler put in quotes, a literal
 * it printed anew from its value) means the compiler did not copy it as
 * written, and the template is not filled.
 */
export type SlotValue =
  | { form: 'bare'; text: string }
  | { form: 'literal'; text: string }
  | { form: 'doc'; text: string }
  | { form: 'lines'; elements: readonly string[] };

/**
 * Writes a token for every text and keeps the texts, in order: the module's
 * template and what fills it. A writer must call `lines` at the start of a
 * line (after its indentation): the filled lines take that indentation.
 *
 * A name gets the same token each time it is written, as it is the same
 * name in the source: the compiler follows names (a declaration keeps an
 * import only where a type of it is used), so two uses of one name must stay
 * one name. Every other text gets a token of its own, so that two texts that
 * happen to be equal (a provider named as its id) make no other template.
 *
 * A literal's token ends with a character beyond ASCII (`"errcat$3$§"`):
 * copied as written, it stays so; printed anew from its value, the printer
 * escapes it (`\u00A7`), the literal form is no longer found, and the module
 * is compiled whole, as its real text would have been printed anew too.
 */
export class TemplateSlots implements Slots {
  readonly values: SlotValue[] = [];
  private readonly names = new Map<string, string>();

  name(text: string): string {
    let token = this.names.get(text);
    if (token === undefined) this.names.set(text, (token = this.token({ form: 'bare', text })));
    return token;
  }

  literal(text: string): string {
    return `"${this.token({ form: 'literal', text: stringLiteral(text) })}${LITERAL_MARK}"`;
  }

  doc(lines: readonly string[], tags?: readonly DocTag[]): string {
    return `/** ${this.token({ form: 'doc', text: docComment(lines, tags) })} */`;
  }

  header(header: string): string {
    // The notice is one `//` line and the eslint line; a notice of another shape stays in the template as it is.
    const line = NOTICE.exec(header);
    return line === null ? header : `// ${this.token({ form: 'bare', text: line[1]! })}\n/* eslint-disable */\n`;
  }

  lines(elements: readonly string[]): string {
    return this.token({ form: 'lines', elements });
  }

  private token(value: SlotValue): string {
    this.values.push(value);
    return `errcat$${this.values.length - 1}$`;
  }
}

const NOTICE = /^\/\/ ([^\n]*)\n\/\* eslint-disable \*\/\n$/;

/** Ends a literal's token: the section sign, which a printer writing the literal anew would escape. */
const LITERAL_MARK = '\u00A7';

/** A token in each form: a literal with its quotes and mark, a doc comment with its delimiters, or bare. */
const TOKEN = /"errcat\$(\d+)\$\u00A7"|\/\*\* errcat\$(\d+)\$ \*\/|errcat\$(\d+)\$/g;

/**
 * A template's text (or what the compiler made of it) with every token
 * replaced by its value; a `lines` value is indented as its token's line
 * is. `undefined` when a token has no value, or is not in its value's form
 * (see `SlotValue`), or a `lines` token does not start its line.
 */
export function filledTemplate(text: string, values: readonly SlotValue[]): string | undefined {
  let refused = false;
  const filled = text.replace(TOKEN, (_token, literal?: string, doc?: string, bare?: string, offset?: number) => {
    const value = values[Number(literal ?? doc ?? bare)];
    const form = literal !== undefined ? 'literal' : doc !== undefined ? 'doc' : 'bare';
    if (value === undefined || (value.form === 'lines' ? form !== 'bare' : value.form !== form)) {
      refused = true;
      return '';
    }
    if (value.form !== 'lines') return value.text;
    const indent = text.slice(text.lastIndexOf('\n', offset! - 1) + 1, offset);
    if (!/^ *$/.test(indent)) refused = true;
    return value.elements.join(`,\n${indent}`);
  });
  return refused ? undefined : filled;
}

/** A module's source, and its template with the values that fill it back to that source. */
export interface TemplatedSource {
  source: string;
  template: string;
  values: readonly SlotValue[];
}

/**
 * A module written twice by the same writer: as its source, and as its
 * template. Modules of the same structure (any catalog's names and texts)
 * have the same template, which is compiled once, or ahead of time by the
 * build, and filled (`compiled-template.ts`).
 */
export function templatedSource(write: (slots: Slots) => string): TemplatedSource {
  const slots = new TemplateSlots();
  const template = write(slots);
  return { source: write(SOURCE_SLOTS), template, values: slots.values };
}

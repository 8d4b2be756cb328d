import { docComment, stringLiteral, type DocTag } from './safe-text.ts';

/**
 * How a module writer writes each text that varies from one catalog to the
 * next (names, literals, doc comments, the notice, the lines of a list). A
 * writer given `SOURCE_SLOTS` writes the module's source; given a
 * `TemplateSlots`, the same writer writes the module's template, where each
 * such text is a token (`errcat$3$`) and only the structure is left.
 */
export interface Slots {
  /** An identifier, or a number, where the compiler copies it as written. */
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

/** A slot's value: a text, or the elements of a `lines` slot. */
type SlotValue = string | readonly string[];

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
 */
export class TemplateSlots implements Slots {
  readonly values: SlotValue[] = [];
  private readonly names = new Map<string, string>();

  name(text: string): string {
    let token = this.names.get(text);
    if (token === undefined) this.names.set(text, (token = this.token(text)));
    return token;
  }

  literal(text: string): string {
    return `"${this.token(stringLiteral(text))}"`;
  }

  doc(lines: readonly string[], tags?: readonly DocTag[]): string {
    return `/** ${this.token(docComment(lines, tags))} */`;
  }

  header(header: string): string {
    // The notice is one `//` line and the eslint line; a notice of another shape stays in the template as it is.
    const line = NOTICE.exec(header);
    return line === null ? header : `// ${this.token(line[1]!)}\n/* eslint-disable */\n`;
  }

  lines(elements: readonly string[]): string {
    return this.token(elements);
  }

  private token(value: SlotValue): string {
    this.values.push(value);
    return `errcat$${this.values.length - 1}$`;
  }
}

const NOTICE = /^\/\/ ([^\n]*)\n\/\* eslint-disable \*\/\n$/;

/** A token with what surrounds it in each kind of slot: a string literal's quotes, a doc comment's delimiters. */
const TOKEN = /"errcat\$(\d+)\$"|\/\*\* errcat\$(\d+)\$ \*\/|errcat\$(\d+)\$/g;

/**
 * A template's text (or what the compiler made of it) with every token
 * replaced by its value; a `lines` value is indented as its token's line
 * is. `undefined` when a token has no value (not errcat's template).
 */
export function filledTemplate(text: string, values: readonly SlotValue[]): string | undefined {
  let missing = false;
  const filled = text.replace(TOKEN, (_token, literal?: string, doc?: string, bare?: string, offset?: number) => {
    const value = values[Number(literal ?? doc ?? bare)];
    if (value === undefined) {
      missing = true;
      return '';
    }
    if (typeof value === 'string') return value;
    const lineStart = text.lastIndexOf('\n', offset! - 1) + 1;
    const indent = text.slice(lineStart, offset);
    return /^ *$/.test(indent) ? value.join(`,\n${indent}`) : ((missing = true), '');
  });
  return missing ? undefined : filled;
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

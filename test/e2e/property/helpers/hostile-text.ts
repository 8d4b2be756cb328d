import fc from 'fast-check';

/**
 * Texts chosen to break generated code and documents: comment and template
 * terminators, quotes and backslashes, HTML, Handlebars, Markdown and YAML
 * syntax, every kind of line break, control and bidirectional characters,
 * emoji and other astral characters, JavaScript property names, and `String.replace`
 * patterns. Lone surrogates are left out: no YAML or JSON file can carry them.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  // Comments, template literals, quotes, backslashes
  '*/', '/*', '*/ alert(1) /*', '/** @type {x} */', '${x}', '`${x}`', '`', '```', "'", '"', "'\"", '\\', '\\u0041', '\\n', '\\\\', '\\`', '\\|',
  // HTML, Handlebars, Markdown
  '</script><script>alert(1)</script>', '<b>bold</b>', '<br>', '<br/>', '</a>', '<a id="x">', '<!--', '-->', ']]>', '&amp;', '&#x41;', '&lt;', '&',
  '|', 'a | b', '||', '{{ x }}', '{{{x}}}', '{{#each x}}', '{{/if}}', '# heading', '## h2', '- item', '+ item', '1. item', '2) item', '> quote',
  '**bold**', '*em*', '_em_', '__x__', '~~del~~', '[link](https://example.com)', '![img](x)', '[x]', '<https://example.com>', 'https://example.com',
  '    indented code', '---', '===', '***', ':emoji:', '[^1]', '- [ ] task',
  // Line breaks, whitespace, controls, bidirectional overrides
  '\n', 'line\nbreak', 'crlf\r\nbreak', 'cr\ronly', 'two\n\nparagraphs', '\u2028', 'ls\u2028ps\u2029', '\u202eevil', 'rtl \u202e\u2066x\u2069', '\u200b', '\u200d',
  '\t', 'tab\there', ' ', '  leading', 'trailing  ', '\u00a0', '\u3000',
  '\u0000', 'nul\u0000x', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b[31m', '\u007f', '\u0085', '\u009b', '\ufeff', 'bom\ufeff', '\ufffd', '\ufffe', '\uffff',
  // Astral characters and other scripts
  '😀', '👩‍👩‍👧', '🇵🇱', '𝔘𝔫𝔦', 'é', 'e\u0301', 'Zażółć gęślą jaźń', 'Привет', 'مرحبا', 'שלום', '日本語', '\u{10ffff}',
  // YAML scalars that are not strings in some schema
  'null', 'Null', '~', 'true', 'False', 'no', 'yes', 'on', 'off', 'y', '0', '-1', '007', '1e3', '0x1F', '0o17', '0b11', '.inf', '-.Inf', '.nan', '2001-12-14',
  '1_000', '+12', '12:30', '<<', '&a', '*a', '!tag', '!!binary', '? x', '%YAML 1.2', '...', ': x', 'a: b', 'a #b', '#', '@', '@param x', '@deprecated',
  '- a\n- b', '{a: 1}', '[1, 2]', '"quoted"', "'single'",
  // JavaScript property names and replacement patterns
  'constructor', '__proto__', 'toString', 'hasOwnProperty', 'prototype', 'valueOf', '$', '$$', '$&', "$'", '$`', '$1',
];

const LONE_SURROGATE = /\p{Cs}/u;

/** A text of at least one code point and at most `max`, with no lone surrogate. */
function bounded(arbitrary: fc.Arbitrary<string>, max: number): fc.Arbitrary<string> {
  return arbitrary.filter((s) => s.length > 0 && [...s].length <= max && !LONE_SURROGATE.test(s));
}

/** A hostile text: one of the list, several of them joined, or random Unicode (graphemes or any code point). */
export function hostileText(max = 200): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }) },
  );
  return bounded(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
      { weight: 4, arbitrary: fc.array(piece, { minLength: 2, maxLength: 4 }).map((parts) => parts.join(' ')) },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
      { weight: 1, arbitrary: fc.constantFrom('Invalid phone number', 'Not enough funds', 'Message not found', 'OK') },
    ),
    max,
  );
}

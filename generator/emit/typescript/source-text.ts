import CodeBlockWriter from 'code-block-writer';

/**
 * ts-morph's code-block writer with the fixed settings errcat's ts-morph
 * project had (two-space indent, LF, single quotes for the writer's own
 * quoting), so output never depends on a machine's settings. Taken from its
 * package, as ts-morph's `Project.createWriter()` makes it, so that writing
 * a module does not load the TypeScript compiler ts-morph carries.
 */
function fixedWriter(): CodeBlockWriter {
  return new CodeBlockWriter({ newLine: '\n', indentNumberOfSpaces: 2, useTabs: false, useSingleQuote: true });
}

/**
 * The text of a TypeScript source file written in one pass by ts-morph's
 * code-block writer. ts-morph's structure API (`addEnum` with many members)
 * goes quadratic on large catalogs, so bodies are written, not built node by
 * node; and the text is taken from the writer as it is, not parsed into a
 * source file and read back (the same text, which the compiler parses anyway
 * when it transpiles it).
 */
export function sourceFileText(write: (writer: CodeBlockWriter) => void): string {
  const writer = fixedWriter();
  write(writer);
  const text = writer.toString();
  return text.endsWith('\n') ? text : text + '\n';
}

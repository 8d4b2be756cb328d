import type { CodeBlockWriter, Project } from 'ts-morph';
import { tsMorph } from './ts-morph-module.ts';

let project: Project | undefined;

/** One in-memory ts-morph project with fixed formatting, so output never depends on a machine's settings. */
function inMemoryProject(): Project {
  project ??= new tsMorph.Project({
    useInMemoryFileSystem: true,
    manipulationSettings: {
      indentationText: tsMorph.IndentationText.TwoSpaces,
      newLineKind: tsMorph.NewLineKind.LineFeed,
      quoteKind: tsMorph.QuoteKind.Single,
      useTrailingCommas: true,
    },
  });
  return project;
}

/**
 * The text of a TypeScript source file written in one pass by ts-morph's
 * code-block writer, with the project's fixed settings. ts-morph's structure
 * API (`addEnum` with many members) goes quadratic on large catalogs, so
 * bodies are written, not built node by node; and the text is taken from the
 * writer as it is, not parsed into a source file and read back (the same
 * text, which the compiler parses anyway when it transpiles it).
 */
export function sourceFileText(write: (writer: CodeBlockWriter) => void): string {
  const writer = inMemoryProject().createWriter();
  write(writer);
  const text = writer.toString();
  return text.endsWith('\n') ? text : text + '\n';
}

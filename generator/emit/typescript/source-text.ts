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
 * The text of a TypeScript source file written in one pass by a code-block
 * writer. ts-morph's structure API (`addEnum` with many members) goes quadratic
 * on large catalogs, so bodies are written, not built node by node; the source
 * file is created once from the writer and read back.
 */
export function sourceFileText(path: string, write: (writer: CodeBlockWriter) => void): string {
  const file = inMemoryProject().createSourceFile(path, write, { overwrite: true });
  const text = file.getFullText();
  // Keep the project from growing with every file of a large run.
  file.forget();
  return text.endsWith('\n') ? text : text + '\n';
}

import ts from 'typescript';
import type { GeneratedFile } from '../../../../generator/emit/generated-file.ts';

/**
 * Type-checks generated packages in memory: one `ts.Program` over every
 * `src/*.ts` and `dist/*.d.ts` of core and the providers, with a compiler host
 * that serves them from memory and the standard library from disk. Library
 * files are parsed once per process and shared by every program, which is
 * what makes one program per case affordable.
 */

const ROOT = '/errcat-property/';

/** The strictest consumer: `--strict` and the checks beyond it, no DOM and no node types, only the language. */
export const STRICT_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noPropertyAccessFromIndexSignature: true,
  verbatimModuleSyntax: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  skipLibCheck: false,
  types: [],
  lib: ['lib.es2022.d.ts'],
};

const libraryFiles = new Map<string, ts.SourceFile | undefined>();

/** Diagnostics of the generated TypeScript, as `path:line:col message`; empty when it compiles. `extra` adds or overrides compiler options. */
export function typeCheck(files: readonly GeneratedFile[], scope: string, extra: ts.CompilerOptions = {}): string[] {
  const sources = new Map(
    files.filter((f) => /^[^/]+\/(src\/[^/]+\.ts|dist\/[^/]+\.d\.ts)$/.test(f.path)).map((f) => [ROOT + f.path, f.content]),
  );
  const options: ts.CompilerOptions = { ...STRICT_OPTIONS, ...extra, paths: { [`${scope}/core`]: [`${ROOT}core/src/index.ts`] } };
  const host = ts.createCompilerHost(options, true);
  const onDisk = { getSourceFile: host.getSourceFile.bind(host), fileExists: host.fileExists.bind(host), readFile: host.readFile.bind(host) };
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = sources.get(fileName);
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    if (!libraryFiles.has(fileName)) libraryFiles.set(fileName, onDisk.getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return libraryFiles.get(fileName);
  };
  host.fileExists = (fileName) => sources.has(fileName) || (!fileName.startsWith(ROOT) && onDisk.fileExists(fileName));
  host.readFile = (fileName) => sources.get(fileName) ?? (fileName.startsWith(ROOT) ? undefined : onDisk.readFile(fileName));
  host.directoryExists = (name) => name.startsWith(ROOT) ? [...sources.keys()].some((k) => k.startsWith(name.endsWith('/') ? name : name + '/')) : ts.sys.directoryExists(name);
  host.getCurrentDirectory = () => ROOT;
  host.writeFile = () => {
    throw new Error('the type-check writes nothing');
  };
  const program = ts.createProgram([...sources.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    if (!d.file || d.start === undefined) return message;
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    return `${d.file.fileName.slice(ROOT.length)}:${line + 1}:${character + 1} ${message}`;
  });
}

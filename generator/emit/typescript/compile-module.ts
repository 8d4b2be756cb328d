import type { ts as TsApi } from 'ts-morph';
import { CompileError } from './compile-error.ts';
import { pureEnums } from './pure-enums.ts';
import { withoutDocComments } from './without-doc-comments.ts';
import { compilerIdentity, typeScript } from './ts-morph-module.ts';
import { precompiledModule } from '../../load/precompiled-modules.ts';
import type { CompiledModule } from '../../vocabulary/compiled-module.ts';
import { replaceInvisibleCharacters, utf16Escapes } from '../../vocabulary/invisible-characters.ts';

/**
 * JavaScript without JSDoc (`withoutDocComments`): it is in the `.d.ts`
 * beside it, which is what editors show, and in `src/`. Other comments stay:
 * the pure annotations bundlers need. The notice at the top is the emitter's
 * to add when the compiler drops it. Made on first compile, with the compiler.
 */
function jsOptions(ts: typeof TsApi): TsApi.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    verbatimModuleSyntax: true,
    newLine: ts.NewLineKind.LineFeed,
    removeComments: false,
  };
}

/**
 * Compiles one module in isolation: `transpileModule` for JavaScript and
 * `transpileDeclaration` (isolated declarations) for `.d.ts`. Both work file by
 * file with no program or type checker, which keeps generation linear in the
 * number of entries; the generated code annotates every export so that
 * isolated declarations are exact. Type-checking is the tests' job. Enums
 * come out as pure expressions, so bundlers drop the unused ones (`pure-enums.ts`).
 *
 * What the build compiled ahead of time for the same source (core's runtime,
 * the templates of the module structures it knows) is taken instead, and the
 * compiler is then never loaded. The path only names the module in a
 * compile error: a `.ts` module compiles to the same text wherever it is.
 */
export function compileModule(path: string, source: string): CompiledModule {
  const known = compiled.get(source) ?? precompiledModule(source, compilerIdentity);
  if (known) return known;
  const started = performance.now();
  const result = compileNow(path, source);
  work.modules++;
  work.seconds += (performance.now() - started) / 1000;
  if (source.length <= MAX_REMEMBERED_CHARS) {
    if (compiled.size >= MAX_REMEMBERED) compiled.clear(); // a long-lived process (tests) starts over rather than grow
    compiled.set(source, result);
  }
  return result;
}

/**
 * Small modules compiled before in this process, by source: a watch run
 * compiles core's runtime and the catalogs that did not change once, not on
 * every save. Large ones are not kept (memory), nor needed: a catalog large
 * enough is one that changed.
 */
const compiled = new Map<string, CompiledModule>();
const MAX_REMEMBERED_CHARS = 256 * 1024;
const MAX_REMEMBERED = 1024;

const work = { modules: 0, seconds: 0 };

/**
 * What compiling has cost this process so far: the modules compiled (found
 * neither precompiled nor remembered) and the seconds it took, loading the
 * compiler included. `--timings` shows it, so that a run slowed by a module
 * structure the build did not compile says so.
 */
export function compilerWork(): { modules: number; seconds: number } {
  return { ...work };
}

/** The sources this process has compiled and remembers (small ones), in order: what the build precompiles. */
export function compiledSources(): string[] {
  return [...compiled.keys()];
}

function compileNow(path: string, source: string): CompiledModule {
  const ts = typeScript();
  const js = jsOptions(ts);
  const declarations: TsApi.CompilerOptions = { ...js, declaration: true, isolatedDeclarations: true };
  const jsOut = ts.transpileModule(source, { compilerOptions: js, fileName: path, reportDiagnostics: true, transformers: { before: [withoutDocComments], after: [pureEnums] } });
  const dtsOut = ts.transpileDeclaration(source, { compilerOptions: declarations, fileName: path, reportDiagnostics: true });
  const problems = [...(jsOut.diagnostics ?? []), ...(dtsOut.diagnostics ?? [])].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
  if (problems.length > 0) throw new CompileError(path, problems);
  return { js: withEscapes(withoutSourceMapComment(jsOut.outputText)), dts: withEscapes(withoutSourceMapComment(dtsOut.outputText)) };
}

/**
 * The printer keeps a string literal's escapes as the source wrote them, but
 * prints some literals anew from their value (a string enum's members, a
 * constant's type), escaping only what it must: DEL (U+007F) comes out raw.
 * Only literals can hold such a character (errcat's comments and names hold
 * none), and a `\u` escape means the same character in a string, template or
 * regular expression literal, so each is written as one; line feeds are the
 * printer's layout.
 */
function withEscapes(text: string): string {
  return replaceInvisibleCharacters(text, utf16Escapes, { keepLineFeeds: true });
}

function withoutSourceMapComment(text: string): string {
  return text.replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n');
}

import { CompileError } from './compile-error.ts';
import { compileModule } from './compile-module.ts';
import type { CompiledModule } from '../../vocabulary/compiled-module.ts';
import { filledTemplate, type TemplatedSource } from './module-template.ts';

/**
 * A module compiled through its template: the template is compiled (once per
 * structure, or taken from what the build compiled ahead of time) and the
 * JavaScript and declarations are filled with the module's own texts. The
 * compiler copies a name, a literal and a comment as written, so filling
 * after compiling gives what compiling the filled source gives; a test holds
 * the two byte-identical over every catalog it has.
 *
 * Slower and never wrong otherwise: when the template does not fill back to
 * the source exactly, or its compiled text lost a token's surroundings, the
 * source itself is compiled.
 */
export function compiledTemplate(path: string, templated: TemplatedSource): CompiledModule {
  const { source, template, values } = templated;
  if (filledTemplate(template, values) === source) {
    const compiled = compiledOrUndefined(path, template);
    const js = compiled && filledTemplate(compiled.js, values);
    const dts = compiled && filledTemplate(compiled.dts, values);
    if (js !== undefined && dts !== undefined) return { js, dts };
  }
  return compileModule(path, source);
}

/** A template that does not compile is left to the source's compile, which names what is wrong in the module itself. */
function compiledOrUndefined(path: string, template: string): CompiledModule | undefined {
  try {
    return compileModule(path, template);
  } catch (error) {
    if (error instanceof CompileError) return undefined;
    throw error;
  }
}

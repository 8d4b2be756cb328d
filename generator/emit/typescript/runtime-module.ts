import type { RuntimeSource } from '../../load/runtime-sources.ts';
import { slashHeader } from '../file-header.ts';
import { compileModule } from './compile-module.ts';
import type { CompiledModule } from '../../vocabulary/compiled-module.ts';

/** One hand-written module of core's runtime as core's package carries it. */
export interface RuntimeModule {
  /** Module name in `core/src/` and `core/dist/`, without extension (`classify`). */
  name: string;
  /** The notice naming the runtime file it was copied from. */
  header: string;
  /** `src/<name>.ts`: the notice, then the source as written. */
  source: string;
}

/** The runtime module copied as written, behind a notice naming where it came from. */
export function runtimeModule(runtime: RuntimeSource): RuntimeModule {
  const header = slashHeader([runtime.label]);
  return { name: runtime.name.slice(0, -'.ts'.length), header, source: header + '\n' + runtime.text };
}

/**
 * Compiles a runtime module as the emitter does. The one place that says how,
 * for both the emitter and the build that precompiles the runtime into
 * `dist/`: the two cannot drift apart.
 */
export function compileRuntimeModule(module: RuntimeModule): CompiledModule {
  return compileModule(`core/src/${module.name}.ts`, module.source);
}

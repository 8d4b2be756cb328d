/** JavaScript and declarations compiled from one TypeScript module: what the emitter compiles, and what the build compiled ahead of time. */
export interface CompiledModule {
  js: string;
  dts: string;
}

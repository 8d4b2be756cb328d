/**
 * Which files of each generated TypeScript module a project wants (`targets`
 * in errcat.config.json, `--targets` on the command line), in the spirit of
 * protobuf-es's `target=ts|js|dts`: `ts` the source under `src/`, `js` the
 * ESM JavaScript and `dts` its declarations under `dist/`.
 */
export type ModuleTarget = 'ts' | 'js' | 'dts';

/** Every target, in the order they are listed and written: also the default, the packages as errcat has always made them. */
export const MODULE_TARGETS: readonly ModuleTarget[] = ['ts', 'js', 'dts'];

/** What each target gives a monorepo, for help and error messages. */
export const TARGET_MEANINGS: Readonly<Record<ModuleTarget, string>> = {
  ts: 'the TypeScript source, src/*.ts',
  js: 'the ESM JavaScript, dist/*.js',
  dts: 'its declarations, dist/*.d.ts',
};

/**
 * Why a list of targets makes no usable package, or undefined when it does:
 * a package needs code to import (`ts` or `js`), and declarations describe
 * the JavaScript, so `dts` comes with `js` (with `ts` alone, the source is its
 * own declarations). Unknown names and repeats are the caller's to refuse
 * (the config schema, `parsedTargets`).
 */
export function targetsProblem(targets: readonly ModuleTarget[]): string | undefined {
  if (targets.length === 0) return 'name at least one of `ts`, `js`, `dts`';
  if (targets.includes('dts') && !targets.includes('js')) {
    return targets.includes('ts')
      ? '`dts` describes the JavaScript, so it needs `js`; with `ts` alone the source is its own declarations: use `ts`, or `ts,js,dts`'
      : '`dts` describes the JavaScript, so it needs `js`: use `js,dts`';
  }
  return undefined;
}

/** The targets in their canonical order (`MODULE_TARGETS`), so `js,ts` and `ts,js` make, and cache, the same output. */
export function orderedTargets(targets: Iterable<ModuleTarget>): ModuleTarget[] {
  const wanted = new Set(targets);
  return MODULE_TARGETS.filter((t) => wanted.has(t));
}

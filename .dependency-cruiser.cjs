// The pipeline's one-way structure, checked by `npm run lint:imports` (part of `npm test`).
// Each stage may import only itself and the stages before it; shared vocabulary
// (diagnostics, errors, names, the taxonomy, the extends chain) sits in leaf
// modules that import no stage. Order as in the README's "How it works".
const STAGES = [
  'types',       // catalog types derived from the JSON Schema
  'vocabulary',  // leaf modules every stage may use
  'load',        // YAML/JSON with source positions, from a folder, a file or a git ref
  'validate',    // JSON Schema, then semantic rules
  'model',       // inheritance resolved, defaults applied, names derived, sorted once
  'changes',     // the named rules that classify catalog changes
  'release',     // package versions from the previous output and the change rules
  'emit',        // pure emitters: model in, files out
  'write',       // the only code that touches the output folder
  'cache',       // what produced the output: the inputs of a run, hashed, and which output units need no new generation
  'diff',        // `errcat diff`: reports over two models
  'sources',     // this repository's check of the catalogs against the provider documents
  'pipeline',    // generator/pipeline.ts and generator/release-garbage.ts: the stages in order
  'cli',         // the errcat command
  'maintenance', // this repository's own commands (types, check-sources)
];

/** Path pattern of a stage: a folder under generator/, or the top-level pipeline files. */
const pathOf = (stage) => (stage === 'pipeline' ? '^generator/(pipeline|release-garbage)\\.ts$' : `^generator/${stage}/`);

module.exports = {
  forbidden: [
    ...STAGES.flatMap((stage, i) =>
      STAGES.slice(i + 1).map((later) => ({
        name: `${stage}-not-to-${later}`,
        comment: `${stage} comes before ${later} in the pipeline: it may not import it`,
        severity: 'error',
        from: { path: pathOf(stage) },
        to: { path: pathOf(later) },
      })),
    ),
    {
      name: 'emitters-independent',
      comment: 'emitters share through the model, not through each other (emit/<target>/ imports no other target)',
      severity: 'error',
      from: { path: '^generator/emit/(typescript|openapi|markdown)/' },
      to: { path: '^generator/emit/(typescript|openapi|markdown)/', pathNot: '^generator/emit/$1/' },
    },
    {
      name: 'emitters-independent-root',
      comment: 'the single-file emitters (package.json, catalog.json) take nothing from the other targets either; only the table (emitters.ts) imports them all',
      severity: 'error',
      from: { path: '^generator/emit/[^/]+\\.ts$', pathNot: '^generator/emit/emitters\\.ts$' },
      to: { path: '^generator/emit/(typescript|openapi|markdown)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^generator/' },
      to: { circular: true },
    },
    {
      name: 'generator-not-to-tests',
      severity: 'error',
      from: { path: '^generator/' },
      to: { path: '^(test|bench)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)node_modules/' },
  },
};

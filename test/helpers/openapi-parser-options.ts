import type { ParserOptions } from '@readme/openapi-parser';

/**
 * The options of every @readme/openapi-parser call in the tests: resolve the
 * document's own `#/...` references, never an external one. By default the
 * parser follows a `$ref` to any URL or file, even inside example values, so
 * a catalog's example made the suite fetch a URL, inline `/etc/passwd` and
 * read `/dev/zero`. Validation now refuses such examples; this makes sure a
 * test never resolves a reference it did not make (test/security/example-refs.test.ts
 * checks every call passes it).
 */
export const OFFLINE: ParserOptions = { resolve: { external: false } };

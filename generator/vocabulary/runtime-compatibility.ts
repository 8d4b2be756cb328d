/**
 * The compatibility level of core's runtime (`runtime/core/`). Raise it with
 * any change to the runtime that breaks code using it (a removed or renamed
 * export, a field whose meaning changed): the next `errcat generate` then
 * gives the core package a major version. Any other change to the runtime's
 * source is a minor version (core's release record keeps a digest of it).
 *
 * 2: results carry the documented `code` (the wire's is `wireCode`), parsers
 * read several wire shapes (`parseAll`), `toProblem` takes its status from
 * the category.
 */
export const RUNTIME_COMPATIBILITY = 2;

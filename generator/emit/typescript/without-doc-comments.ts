import type { ts as TsApi } from 'ts-morph';
import { typeScript } from './ts-morph-module.ts';

/**
 * A transformer, run before TypeScript's own, that leaves JSDoc out of the
 * JavaScript: editors read it from the `.d.ts` beside it, and repeated in
 * `dist/*.js` it was a third of the bytes errcat wrote. Every other comment
 * stays, above all the `/* @__PURE__ *\/` annotations bundlers need (the
 * compiler's `removeComments` would drop those too). An enum member's JSDoc,
 * which the compiler copies onto the assignment it makes of the member, is
 * left out where `pureEnums` rewrites the enum.
 */
export const withoutDocComments: TsApi.TransformerFactory<TsApi.SourceFile> = (context) => (file) => {
  const ts = typeScript();
  const visit = (node: TsApi.Node): TsApi.Node => {
    // Nodes of the source carry no emit flags before the compiler's own transforms: setting the flag loses none.
    if (ts.getJSDocCommentsAndTags(node).length > 0) ts.setEmitFlags(node, ts.EmitFlags.NoLeadingComments);
    return ts.visitEachChild(node, visit, context);
  };
  return ts.visitEachChild(file, visit, context);
};

import type { ts as TsApi } from 'ts-morph';
import { typeScript } from './ts-morph-module.ts';

/**
 * A transformer, run after TypeScript's own, that makes each compiled `enum`
 * one pure expression a bundler can drop when nothing uses it. TypeScript
 * compiles `export enum E { A = 1 }` to a declaration and a call that fills it:
 *
 *     export var E;
 *     (function (E) { E[E["A"] = 1] = "A"; })(E || (E = {}));
 *
 * The call is a statement with a side effect (it assigns `E`), so esbuild,
 * Rollup and webpack keep every enum of a module once the module is reached.
 * This rewrites the pair as the declaration's initializer, marked pure:
 *
 *     export var E = /* @__PURE__ *\/ (function (E) { E[E["A"] = 1] = "A"; return E; })({});
 *
 * which fills the same object (a generated module declares each enum once, so
 * there is no earlier `E` to merge with) and is what esbuild emits for an
 * enum it compiles itself. Anything else passes through unchanged.
 */
export const pureEnums: TsApi.TransformerFactory<TsApi.SourceFile> = (context) => (file) => {
  const ts = typeScript();
  const f = context.factory;
  const statements: TsApi.Statement[] = [];
  const all = file.statements;
  for (let i = 0; i < all.length; i++) {
    const declaration = all[i]!;
    const name = enumDeclarationName(declaration);
    const fill = name === undefined ? undefined : enumFill(all[i + 1], name);
    if (name === undefined || fill === undefined || !ts.isVariableStatement(declaration)) {
      statements.push(declaration);
      continue;
    }
    // The parameter is a name the compiler generated (printed `E`, or `E_1` where `E` is taken inside): return that one.
    const param = fill.parameters[0]!.name as TsApi.Identifier;
    // Each member's assignment carries the member's JSDoc; the declarations have it (without-doc-comments.ts).
    const members = fill.body.statements.map((statement) => ts.setEmitFlags(statement, ts.EmitFlags.NoLeadingComments));
    const body = f.updateBlock(fill.body, [...members, f.createReturnStatement(param)]);
    const fn = f.updateFunctionExpression(fill, fill.modifiers, fill.asteriskToken, fill.name, fill.typeParameters, fill.parameters, fill.type, body);
    const call = f.createCallExpression(f.createParenthesizedExpression(fn), undefined, [f.createObjectLiteralExpression()]);
    ts.addSyntheticLeadingComment(call, ts.SyntaxKind.MultiLineCommentTrivia, ' @__PURE__ ', false);
    const variable = f.createVariableDeclaration(name, undefined, undefined, call);
    const list = f.updateVariableDeclarationList(declaration.declarationList, [variable]);
    statements.push(ts.setTextRange(f.updateVariableStatement(declaration, declaration.modifiers, list), declaration));
    i++;
  }
  return f.updateSourceFile(file, statements);
};

/** `var E;` (exported or not): the name, when the statement declares one variable and no value. */
function enumDeclarationName(statement: TsApi.Statement): string | undefined {
  const ts = typeScript();
  if (!ts.isVariableStatement(statement)) return undefined;
  const [only, ...rest] = statement.declarationList.declarations;
  if (only === undefined || rest.length > 0 || only.initializer !== undefined || !ts.isIdentifier(only.name)) return undefined;
  return only.name.text;
}

/** `(function (E) { ... })(E || (E = {}));` for that name: the function, or undefined. */
function enumFill(statement: TsApi.Statement | undefined, name: string): TsApi.FunctionExpression | undefined {
  const ts = typeScript();
  if (statement === undefined || !ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return undefined;
  const call = statement.expression;
  const callee = ts.isParenthesizedExpression(call.expression) ? call.expression.expression : undefined;
  if (callee === undefined || !ts.isFunctionExpression(callee)) return undefined;
  const [param] = callee.parameters;
  if (callee.parameters.length !== 1 || param === undefined || !ts.isIdentifier(param.name)) return undefined;
  const [arg] = call.arguments;
  if (call.arguments.length !== 1 || arg === undefined || !ts.isBinaryExpression(arg) || arg.operatorToken.kind !== ts.SyntaxKind.BarBarToken) return undefined;
  return ts.isIdentifier(arg.left) && arg.left.text === name ? callee : undefined;
}

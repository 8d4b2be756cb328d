import type { EnumStyle } from '../../model/model.ts';
import type { TaxonomyMember } from '../../vocabulary/taxonomy.ts';
import { docComment, stringLiteral } from './safe-text.ts';
import { sourceFileText } from './source-text.ts';
import { templatedSource, type TemplatedSource } from './module-template.ts';

/**
 * Source of core's `category.ts`: the taxonomy enum and its table, the only
 * part of the core package made from the schema. The rest of core is the
 * hand-written runtime in `runtime/core/`, which imports this module; the
 * repository keeps this module's output there too (`npm run types`, in the
 * `enum` style), so the runtime type-checks on its own.
 *
 * `Category` is declared in the project's enum style: a TypeScript enum, or a
 * frozen object and the union of its values, with the same members either
 * way. The table names categories by value (`"success" as Category`), never
 * `Category.SUCCESS`, so a bundle that keeps `Category` need not keep the table.
 */
export function categoryModuleSource(taxonomy: readonly TaxonomyMember[], header: string, style: EnumStyle): string {
  return sourceFileText((w) => {
    w.write(header).blankLine();
    w.writeLine(`import type { CategoryInfo } from "./category-info.js";`).blankLine();
    const doc = docComment(['What an error means for an application, whichever provider said it (the errcat taxonomy).']);
    const members = () => {
      for (const member of taxonomy) {
        w.writeLine(
          docComment([
            member.description,
            '',
            `Retryable by default: ${member.retryableByDefault ? 'yes' : 'no'}. Safe to resend without an idempotency key: ${member.resendableByDefault ? 'yes' : 'no'}.`,
            `Who must act: ${member.actor.replace('_', ' ')}. Another provider may succeed: ${member.failover ? 'yes' : 'no'}.`,
          ]),
        );
        w.writeLine(`${member.member}${style === 'const' ? ':' : ' ='} ${stringLiteral(member.id)},`);
      }
    };
    if (style === 'const') {
      // Not exported: the object's type, which isolated declarations can read from the literal.
      w.writeLine('const members = {');
      w.indent(members);
      w.writeLine('} as const;').blankLine();
      w.writeLine(doc);
      w.writeLine('export const Category: typeof members = /* @__PURE__ */ Object.freeze(members);').blankLine();
      w.writeLine(docComment(['A category: one of the values of Category.']));
      w.writeLine('export type Category = (typeof Category)[keyof typeof Category];');
    } else {
      w.writeLine(doc);
      w.write('export enum Category').block(members);
    }
    w.blankLine();
    w.writeLine(docComment(['Every category with its description, retry and resend defaults, who must act and whether failover may help, in taxonomy order.']));
    w.write('export const CATEGORIES: readonly CategoryInfo[] = [').newLine();
    w.indent(() => {
      for (const member of taxonomy) {
        const category = stringLiteral(member.id);
        w.writeLine(
          `{ category: ${style === 'const' ? category : `${category} as Category`}, description: ${stringLiteral(member.description)}, retryableByDefault: ${member.retryableByDefault}, ` +
            `resendableByDefault: ${member.resendableByDefault}, actor: ${stringLiteral(member.actor)}, failover: ${member.failover} },`,
        );
      }
    });
    w.writeLine('];');
  });
}

/** Core's `category.ts` with its template: only the notice varies (it names the catalogs), the taxonomy is errcat's. */
export function categoryModule(taxonomy: readonly TaxonomyMember[], header: string, style: EnumStyle): TemplatedSource {
  return templatedSource((slots) => categoryModuleSource(taxonomy, slots.header(header), style));
}

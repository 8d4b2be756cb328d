import type { TaxonomyMember } from '../../vocabulary/taxonomy.ts';
import { docComment, stringLiteral } from './safe-text.ts';
import { sourceFileText } from './source-text.ts';

/**
 * Source of core's `category.ts`: the taxonomy enum and its table, the only
 * part of the core package made from the schema. The rest of core is the
 * hand-written runtime in `runtime/core/`, which imports this module; the
 * repository keeps this module's output there too (`npm run types`), so the
 * runtime type-checks on its own.
 */
export function categoryModuleSource(taxonomy: readonly TaxonomyMember[], header: string): string {
  return sourceFileText('core/src/category.ts', (w) => {
    w.write(header).blankLine();
    w.writeLine(`import type { CategoryInfo } from './category-info.js';`).blankLine();
    w.writeLine(docComment(['What an error means for an application, whichever provider said it (the errcat taxonomy).']));
    w.write('export enum Category').block(() => {
      for (const member of taxonomy) {
        w.writeLine(
          docComment([
            member.description,
            '',
            `Retryable by default: ${member.retryableByDefault ? 'yes' : 'no'}. Safe to resend without an idempotency key: ${member.resendableByDefault ? 'yes' : 'no'}.`,
            `Who must act: ${member.actor.replace('_', ' ')}. Another provider may succeed: ${member.failover ? 'yes' : 'no'}.`,
          ]),
        );
        w.writeLine(`${member.member} = ${stringLiteral(member.id)},`);
      }
    });
    w.blankLine();
    w.writeLine(docComment(['Every category with its description, retry and resend defaults, who must act and whether failover may help, in taxonomy order.']));
    w.write('export const CATEGORIES: readonly CategoryInfo[] = [').newLine();
    w.indent(() => {
      for (const member of taxonomy) {
        w.writeLine(
          `{ category: Category.${member.member}, description: ${stringLiteral(member.description)}, retryableByDefault: ${member.retryableByDefault}, ` +
            `resendableByDefault: ${member.resendableByDefault}, actor: ${stringLiteral(member.actor)}, failover: ${member.failover} },`,
        );
      }
    });
    w.writeLine('];');
  });
}

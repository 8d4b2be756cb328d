import { chainOf } from '../../vocabulary/extends-chain.ts';
import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import type { WireShape } from '../../types/catalog.ts';
import { problemAt, type SchemaValidCatalog, type SemanticRule } from './rule.ts';
import { patternProblem } from './safe-pattern.ts';
import { patternReads } from '../../vocabulary/pattern-groups.ts';

const JSON_ONLY = ['items', 'code', 'message', 'type', 'details'] as const;

/**
 * The further wire shapes are well formed: ids unique (and not `body`, the
 * main shape's); a `json` shape names a code or message field and no
 * pattern; a `text` shape has a safe pattern with a `code` or `message`
 * group and no pointers; `text` examples are strings. And every catalog's
 * `match` names shapes the wire of each provider using the catalog has, with
 * a field to read in each.
 */
export const wireShapes: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  const byId = new Map(catalogs.map((c) => [c.file.provider.id, c]));
  for (const c of catalogs) {
    const seen = new Set<string>(['body']);
    (c.file.wire?.shapes ?? []).forEach((shape, i) => {
      const at = `/wire/shapes/${i}`;
      if (seen.has(shape.id)) out.push(problemAt(c, `${at}/id`, `shape id \`${shape.id}\` is ${shape.id === 'body' ? 'the main shape\'s (`wire.body`)' : 'used twice'}; give each shape its own id`));
      seen.add(shape.id);
      out.push(...shapeProblems(c, shape, at));
    });
    const chain = chainOf(c, byId);
    const wire = chain.map((link) => link.file).find((f) => f.wire !== undefined)?.wire;
    if (!wire) continue;
    const shapes = new Map<string, Pick<WireShape, 'format' | 'code' | 'message' | 'pattern'>>([['body', { format: 'json', ...wire.body }], ...(wire.shapes ?? []).map((s) => [s.id, s] as const)]);
    // Catalogs inherited from an ancestor are checked against this provider's wire too: a white-label copy may replace it.
    for (const link of chain) {
      (link.file.catalogs ?? []).forEach((catalog, ci) => {
        (catalog.match ?? []).forEach((target, ti) => {
          const own = link === c;
          const at = own ? `/catalogs/${ci}/match/${ti}` : '/provider/extends';
          const where = own ? '' : ` (catalog \`${catalog.id}\` of ${link.file.provider.id})`;
          if (catalog.kind !== 'error-code' && catalog.kind !== 'error-message') {
            out.push(problemAt(c, at, `\`match\` is for \`error-code\` and \`error-message\` catalogs; a \`${catalog.kind}\` catalog is not matched on the body${where}`));
            return;
          }
          const shape = shapes.get(target.shape);
          if (!shape) {
            out.push(problemAt(c, own ? `${at}/shape` : at, `no wire shape \`${target.shape}\`${where}; the wire has ${[...shapes.keys()].map((id) => `\`${id}\``).join(', ')}`));
            return;
          }
          const field = catalog.kind === 'error-code' ? 'code' : 'message';
          if (shape.format === 'text') {
            if (target.pointer !== undefined) out.push(problemAt(c, own ? `${at}/pointer` : at, `shape \`${target.shape}\` is plain text: it is read through its pattern's \`${field}\` group, not a pointer${where}`));
            else if (!patternReads(shape.pattern, field)) out.push(problemAt(c, at, `the pattern of shape \`${target.shape}\` has no \`(?<${field}>...)\` group to match on${where}`));
          } else if (target.pointer === undefined && !shape[field]) {
            out.push(problemAt(c, at, `shape \`${target.shape}\` has no \`${field}\` field; name one with \`pointer\`${where}`));
          }
        });
      });
    }
  }
  return out;
};

function shapeProblems(c: SchemaValidCatalog, shape: WireShape, at: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (shape.format === 'json') {
    if (shape.pattern !== undefined) out.push(problemAt(c, `${at}/pattern`, 'a `json` shape is read with pointers; `pattern` is for `text` shapes'));
    if (!shape.code && !shape.message) out.push(problemAt(c, at, 'a `json` shape must name a `code` or a `message` field, or nothing could be read with it'));
    return out;
  }
  for (const field of JSON_ONLY) {
    if (shape[field] !== undefined) out.push(problemAt(c, `${at}/${field}`, `a \`text\` shape is read with its pattern; \`${field}\` is for \`json\` shapes`));
  }
  if (shape.pattern === undefined) out.push(problemAt(c, at, 'a `text` shape needs a `pattern` with a `(?<code>...)` or `(?<message>...)` group'));
  else {
    const problem = patternProblem(shape.pattern);
    if (problem) out.push(problemAt(c, `${at}/pattern`, problem));
  }
  shape.examples.forEach((example, i) => {
    if (typeof (example.value as unknown) !== 'string') out.push(problemAt(c, `${at}/examples/${i}/value`, 'an example of a `text` shape is the body as a string'));
  });
  return out;
}

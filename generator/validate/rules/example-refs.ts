import type { Diagnostic } from '../../vocabulary/diagnostic.ts';
import { escapePointerToken } from '../../vocabulary/json-pointer.ts';
import { problemAt, type SemanticRule } from './rule.ts';

/**
 * No `$ref` key anywhere in an example body. Examples are literal data, but
 * they are copied into `openapi.yaml`, where OpenAPI tools (dereferencers,
 * validators, code generators, documentation sites) read any `$ref` object
 * key as a reference and resolve it: a catalog in a pull request made the
 * test suite fetch a URL, inline `/etc/passwd` and read `/dev/zero`. An
 * example that needs the word can spell the key differently.
 *
 * Each distinct object is walked once (aliases share objects), so the walk
 * is linear in the document as loaded; its depth is bounded at load.
 */
export const exampleRefs: SemanticRule = (catalogs) => {
  const out: Diagnostic[] = [];
  for (const c of catalogs) {
    const seen = new Set<object>();
    const examples = [
      ...(c.file.wire?.body.examples ?? []).map((example, i) => ({ value: example.value as unknown, at: `/wire/body/examples/${i}/value` })),
      ...(c.file.wire?.shapes ?? []).flatMap((shape, s) => shape.examples.map((example, i) => ({ value: example.value as unknown, at: `/wire/shapes/${s}/examples/${i}/value` }))),
    ];
    examples.forEach((example) => {
      const stack: [unknown, string][] = [[example.value, example.at]];
      while (stack.length > 0) {
        const [value, pointer] = stack.pop()!;
        if (value === null || typeof value !== 'object' || seen.has(value)) continue;
        seen.add(value);
        const children = Object.entries(value);
        // Pushed last to first, so that problems come out in file order.
        for (let k = children.length - 1; k >= 0; k--) {
          const [key, child] = children[k]!;
          stack.push([child, `${pointer}/${escapePointerToken(key)}`]);
        }
        if (!Array.isArray(value) && Object.hasOwn(value, '$ref')) {
          out.push(
            problemAt(
              c,
              `${pointer}/$ref`,
              'an example body must not hold a `$ref` key: examples are copied into openapi.yaml, where tools resolve `$ref` as a reference (a URL or a file to read); spell the key differently',
              { key: true },
            ),
          );
        }
      }
    });
  }
  return out;
};

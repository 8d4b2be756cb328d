import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { CatalogFile } from '../../generator/types/catalog.ts';
import { generateFromTexts } from '../e2e/property/helpers/generate.ts';

/**
 * Editors render JSDoc as Markdown on hover (VS Code shows a member's comment
 * when the cursor rests on it), so a catalog text copied into a comment could
 * show a link to `javascript:` or load a tracking image from a URL of the
 * author's choosing. Comments must carry the text, never a link or an image:
 * each JSDoc comment of every generated module, read as Markdown, holds no
 * link, image, reference definition or raw HTML, no URL or `www.` that GFM
 * would autolink, and no character reference (which could decode to an
 * invisible character); and what it shows is the documented text itself.
 */

/** Texts that would render as a link, an image, HTML, an autolink or a character reference. */
const TEXTS = [
  '[click here](javascript:alert(1))',
  '![](http://tracker.example/pixel.gif?id=1)',
  '![alt][logo] and [ref]',
  '[logo]: https://tracker.example/logo.png',
  '<http://autolink.example/x>',
  '<mailto:someone@example.com>',
  'see http://raw.example/path and https://secure.example and ftp://files.example',
  'visit www.example.com today',
  'mail someone@example.com',
  '<img src="https://tracker.example/i.png">',
  '<a href="javascript:alert(1)">x</a>',
  '&#x202E;reversed &lt;b&gt; &amp;',
  'a backslash \\[not](escaped) \\\\[x](y)',
  'HTTP://UPPER.EXAMPLE and WWW.UPPER.EXAMPLE',
  'parameter &single=1 and a &amp; b',
];

function catalog(): CatalogFile {
  return {
    provider: { id: 'linky', name: '[Linky](javascript:alert(1)) ![x](http://t.example/p.gif)', description: TEXTS.join(' ') },
    wire: { body: { code: { pointer: '/code', encoding: 'integer' }, message: { pointer: '/message' } } },
    catalogs: [
      {
        id: 'codes',
        name: '[Codes](http://evil.example) <http://evil.example>',
        description: TEXTS.join(' '),
        kind: 'error-code',
        codeType: 'integer',
        sections: [
          {
            id: 'all',
            title: '[Section](http://evil.example)',
            entries: TEXTS.map((text, i) => ({
              key: `TEXT_${i}`,
              code: i + 1,
              text,
              summary: text,
              category: 'unknown',
              deprecated: { reason: text },
            })),
          },
        ],
      },
    ],
  };
}

/** The text of every JSDoc comment in a module: the lines between `/**` and `*\/`, without their leading `*`. */
function jsDocComments(source: string): string[] {
  return [...source.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) =>
    m[1]!
      .split('\n')
      .map((line) => line.replace(/^\s*\* ?/, ''))
      .join('\n')
      .trim(),
  );
}

function nodesOf(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? (node.children as Nodes[]).flatMap(nodesOf) : [])];
}

/** What a Markdown renderer would make active: links, images, definitions, HTML; and GFM's autolink literals. */
function activeParts(comment: string): string[] {
  const tree = fromMarkdown(comment);
  const nodes = nodesOf(tree)
    .filter((n) => ['link', 'image', 'linkReference', 'imageReference', 'definition', 'html'].includes(n.type))
    .map((n) => `${n.type}: ${comment.slice(n.position!.start.offset, n.position!.end.offset)}`);
  const literals = [...comment.matchAll(/\b(?:https?|ftp):\/\/\S*|\bwww\.\S*|[\w.+-]@[\w-]+\.\w+|(?<!\\)&(?:#x?[0-9a-f]+|[a-z]+);/gi)].map((m) => `autolink or reference: ${m[0]}`);
  return [...nodes, ...literals];
}

const generated = generateFromTexts([{ path: 'catalogs/linky.json', stem: 'linky', text: JSON.stringify(catalog(), null, 2), value: catalog() }]);
const modules = generated.files.filter((f) => /\.(ts|js)$/.test(f.path));

describe('JSDoc comments made from catalog texts', () => {
  it('hold no link, image, definition, HTML, autolink or character reference when read as Markdown', () => {
    expect(modules.length).toBeGreaterThan(8);
    const active = modules.flatMap((f) => jsDocComments(f.content).flatMap((c) => activeParts(c).map((part) => `${f.path}: ${part}`)));
    expect(active).toEqual([]);
  });

  it('show each documented text as it is written', () => {
    const source = generated.byPath.get('linky/src/codes.ts')!;
    const docs = jsDocComments(source);
    TEXTS.forEach((text, i) => {
      // The member's comment opens with "`code`: text"; rendered, it reads as the text.
      const doc = docs.find((d) => d.startsWith(`\`${i + 1}\`: `));
      expect(doc, text).toBeDefined();
      const firstLine = toString(fromMarkdown(doc!.split('\n')[0]!));
      expect(firstLine, text).toBe(`${i + 1}: ${text}`);
    });
  });
});

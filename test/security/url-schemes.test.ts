import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../generator/load/parse-catalog-text.ts';
import { catalogSchema } from '../../generator/vocabulary/catalog-schema.ts';
import { formatDiagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { validateCatalogs } from '../../generator/validate/validate-catalogs.ts';
import { ACME_YAML } from '../catalogs/test-catalogs.ts';
import { expectRefused, hostileProject, type HostileProject } from './helpers/hostile-project.ts';

/**
 * Finding: `documentation: javascript:alert(1)` passed `format: uri` (it is
 * a URI) and was rendered as a link in the generated README. Every URL field
 * must now be an `https:` or `http:` URL: a schema pattern, explained in words.
 */

const ENTRY_LINE = '            category: authentication\n';

/** The problems of acme.yaml with the provider's documentation URL (line 4, column 18) replaced by `url`. */
function problemsWithProviderUrl(url: string): string[] {
  return problemsOf(ACME_YAML.replace('  documentation: https://acme.example/errors', `  documentation: ${JSON.stringify(url)}`));
}

function problemsOf(text: string): string[] {
  const parsed = parseCatalogText('acme.yaml', 'acme', text);
  if (!parsed.ok) return parsed.diagnostics.map(formatDiagnostic);
  return validateCatalogs([parsed.catalog]).diagnostics.map(formatDiagnostic);
}

const meaning = (url: string) => `\`${url}\` is not a web address: use an https:// (or http://) URL`;

describe('URL fields take web addresses only', () => {
  let project: HostileProject;
  beforeEach(() => {
    project = hostileProject();
  });
  afterEach(() => project.remove());

  it('`javascript:alert(1)` as the provider’s documentation: generate refuses it, writing nothing', async () => {
    project.write('acme.yaml', ACME_YAML.replace('https://acme.example/errors', '"javascript:alert(1)"'));
    expectRefused(await project.run('generate'), [`errcat/catalogs/acme.yaml:4:18  ${meaning('javascript:alert(1)')}  (/provider/documentation)`, 'errcat: 1 problem; nothing was written']);
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'ftp://example.com/x', '//example.com/x', 'mailto:a@example.com', 'urn:isbn:0451450523'])(
    '%s is refused, in one message',
    (url) => {
      expect(problemsWithProviderUrl(url)).toEqual([`acme.yaml:4:18  ${meaning(url)}  (/provider/documentation)`]);
    },
  );

  it('an entry’s documentation too', () => {
    const text = ACME_YAML.replace(ENTRY_LINE, `${ENTRY_LINE}            documentation: "javascript:alert(1)"\n`);
    expect(problemsOf(text)).toEqual([`acme.yaml:29:28  ${meaning('javascript:alert(1)')}  (/catalogs/0/sections/0/entries/0/documentation)`]);
  });

  it.each(['https://acme.example/errors', 'http://acme.example/a?b=c&d=e#f', "https://example.com/it's"])('%s is fine', (url) => {
    expect(problemsWithProviderUrl(url)).toEqual([]);
  });

  it('every `format: uri` field of the schema is a web URL', () => {
    const uris: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      if (schema.format === 'uri' || schema.$ref === '#/$defs/WebUrl') uris.push(at);
      if (schema.format === 'uri') expect(schema.pattern, at).toBe('^https?://');
      for (const [key, child] of Object.entries(schema)) walk(child, `${at}/${key}`);
    };
    walk(catalogSchema, '');
    expect(uris).toEqual(['/$defs/WebUrl', '/$defs/Provider/properties/documentation', '/$defs/Entry/properties/documentation']);
  });
});

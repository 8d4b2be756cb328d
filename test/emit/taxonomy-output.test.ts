import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fileOf, generatedOutput } from '../helpers/generated-output.ts';
import { TAXONOMY } from '../../generator/vocabulary/taxonomy.ts';

/** Where the taxonomy's retry, resend, actor and failover semantics reach the output: OpenAPI, Markdown, taxonomy.json, package.json. */
describe('the taxonomy in the generated core package', async () => {
  const output = await generatedOutput();
  const ids = TAXONOMY.map((m) => m.id);

  it('is in openapi.yaml as x- extensions of the Category enum, aligned with it', () => {
    const category = (parse(fileOf(output, 'core/openapi.yaml')) as { components: { schemas: { Category: Record<string, unknown> } } }).components.schemas.Category;
    expect(category.enum).toEqual(ids);
    expect(category['x-actor']).toEqual(TAXONOMY.map((m) => m.actor));
    expect(category['x-retryable-by-default']).toEqual(['in_progress', 'rate_limit', 'provider_internal_error']);
    expect(category['x-resendable-by-default']).not.toContain('in_progress');
    expect(category['x-resendable-by-default']).not.toContain('provider_internal_error');
    expect(category['x-failover']).toContain('unsupported_destination');
  });

  it('is in the core README: retry, resend, who acts and failover for every category, and the two questions explained', () => {
    const readme = fileOf(output, 'core/README.md');
    expect(readme).toContain('| Category | Enum member | Meaning | Retryable | Safe to resend | Who must act | Another provider may succeed |');
    expect(readme).toMatch(/\| <a id="in_progress"><\/a>`in_progress` \| `Category\.IN_PROGRESS` \| [^|]+ \| poll \| no \| — \| no \|/);
    expect(readme).toMatch(/\| <a id="insufficient_balance"><\/a>`insufficient_balance` \| [^|]+ \| [^|]+ \| no \| yes \| account owner \| yes \|/);
    expect(readme).toContain('`idx` with `check_idx=1`');
    for (const id of ids) expect(readme).toContain(`<a id="${id}"></a>`);
  });

  it('is in core/taxonomy.json as data, with the core version made from it', () => {
    const record = JSON.parse(fileOf(output, 'core/taxonomy.json')) as { release: { version: string }; categories: { id: string; actor: string }[] };
    expect(record.categories.map((c) => c.id)).toEqual(ids);
    expect(record.release.version).toMatch(/^\d+\.\d+\.\d+$/);
    const core = JSON.parse(fileOf(output, 'core/package.json')) as { version: string; exports: Record<string, string> };
    expect(core.version).toBe(record.release.version);
    expect(core.exports['./taxonomy.json']).toBe('./taxonomy.json');
    const smsapi = JSON.parse(fileOf(output, 'smsapi/package.json')) as { dependencies: Record<string, string> };
    expect(smsapi.dependencies).toEqual({ '@errcat/core': `^${core.version}` });
  });
});

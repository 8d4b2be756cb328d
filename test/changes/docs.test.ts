import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES } from '../../generator/changes/rules.ts';
import { bumpOf } from '../../generator/changes/semver-bump.ts';

const DOC = readFileSync(fileURLToPath(new URL('../../docs/diff-rules.md', import.meta.url)), 'utf8');

describe('docs/diff-rules.md', () => {
  it('lists every rule of generator/diff/rules.ts, in its order, with its class, bump, description and example', () => {
    // The taxonomy's own rules follow, in a section of their own (test/changes/taxonomy-changes.test.ts).
    const rows = DOC.slice(0, DOC.indexOf('## The taxonomy')).split('\n').filter((line) => /^\| `[A-Z_]+` \|/.test(line));
    expect(rows).toEqual(
      RULE_IDS.map((id) => `| \`${id}\` | ${RULES[id].classification} | ${bumpOf(id)} | ${RULES[id].description} | ${RULES[id].example} |`),
    );
  });

  it('gives CI recipes that post the report and fail on breaking changes unless labelled', () => {
    for (const recipe of ['### GitHub Actions', '### GitLab CI']) {
      const text = DOC.slice(DOC.indexOf(recipe));
      const block = text.slice(text.indexOf('```yaml'), text.indexOf('```\n', text.indexOf('```yaml') + 7));
      expect(block).toContain('npx errcat diff ');
      expect(block).toContain('--fail-on-breaking');
      expect(block).toContain('breaking-change-approved');
    }
  });
});

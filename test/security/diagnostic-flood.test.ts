import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogError, formatDiagnostic, type Diagnostic } from '../../generator/vocabulary/diagnostic.ts';
import { LIMITS } from '../../generator/vocabulary/limits.ts';
import { ACME_YAML } from '../catalogs/test-catalogs.ts';
import { expectRefused, hostileProject, type HostileProject } from './helpers/hostile-project.ts';

/**
 * Finding: an `extends` cycle through 3,000 providers wrote 87 MB of messages
 * in 98 s (each of the 3,000 problems spelled the whole cycle, and the cycle
 * was walked with quadratic lookups). The report now prints the first
 * `LIMITS.maxPrintedDiagnostics` problems and counts the rest, a chain in a
 * message is abbreviated, every printed message is bounded in length, cycles
 * are found in linear time, and a provider may have at most
 * `LIMITS.maxExtendsDepth` ancestors, so no rule walks a long chain for each.
 */

const PROVIDERS = 3000;

let project: HostileProject;
beforeEach(() => {
  project = hostileProject();
});
afterEach(() => project.remove());

describe('a flood of problems prints a page, not megabytes', () => {
  it(`an \`extends\` cycle through ${PROVIDERS} providers`, async () => {
    for (let i = 0; i < PROVIDERS; i++) project.write(`p${i}.yaml`, `provider:\n  id: p${i}\n  name: P\n  extends: p${(i + 1) % PROVIDERS}\n`);
    const result = await project.run('validate');
    expectRefused(result, [
      'errcat/catalogs/p0.yaml:4:12  `extends` forms a cycle of 3000 providers: p0 → p1 → p2 → p3 → … (2993 more) … → p2997 → p2998 → p2999 → p0  (/provider/extends)',
      `… and ${PROVIDERS - LIMITS.maxPrintedDiagnostics} more problems`,
      `errcat: ${PROVIDERS} problems; nothing was written`,
    ]);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(LIMITS.maxPrintedDiagnostics + 2);
    expect(result.stderr.length).toBeLessThan(100_000);
  });

  it('`extends` naming no provider, among thousands: the known providers are listed abbreviated', async () => {
    for (let i = 0; i < PROVIDERS; i++) project.write(`p${i}.yaml`, `provider:\n  id: p${i}\n  name: P\n  extends: nowhere\n`);
    const result = await project.run('validate');
    expectRefused(result, [/^errcat\/catalogs\/p0\.yaml:4:12 {2}`extends: nowhere` names no provider; known providers: bsg, notificore, p0, p1, p10, [^\n]* and 2985 more {2}\(\/provider\/extends\)$/m]);
    expect(result.stderr.length).toBeLessThan(100_000);
  });
});

describe('`extends` chains stay short, so that no rule walks thousands of links for each provider', () => {
  it(`a chain through ${PROVIDERS} providers: each with more than ${LIMITS.maxExtendsDepth} ancestors is refused`, async () => {
    const last = PROVIDERS - 1;
    for (let i = 0; i < last; i++) project.write(`p${i}.yaml`, `provider:\n  id: p${i}\n  name: P\n  extends: p${i + 1}\n`);
    project.write(`p${last}.yaml`, ACME_YAML.replace('  id: acme\n', `  id: p${last}\n`));
    const refused = last - LIMITS.maxExtendsDepth;
    expectRefused(await project.run('validate'), [
      'errcat/catalogs/p0.yaml:4:12  `extends` gives `p0` more than 8 ancestors, the limit: p0 → p1 → p2 → p3 → … (2 more) … → p6 → p7 → p8 → p9 → …  (/provider/extends)',
      `errcat: ${refused} problems; nothing was written`,
    ]);
  });
});

describe('one message is bounded in length, whatever it quotes', () => {
  const huge: Diagnostic = { file: 'acme.yaml', line: 1, column: 1, message: `value \`${'x'.repeat(1_000_000)}\` is not allowed`, pointer: `/${'k'.repeat(100_000)}` };

  it('a message and a pointer of a million characters print under 2,500', () => {
    const line = formatDiagnostic(huge);
    expect(line.length).toBeLessThan(2 * LIMITS.maxMessageChars + 100);
    expect(line).toMatch(/^acme\.yaml:1:1 {2}value `x+ … \(\d+ characters left out\) … x+` is not allowed {2}\(\/k+ … \(\d+ characters left out\) … k+\)$/);
  });

  it('a CatalogError of 10,000 such problems has a bounded message', () => {
    const error = new CatalogError(Array.from({ length: 10_000 }, (_, i) => ({ ...huge, line: i + 1 })));
    expect(error.diagnostics).toHaveLength(10_000);
    expect(error.message.length).toBeLessThan(LIMITS.maxPrintedDiagnostics * (2 * LIMITS.maxMessageChars + 100));
    expect(error.message).toMatch(/… and 9800 more problems$/);
  });
});

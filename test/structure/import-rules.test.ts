import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run-errcat.ts';

const run = promisify(execFile);
const DEPCRUISE = path.join(REPO, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

/** dependency-cruiser with the repository's rules, in `cwd`; never throws, returns the exit code and output. */
async function cruise(cwd: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, [DEPCRUISE, 'generator', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd });
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/**
 * The pipeline's one-way structure (`.dependency-cruiser.cjs`, run by
 * `npm run lint:imports` in `npm test`): the generator has no import against
 * the flow, and the rules do catch one when it is planted.
 */
describe('import rules', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(path.join(tmpdir(), 'errcat-imports-'));
    for (const item of ['generator', '.dependency-cruiser.cjs', 'tsconfig.json']) await cp(path.join(REPO, item), path.join(copy, item), { recursive: true });
  });
  afterAll(async () => {
    await rm(copy, { recursive: true, force: true });
  });

  it('find no import against the flow in the generator', async () => {
    const result = await cruise(REPO);
    expect(result.out).toContain('no dependency violations found');
    expect(result.code).toBe(0);
  });

  it('refuse a stage importing a later one, and one emitter importing another', async () => {
    const plant = async (file: string, line: string) => {
      const target = path.join(copy, file);
      await writeFile(target, `${line}\n${await readFile(target, 'utf8')}`);
    };
    await plant('generator/load/git.ts', "import '../emit/emitters.ts';");
    await plant('generator/emit/markdown/markdown-escape.ts', "import '../typescript/safe-text.ts';");
    await plant('generator/vocabulary/plural.ts', "import '../model/model.ts';");
    const result = await cruise(copy);
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('load-not-to-emit: generator/load/git.ts → generator/emit/emitters.ts');
    expect(result.out).toContain('emitters-independent: generator/emit/markdown/markdown-escape.ts → generator/emit/typescript/safe-text.ts');
    expect(result.out).toContain('vocabulary-not-to-model: generator/vocabulary/plural.ts → generator/model/model.ts');
  });
});

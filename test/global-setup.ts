import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Builds the CLI bundle (dist/) once before the tests: the tests run the CLI
 * as users do, through bin/errcat.js, which loads the bundle, so it must be
 * built from the sources under test.
 */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..');
  execFileSync(process.execPath, ['bin/build-cli.mjs'], { cwd: root, stdio: 'inherit' });
}

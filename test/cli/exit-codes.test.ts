import { spawn } from 'node:child_process';
import path from 'node:path';
import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { EXIT, failureOf } from '../../generator/cli/exit-codes.ts';
import { TemplateError } from '../../generator/emit/markdown/template-error.ts';
import { CompileError } from '../../generator/emit/typescript/compile-error.ts';
import { GitError } from '../../generator/load/git.ts';
import { CatalogError } from '../../generator/vocabulary/diagnostic.ts';
import { OptionError } from '../../generator/vocabulary/option-error.ts';
import { SetupError } from '../../generator/vocabulary/setup-error.ts';
import { OutputLockedError } from '../../generator/write/output-lock.ts';
import { WriteError } from '../../generator/write/write-error.ts';
import { REPO } from '../helpers/run-errcat.ts';

describe('the exit-code table', () => {
  const table: { name: string; error: unknown; code: number; first: string }[] = [
    { name: 'invalid catalogs', error: new CatalogError([{ file: 'a.yaml', line: 1, column: 2, message: 'bad', pointer: '/x' }]), code: 1, first: 'a.yaml:1:2  bad  (/x)' },
    { name: 'a bad option', error: new OptionError('--scope', 'no'), code: 2, first: 'errcat: option --scope: no' },
    { name: 'a project not set up', error: new SetupError('no folder'), code: 2, first: 'errcat: no folder' },
    { name: 'a refused write', error: new WriteError('x/y', new Error('EACCES')), code: 4, first: 'errcat: could not write x/y: EACCES' },
    { name: 'a held lock', error: new OutputLockedError('out', 42), code: 4, first: 'errcat: another errcat run (pid 42) is writing out; wait for it to finish' },
    { name: 'git failing', error: new GitError('git ls-tree failed: boom', 'boom'), code: 4, first: 'errcat: git ls-tree failed: boom' },
    { name: 'a broken template', error: new TemplateError('x.hbs', new Error('Parse error on line 1:')), code: 70, first: 'errcat: templates/x.hbs: Parse error on line 1:' },
    { name: 'generated code that does not compile', error: new CompileError('a/src/b.ts', ['oops']), code: 70, first: 'errcat: errcat generated TypeScript that does not compile (a/src/b.ts):\noops' },
  ];
  it.each(table)('$name → exit $code', ({ error, code, first }) => {
    const failure = failureOf(error);
    expect(failure.code).toBe(code);
    expect(failure.lines[0]).toBe(first);
  });

  it('gives distinct codes to invalid input, usage, --fail-on hits, the environment and errcat bugs', () => {
    expect(new Set(Object.values(EXIT)).size).toBe(Object.keys(EXIT).length);
  });

  it('tells an unexpected error in one line and a hint, without a stack trace', () => {
    const failure = failureOf(new TypeError('x is not a function\n    at somewhere (file.js:1:1)'));
    expect(failure).toEqual({ code: 70, lines: ['errcat: internal error: x is not a function', 'errcat: run with ERRCAT_DEBUG=1 for the details, and please report it'] });
  });

  it('leaves usage errors to commander, which has printed them', () => {
    expect(failureOf(new CommanderError(1, 'commander.unknownOption', 'unknown option'))).toEqual({ code: 2, lines: [] });
    expect(failureOf(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'))).toEqual({ code: 0, lines: [] });
  });
});

describe('a reader that stops early', () => {
  it('is not an error: no EPIPE stack trace when stdout closes before errcat writes', async () => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin/errcat.js'), '--help'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // closed before the CLI has loaded, so its write meets a closed pipe
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

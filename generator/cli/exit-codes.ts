import { CommanderError } from 'commander';
import { GitError } from '../load/git.ts';
import { TemplateError } from '../emit/markdown/template-error.ts';
import { CompileError } from '../emit/typescript/compile-error.ts';
import { CatalogError, formatDiagnostics } from '../vocabulary/diagnostic.ts';
import { OptionError } from '../vocabulary/option-error.ts';
import { plural } from '../vocabulary/plural.ts';
import { SetupError } from '../vocabulary/setup-error.ts';
import { OutputLockedError } from '../write/output-lock.ts';
import { WriteError } from '../write/write-error.ts';
import { OutputConflictError } from '../write/output-conflict-error.ts';
import { OutputFolderError } from '../write/output-root.ts';
import { UnsafeOutputPathError } from '../write/output-path.ts';
import { OutputReadError } from '../load/output/output-read-error.ts';

/** errcat's exit codes, one per kind of outcome, so CI can tell them apart. */
export const EXIT = {
  /** Done; or `--check` found the output up to date. */
  ok: 0,
  /** The input is invalid (catalogs, config), or `--check` found the output stale. */
  invalid: 1,
  /** A usage or set-up error: a bad option, a missing folder, an output folder outside the project. */
  usage: 2,
  /** `diff --fail-on`: a change of that class, or a worse one, is present. */
  failOn: 3,
  /** The environment refused: a write failed, another run holds the output, git failed. */
  environment: 4,
  /** A bug in errcat (EX_SOFTWARE). */
  internal: 70,
} as const;

/** How one kind of error is told to the user: its exit code and the lines to print on stderr. */
interface ErrorKind {
  matches(error: unknown): boolean;
  code: number;
  lines(error: Error): string[];
}

/**
 * Every kind of failure a user can meet, in one table: what errcat prints
 * and the exit code. Messages say what failed and what to do, in a line or
 * a few; no stack trace reaches a user.
 */
const ERROR_KINDS: readonly ErrorKind[] = [
  {
    matches: (e) => e instanceof CatalogError,
    code: EXIT.invalid,
    lines: (e) => {
      const { diagnostics } = e as CatalogError;
      return [...formatDiagnostics(diagnostics), `errcat: ${plural(diagnostics.length, 'problem')}; nothing was written`];
    },
  },
  { matches: (e) => e instanceof OptionError || e instanceof SetupError, code: EXIT.usage, lines: (e) => [`errcat: ${e.message}`] },
  {
    matches: (e) => e instanceof WriteError,
    code: EXIT.environment,
    lines: (e) => [
      `errcat: ${e.message}`,
      `errcat: ${(e as WriteError).untouched ? 'the output folder was left as it was' : 'the output folder is partly updated; run generate again to complete it'}`,
    ],
  },
  { matches: (e) => e instanceof OutputLockedError, code: EXIT.environment, lines: (e) => [`errcat: ${e.message}`] },
  { matches: (e) => e instanceof OutputFolderError, code: EXIT.usage, lines: (e) => [`errcat: ${e.message}`] },
  {
    matches: (e) => e instanceof OutputConflictError,
    code: EXIT.invalid,
    lines: (e) => [
      `errcat: ${e.message}`,
      `errcat: ${(e as OutputConflictError).untouched ? 'nothing was written' : 'the output folder is partly updated; deal with the entry above, then run generate again'}`,
    ],
  },
  { matches: (e) => e instanceof OutputReadError, code: EXIT.environment, lines: (e) => [`errcat: ${e.message}`, 'errcat: nothing was written'] },
  {
    matches: (e) => e instanceof UnsafeOutputPathError,
    code: EXIT.internal,
    lines: (e) => [`errcat: ${e.message}`, 'errcat: nothing was written; this is a bug in errcat, please report it'],
  },
  { matches: (e) => e instanceof GitError, code: EXIT.environment, lines: (e) => [`errcat: ${e.message}`] },
  {
    matches: (e) => e instanceof TemplateError,
    code: EXIT.internal,
    lines: (e) => [`errcat: ${e.message}`, 'errcat: the output folder was left as it was'],
  },
  {
    matches: (e) => e instanceof CompileError,
    code: EXIT.internal,
    lines: (e) => [`errcat: ${e.message}`, 'errcat: this is a bug in errcat; the output folder was left as it was. Please report it with the catalog that caused it'],
  },
];

/** The exit code and stderr lines for an error thrown by a command; anything unknown is an internal error, said in one line. */
export function failureOf(error: unknown): { code: number; lines: string[] } {
  if (error instanceof CommanderError) return { code: error.exitCode === 0 ? EXIT.ok : EXIT.usage, lines: [] }; // commander has printed it
  const kind = ERROR_KINDS.find((k) => k.matches(error));
  if (kind) return { code: kind.code, lines: kind.lines(error as Error) };
  const message = error instanceof Error ? error.message : String(error);
  const stack = process.env.ERRCAT_DEBUG ? [error instanceof Error ? (error.stack ?? message) : message] : ['errcat: run with ERRCAT_DEBUG=1 for the details, and please report it'];
  return { code: EXIT.internal, lines: [`errcat: internal error: ${message.split('\n')[0]}`, ...stack] };
}

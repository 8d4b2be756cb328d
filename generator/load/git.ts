import { execFile } from 'node:child_process';

/** Git failed or could not run. */
export class GitError extends Error {
  /** The first line git wrote to standard error (or that git is missing); empty when it failed silently, as `rev-parse --quiet` does. */
  readonly said: string;

  constructor(message: string, said: string) {
    super(message);
    this.name = 'GitError';
    this.said = said;
  }
}

/**
 * Runs git with arguments (no shell: nothing in a ref or a path is ever
 * interpreted) in a folder, and returns its standard output as bytes (a
 * catalog is decoded, and checked to be UTF-8, by the caller).
 * `maxBuffer` bounds what one call may return.
 */
export function git(args: readonly string[], cwd: string, options: { maxBuffer?: number } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      // Git's own messages in English whatever the locale, as they are quoted to the user in an English sentence.
      { cwd, encoding: 'buffer', maxBuffer: options.maxBuffer ?? 64 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const said = stderr.toString('utf8').trim().split('\n')[0] ?? '';
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          const missing = 'git is not installed (or not on the PATH)';
          return reject(new GitError(missing, missing));
        }
        reject(new GitError(`git ${args[0]} failed${said ? `: ${said}` : ''}`, said));
      },
    );
  });
}

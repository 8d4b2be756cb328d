/** Thrown for a bad option or argument value; the CLI prints it with the option's name and exits 2. */
export class OptionError extends Error {
  constructor(option: string, problem: string) {
    super(`option ${option}: ${problem}`);
    this.name = 'OptionError';
  }
}

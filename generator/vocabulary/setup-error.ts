/**
 * The project is not set up as errcat needs (a missing catalog folder, an
 * output folder outside the project, no config where one is required): the
 * message says what to do. The CLI prints it and exits 2, like a usage error.
 */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupError';
  }
}

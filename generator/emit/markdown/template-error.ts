/** A template that does not parse, or names a field its view model lacks. */
export class TemplateError extends Error {
  constructor(name: string, cause: unknown) {
    // Handlebars puts the line first (`Parse error on line 3:`, a code frame, then what it expected) or last (`"x" not defined in [object Object] - 3:4`).
    const lines = (cause instanceof Error ? cause.message : String(cause)).split('\n');
    const reason = (lines.length > 1 ? `${lines[0]!.replace(/:$/, '')}: ${lines.at(-1)}` : lines[0]!).replace(' in [object Object]', '');
    super(`templates/${name}: ${reason}`, { cause });
    this.name = 'TemplateError';
  }
}

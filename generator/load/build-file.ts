import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';

/**
 * Whether a file errcat's build wrote (under `dist/`) is there as a regular
 * file of at most `maxBytes`. What the build compiled ahead of time is only a
 * shortcut: a file that is missing, of another kind or too large is not read,
 * and the run compiles instead.
 */
export function isBuildFile(file: URL, maxBytes: number): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size <= maxBytes;
  } catch {
    return false;
  }
}

/** The text of a file errcat's build wrote, or `undefined` if it is missing, not a regular file, larger than `maxBytes` or unreadable. */
export function readBuildFile(file: URL, maxBytes: number): string | undefined {
  try {
    return isBuildFile(file, maxBytes) ? readFileSync(file, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The records of a JSON file the build wrote, and the checksum it gives for
 * them: `undefined` unless the text parses, every field of `stamp` (the
 * layout, what compiled it) is as given, and its `list` holds objects whose
 * `fields` are all text. What a record is, and whether the checksum holds,
 * is the caller's to say. Never throws: such a file is only a shortcut.
 */
export function buildFileRecords<F extends string>(
  text: string,
  stamp: Readonly<Record<string, string>>,
  list: string,
  fields: readonly F[],
): { checksum: unknown; records: Record<F, string>[] } | undefined {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(file) || Object.entries(stamp).some(([key, value]) => file[key] !== value) || !Array.isArray(file[list])) return undefined;
  const records: Record<F, string>[] = [];
  for (const item of file[list] as unknown[]) {
    if (!isRecord(item) || fields.some((field) => typeof item[field] !== 'string')) return undefined;
    records.push(Object.fromEntries(fields.map((field) => [field, item[field]])) as Record<F, string>);
  }
  return { checksum: file.checksum, records };
}

/**
 * The checksum a build file carries for its records: a sha256 over every
 * field given, each prefixed by its length, so that no shift of text between
 * fields keeps it. A file damaged inside a string still parses; it must not
 * be used.
 */
export function recordsChecksum<F extends string>(records: readonly Readonly<Record<F, string>>[], fields: readonly F[]): string {
  const hash = createHash('sha256');
  for (const record of records) for (const field of fields) hash.update(`${record[field].length}:${record[field]}\0`);
  return `sha256-${hash.digest('hex')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import path from 'node:path';

/** Marks errcat's temporary files: `.<name>.errcat-tmp-<pid>` beside the file `<name>` being written. */
export const TEMP_MARKER = '.errcat-tmp-';

const TEMP_NAME = /^\.(.+)\.errcat-tmp-([1-9][0-9]*)$/;

/** The temporary file a run stages `target` (an absolute path) in: beside it, so that the rename is atomic. */
export function tempPathFor(target: string, pid: number = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}${TEMP_MARKER}${pid}`);
}

/**
 * The path a temporary file was staged for (`acme/.README.md.errcat-tmp-42`
 * → `acme/README.md`), or undefined when the name is not exactly errcat's
 * pattern. The sweep removes a temporary file only when this names a path
 * errcat makes or made: a user's `notes.errcat-tmp-1.md` is not errcat's.
 */
export function tempTargetOf(relative: string): string | undefined {
  const slash = relative.lastIndexOf('/');
  const match = TEMP_NAME.exec(relative.slice(slash + 1));
  return match ? `${relative.slice(0, slash + 1)}${match[1]}` : undefined;
}

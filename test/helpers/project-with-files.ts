import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A new folder under `parent` holding `files` (relative path → text), for a test's throw-away project; returns its path. */
export function projectWithFiles(parent: string, files: Record<string, string>): string {
  const root = mkdtempSync(path.join(parent, 'project-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

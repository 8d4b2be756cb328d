import { createHash } from 'node:crypto';

/**
 * The sha256 of some bytes, as lower-case hex: what the manifest records for
 * each file errcat writes, and what a file must still hash to before errcat
 * overwrites or removes it. Text is hashed as the UTF-8 bytes written.
 */
export function contentHash(content: string | Uint8Array | readonly Uint8Array[]): string {
  const hash = createHash('sha256');
  // Pieces are hashed one after another: the bytes they make together.
  if (Array.isArray(content)) for (const piece of content as readonly Uint8Array[]) hash.update(piece);
  else hash.update(content as string | Uint8Array);
  return hash.digest('hex');
}

/** Whether a string has the shape of a {@link contentHash}. */
export function isContentHash(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

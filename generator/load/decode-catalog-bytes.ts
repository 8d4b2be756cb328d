import type { Diagnostic } from '../vocabulary/diagnostic.ts';
import { LIMITS } from '../vocabulary/limits.ts';

/** A catalog's text, or the one diagnostic that refuses its bytes. */
export type DecodedCatalog = { ok: true; text: string } | { ok: false; diagnostic: Diagnostic };

/**
 * The text of a catalog's bytes, wherever they came from (a file, a git
 * blob): refused when over the size limit or not valid UTF-8, located at the
 * first bad byte as an editor shows it.
 */
export function decodeCatalogBytes(bytes: Uint8Array, file: string): DecodedCatalog {
  if (bytes.length > LIMITS.maxFileBytes) return oversized(file, bytes.length);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    // Lines and columns count the text before the bad byte.
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, firstInvalidUtf8(bytes))).replace(/^\uFEFF/, '');
    const lines = before.split('\n');
    return refusal(file, 'file is not valid UTF-8', lines.length, [...lines[lines.length - 1]!].length + 1);
  }
}

/** The refusal of a file over the size limit (checked from its size before reading where the size is known). */
export function oversized(file: string, size: number): { ok: false; diagnostic: Diagnostic } {
  return refusal(file, `file is ${size} bytes, over the ${LIMITS.maxFileBytes}-byte limit for a catalog`);
}

/** A refusal of a whole file, located at its start unless told otherwise. */
export function refusal(file: string, message: string, line = 1, column = 1): { ok: false; diagnostic: Diagnostic } {
  return { ok: false, diagnostic: { file, line, column, message, pointer: '' } };
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefixes would be wrong across a split sequence; a forward scan of lead bytes is exact.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

import { createHash } from 'node:crypto';

/** A digest of a parsed schema, recorded beside its validator compiled ahead of time: a schema edited since is never validated by the old code. */
export function schemaDigest(schema: Record<string, unknown>): string {
  return `sha256-${createHash('sha256').update(JSON.stringify(schema)).digest('hex')}`;
}

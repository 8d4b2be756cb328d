import type { RecordedCategory } from '../changes/taxonomy-changes.ts';
import { readOutputRecord } from '../load/output/output-file.ts';
import type { RuntimeRelease } from '../model/model.ts';

/** A taxonomy record is a few KiB; anything far larger is not one. */
const MAX_RECORD_BYTES = 1 << 20;

/** What the last run recorded of the core package: its version and the taxonomy it was made from. */
export interface PreviousCore {
  version: string;
  categories: RecordedCategory[];
  /** The runtime it was made with; absent in records of errcat before the runtime was versioned. */
  runtime?: RuntimeRelease;
}

/**
 * The core package's record from the last run, `core/taxonomy.json`; undefined
 * when there is none or it is not one (a first run, output of an older
 * errcat, a damaged file, or anything but a regular file: the core then
 * starts from the initial version).
 */
export async function readPreviousTaxonomy(outDir: string): Promise<PreviousCore | undefined> {
  // The output folder arrives with pull requests: no link followed on the way, no FIFO waited on, a bounded read.
  const read = await readOutputRecord(outDir, 'core/taxonomy.json', MAX_RECORD_BYTES);
  if (read.kind !== 'read') return undefined;
  let record: unknown;
  try {
    record = JSON.parse(read.bytes.toString('utf8'));
  } catch {
    return undefined;
  }
  const { release, categories } = (record ?? {}) as { release?: { version?: unknown; runtime?: Partial<RuntimeRelease> }; categories?: unknown };
  const version = release?.version;
  if (typeof version !== 'string' || !/^\d{1,9}\.\d{1,9}\.\d{1,9}$/.test(version) || !Array.isArray(categories)) return undefined;
  if (!categories.every(isRecordedCategory)) return undefined;
  const runtime = release?.runtime;
  const recorded = runtime && Number.isSafeInteger(runtime.compatibility) && typeof runtime.digest === 'string' ? { compatibility: runtime.compatibility!, digest: runtime.digest } : undefined;
  return recorded ? { version, categories, runtime: recorded } : { version, categories };
}

function isRecordedCategory(value: unknown): value is RecordedCategory {
  const c = value as Partial<RecordedCategory> | null;
  return (
    c !== null &&
    typeof c === 'object' &&
    typeof c.id === 'string' &&
    typeof c.description === 'string' &&
    typeof c.retryableByDefault === 'boolean' &&
    typeof c.resendableByDefault === 'boolean' &&
    typeof c.actor === 'string' &&
    typeof c.failover === 'boolean'
  );
}

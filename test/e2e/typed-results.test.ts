import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../generator/pipeline.ts';
import { STRICT_OPTIONS } from './property/helpers/type-check.ts';

/**
 * A consumer of a generated package under the strictest flags: an exhaustive
 * `switch` over the provider's own result type, the error class, and
 * `fromResponse` with a Fetch-shaped response. It compiles; after the catalog
 * gains an entry and is generated again, the same consumer does not, and the
 * compiler names the new key.
 */
const CONSUMER = `import { ProviderApiError, fromResponse, type FetchResponseLike } from '@errcat/core';
import { acmeProvider, parseAcmeError, type AcmeProviderError } from '@errcat/acme';

export function actionFor(error: AcmeProviderError): string {
  if (!error.known) return 'log';
  const { key } = error;
  switch (key) {
    case 'INVALID_KEY':
      return 'rotate credentials';
    case 'NO_FUNDS':
      return 'top up';
    case 'TARIFF_NOT_FOUND':
      return 'pick another tariff';
    default: {
      const unhandled: never = key;
      return unhandled;
    }
  }
}

export function codeOf(error: AcmeProviderError): 1 | 2 | null | number | string | undefined {
  // Known: the documented code, typed as the catalogs' union (the enum values, null for message-only entries).
  return error.known ? error.code : error.wireCode;
}

export async function send(response: FetchResponseLike): Promise<never> {
  const error = await fromResponse(acmeProvider, response);
  const thrown = new ProviderApiError(error);
  const name: string = thrown.name;
  const cause: unknown = thrown.cause;
  void name, cause;
  throw thrown;
}

export const first: AcmeProviderError = parseAcmeError('{"error": {"code": 2}}', { httpStatus: 400, language: 'pl' });
`;

const CATALOG = path.join(import.meta.dirname, '..', 'catalogs', 'acme.yaml');

describe('results typed per provider', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'errcat-typed-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  /** Generates the catalog into a fresh folder and type-checks the consumer against it; the diagnostics. */
  async function compile(catalog: string, name: string): Promise<string[]> {
    const root = path.join(work, name);
    await mkdir(path.join(root, 'catalogs'), { recursive: true });
    await writeFile(path.join(root, 'catalogs', 'acme.yaml'), catalog);
    const { files } = await generateFiles({ catalogDir: path.join(root, 'catalogs'), scope: '@errcat' });
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, 'out', file.path)), { recursive: true });
      await writeFile(path.join(root, 'out', file.path), file.content);
    }
    await writeFile(path.join(root, 'consumer.ts'), CONSUMER);
    const program = ts.createProgram([path.join(root, 'consumer.ts')], {
      ...STRICT_OPTIONS,
      exactOptionalPropertyTypes: true,
      paths: { '@errcat/core': [path.join(root, 'out/core/src/index.ts')], '@errcat/acme': [path.join(root, 'out/acme/src/index.ts')] },
    });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  }

  it('lets a switch over the keys be exhaustive, and fails to compile when the catalog gains an entry', async () => {
    const catalog = await readFile(CATALOG, 'utf8');
    expect(await compile(catalog, 'before')).toEqual([]);
    const grown = catalog.replace(
      '          - key: NO_FUNDS',
      '          - key: RATE_LIMITED\n            code: 3\n            text: too many requests\n            category: rate_limit\n          - key: NO_FUNDS',
    );
    expect(grown).not.toBe(catalog);
    const errors = await compile(grown, 'after');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/Type '"RATE_LIMITED"' is not assignable to type 'never'/);
  }, 60_000);
});

import { describe, expect, it } from 'vitest';
import { loadModel } from '../../generator/model/load-model.ts';
import { withCoreVersion } from '../../generator/release/core-version.ts';
import { withPackageVersions } from '../../generator/release/package-versions.ts';
import { resolvedCatalog } from '../../generator/model/resolved-catalog.ts';
import type { PreviousCore } from '../../generator/release/read-previous-taxonomy.ts';

const { model } = await loadModel({ kind: 'folder', dir: 'test/catalogs', root: '.' }, { scope: '@errcat' });
const recorded = (runtime: PreviousCore['runtime']): PreviousCore => ({
  version: '1.4.2',
  categories: model.taxonomy.map(({ id, description, retryableByDefault, resendableByDefault, actor, failover }) => ({ id, description, retryableByDefault, resendableByDefault, actor, failover })),
  ...(runtime ? { runtime } : {}),
});

describe("core's version follows its runtime as well as the taxonomy", () => {
  it('keeps the version when neither changed', () => {
    const result = withCoreVersion(model, recorded(model.runtime));
    expect(result.model.coreVersion).toBe('1.4.2');
    expect(result.bump).toBeUndefined();
  });

  it('moves the minor version when the runtime source changed compatibly', () => {
    const result = withCoreVersion(model, recorded({ ...model.runtime, digest: 'sha256-before' }));
    expect(result.bump).toEqual({ packageName: '@errcat/core', from: '1.4.2', to: '1.5.0', bump: 'minor', reason: 'the runtime changed' });
  });

  it('moves the major version when the compatibility level rose, or the record predates it', () => {
    expect(withCoreVersion(model, recorded({ compatibility: model.runtime.compatibility - 1, digest: model.runtime.digest })).bump).toMatchObject({ to: '2.0.0', bump: 'major', reason: 'the runtime changed incompatibly' });
    expect(withCoreVersion(model, recorded(undefined)).bump).toMatchObject({ to: '2.0.0', bump: 'major' });
  });

  it('moves every provider with it: major for a major core, at least a patch otherwise', () => {
    const previous = new Map(model.providers.map((p) => [p.id, { version: '3.1.0', catalog: resolvedCatalog(p) }]));
    expect(withPackageVersions(model, previous).bumps).toEqual([]);
    expect(withPackageVersions(model, previous, 'minor').bumps.map((b) => [b.packageName, b.to, b.reason])).toEqual([
      ['@errcat/acme', '3.1.1', '@errcat/core changed'],
      ['@errcat/brandco', '3.1.1', '@errcat/core changed'],
    ]);
    expect(withPackageVersions(model, previous, 'major').bumps.map((b) => [b.packageName, b.to, b.reason])).toEqual([
      ['@errcat/acme', '4.0.0', '@errcat/core changed incompatibly'],
      ['@errcat/brandco', '4.0.0', '@errcat/core changed incompatibly'],
    ]);
  });
});

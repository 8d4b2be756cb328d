import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFiles } from '../../generator/pipeline.ts';
import { ENUM_STYLES, type EnumStyle } from '../../generator/model/model.ts';
import { CATALOG_DIR, temporaryDir, writeFilesTo } from '../helpers/generated-output.ts';

/**
 * What a bundler keeps of the generated packages when an application imports
 * one thing: esbuild with `--bundle --minify` (its API, the same options) over
 * the packages laid out as installed (`node_modules/@errcat/*`, resolved
 * through their `exports`). Each import must bring that thing and what it
 * needs, never the package's other catalogs or other providers' data.
 */

/** Bytes of the minified bundle of `source`, and its text. */
async function bundle(dir: string, source: string): Promise<{ bytes: number; text: string }> {
  const result = await build({
    stdin: { contents: source, resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  return { bytes: Buffer.byteLength(text), text };
}

describe.each(ENUM_STYLES)('tree-shaking the generated packages (enumStyle %s)', (style: EnumStyle) => {
  let workspace: { dir: string; remove: () => Promise<void> };

  beforeAll(async () => {
    workspace = await temporaryDir(`bundle-${style}`);
    const { files } = await generateFiles({ catalogDir: CATALOG_DIR, scope: '@errcat', enumStyle: style });
    await writeFilesTo(path.join(workspace.dir, 'node_modules', '@errcat'), files);
  });
  afterAll(() => workspace?.remove());

  it('one 9-member enum bundles to at most 1,000 bytes, with no entry of its catalog and nothing of another', async () => {
    const { bytes, text } = await bundle(workspace.dir, 'import { SmsapiDeliveryStatuses } from "@errcat/smsapi"; console.log(SmsapiDeliveryStatuses);');
    expect(text).toContain('NOT_FOUND');
    expect(text).toContain('ACCEPTED');
    for (const absent of ['Wrong ID or report has expired', 'delivery-statuses', 'api-errors', 'INVALID_AUTHORIZATION', 'in_progress']) expect(text).not.toContain(absent);
    expect(bytes).toBeLessThanOrEqual(1_000);
  });

  it('Category alone bundles to at most 1,500 bytes, without the taxonomy table', async () => {
    const { bytes, text } = await bundle(workspace.dir, 'import { Category } from "@errcat/core"; console.log(Category);');
    expect(text).toContain('insufficient_balance');
    expect(text).not.toContain('Not enough funds, credits');
    expect(bytes).toBeLessThanOrEqual(1_500);
  });

  it("one catalog's lookup brings that catalog's entries and no other catalog's", async () => {
    const smsapi = await bundle(workspace.dir, 'import { lookupSmsapiDeliveryStatuses } from "@errcat/smsapi"; console.log(lookupSmsapiDeliveryStatuses(403));');
    expect(smsapi.text).toContain('Message is sent.');
    expect(smsapi.text).not.toContain('api-errors');
    const notificore = await bundle(workspace.dir, 'import { lookupNotificoreApiV1 } from "@errcat/notificore"; console.log(lookupNotificoreApiV1(8));');
    expect(notificore.text).toContain('"api-v1"');
    expect(notificore.text).not.toContain('"api-v2"');
    expect(notificore.text).not.toContain('bsg');
  });

  it('an unused import bundles to nothing (the packages have no side effects)', async () => {
    const { text } = await bundle(workspace.dir, 'import { SmsapiApiErrors } from "@errcat/smsapi"; import { Category } from "@errcat/core"; console.log(1);');
    expect(text).toBe('console.log(1);\n');
  });
});

import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureCases, fixtureOutput } from '../fixtures/fixture-cases.ts';
import { temporaryDir, writeFilesTo } from '../helpers/generated-output.ts';

const run = promisify(execFile);

/**
 * A renamed key keeps working: the golden fixtures' packages (string-codes in
 * the enum style, const-style in the const style), installed and run by Node.
 * The old key is a member with the entry's value, the lookups by key answer
 * it with the renamed entry, and nothing else sees it: entries carry the new
 * key, a numeric enum's reverse mapping names the new key, and the guard of a
 * message catalog takes only current keys.
 */
const SCRIPT = String.raw`
import { StringlyDelivery, StringlyErrors, stringlyDeliveryByKey, stringlyDeliveryCodeByKey, stringlyDeliveryEntries, stringlyErrorsByKey } from '@errcat/stringly';
import { ConstyCodes, ConstyMessages, ConstyStatuses, constyCodesByKey, constyCodesCodeByKey, constyMessagesByKey, constyStatusesByKey, isConstyMessages } from '@errcat/consty';
console.log(JSON.stringify({
  enum: {
    aliasValues: [StringlyDelivery.WAITING, StringlyDelivery.PENDING, StringlyDelivery.QUEUED, StringlyErrors.TOKEN_EXPIRED, StringlyErrors.BAD_TOKEN],
    reverse: StringlyDelivery[409],
    byOldKey: [stringlyDeliveryByKey.get('WAITING')?.key, stringlyDeliveryByKey.get('PENDING')?.key, stringlyErrorsByKey.get('TOKEN_EXPIRED')?.key],
    codeByOldKey: stringlyDeliveryCodeByKey.get('PENDING'),
    entryKeys: stringlyDeliveryEntries.map((e) => e.key),
  },
  const: {
    aliasValues: [ConstyCodes.NO_FUNDS, ConstyCodes.NOT_ENOUGH_FUNDS, ConstyStatuses.DONE, ConstyMessages.MISSING_PARAMS],
    frozen: Object.isFrozen(ConstyCodes) && Object.isFrozen(ConstyMessages),
    keys: Object.keys(ConstyCodes),
    byOldKey: [constyCodesByKey.get('NO_FUNDS')?.key, constyStatusesByKey.get('DONE')?.key, constyMessagesByKey.get('MISSING_PARAMS')?.key],
    codeByOldKey: constyCodesCodeByKey.get('NO_FUNDS'),
    guard: [isConstyMessages('MISSING_PARAMETERS'), isConstyMessages('MISSING_PARAMS')],
  },
}));
`;

/** What a user's editor shows: each use of an alias struck through (suggestion 6385, "is deprecated"), the current keys not. */
const EDITOR = `import { StringlyDelivery, StringlyErrors } from '@errcat/stringly';
import { ConstyCodes, ConstyMessages } from '@errcat/consty';
export const old = [StringlyDelivery.WAITING, StringlyErrors.TOKEN_EXPIRED, ConstyCodes.NO_FUNDS, ConstyMessages.MISSING_PARAMS];
export const current = [StringlyDelivery.QUEUED, StringlyErrors.BAD_TOKEN, ConstyCodes.NOT_ENOUGH_FUNDS, ConstyMessages.MISSING_PARAMETERS];
`;

/** The names the language service reports deprecated in a file, as an editor would strike them through. */
function deprecatedNames(dir: string, file: string): string[] {
  const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, types: [] };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  };
  const service = ts.createLanguageService(host);
  const text = ts.sys.readFile(file)!;
  expect(service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  return service
    .getSuggestionDiagnostics(file)
    .filter((d) => d.code === 6385 || d.code === 6387)
    .map((d) => text.slice(d.start, d.start! + d.length!));
}

describe('renamed keys as deprecated aliases, run by Node', () => {
  let workspace: { dir: string; remove: () => Promise<void> };
  const declarations = new Map<string, string>();

  beforeAll(async () => {
    workspace = await temporaryDir('aliases');
    const cases = (await fixtureCases()).filter((c) => c.name === 'string-codes' || c.name === 'const-style');
    expect(cases).toHaveLength(2);
    for (const fixture of cases) {
      const files = await fixtureOutput(fixture);
      // Each case has its own core; the same generator made both, so either serves.
      await writeFilesTo(path.join(workspace.dir, 'node_modules', '@errcat'), files);
      for (const f of files) if (f.path.endsWith('.d.ts')) declarations.set(f.path, f.content);
    }
    await writeFile(path.join(workspace.dir, 'package.json'), '{ "type": "module" }\n');
    await writeFile(path.join(workspace.dir, 'aliases.js'), SCRIPT);
    await writeFile(path.join(workspace.dir, 'editor.ts'), EDITOR);
  });
  afterAll(() => workspace?.remove());

  it('answers the old keys with the renamed entries, in both enum styles', async () => {
    const { stdout } = await run(process.execPath, ['aliases.js'], { cwd: workspace.dir });
    expect(JSON.parse(stdout)).toEqual({
      enum: {
        aliasValues: [409, 409, 409, 'E_TOKEN', 'E_TOKEN'],
        reverse: 'QUEUED',
        byOldKey: ['QUEUED', 'QUEUED', 'BAD_TOKEN'],
        codeByOldKey: 409,
        entryKeys: ['DELIVERED', 'QUEUED'],
      },
      const: {
        aliasValues: [8, 8, 'D', 'MISSING_PARAMETERS'],
        frozen: true,
        keys: ['OK', 'NO_FUNDS', 'NOT_ENOUGH_FUNDS', 'OLD_ENDPOINT'],
        byOldKey: ['NOT_ENOUGH_FUNDS', 'DELIVERED', 'MISSING_PARAMETERS'],
        codeByOldKey: 8,
        guard: [true, false],
      },
    });
  });

  it('are struck through in an editor (the language service calls each use deprecated), the current keys are not', () => {
    expect(deprecatedNames(workspace.dir, path.join(workspace.dir, 'editor.ts'))).toEqual(['WAITING', 'TOKEN_EXPIRED', 'NO_FUNDS', 'MISSING_PARAMS']);
  });

  it('marks each alias @deprecated in the declarations editors read, naming the key to use', () => {
    const deprecatedBefore = (file: string, member: string) => new RegExp(`@deprecated Renamed: use (\\w+)\\. This alias is kept until the next major version\\.\\n\\s+\\*/\\n\\s+(?:readonly )?${member}\\b`).exec(declarations.get(file) ?? '')?.[1];
    expect(deprecatedBefore('stringly/dist/delivery.d.ts', 'WAITING')).toBe('QUEUED');
    expect(deprecatedBefore('stringly/dist/errors.d.ts', 'TOKEN_EXPIRED')).toBe('BAD_TOKEN');
    expect(deprecatedBefore('consty/dist/codes.d.ts', 'NO_FUNDS')).toBe('NOT_ENOUGH_FUNDS');
    expect(deprecatedBefore('consty/dist/messages.d.ts', 'MISSING_PARAMS')).toBe('MISSING_PARAMETERS');
    expect(deprecatedBefore('consty/dist/codes.d.ts', 'NOT_ENOUGH_FUNDS')).toBeUndefined();
  });
});

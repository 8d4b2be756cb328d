import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT, fileOf, generatedOutput, temporaryDir, writeFilesTo } from '../helpers/generated-output.ts';

/**
 * The generated packages as a user gets them: generated in memory, written to
 * a temporary folder, packed with `npm pack`, installed from the tarballs into
 * a throw-away project (offline: they have no dependency outside the set),
 * type-checked by the repository's TypeScript under two module resolutions,
 * then compiled and run by plain Node (ESM).
 */

const run = promisify(execFile);
const TSC = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsc');
const MINUTE = 60_000;

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

/** npm with no network, no prompts and a private cache, so the test neither needs nor changes the machine's npm state. */
function npmEnv(cache: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    npm_config_cache: cache,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_loglevel: 'error',
  };
}

/** Runs the repository's `tsc` (by absolute path, with this Node); resolves with the exit code and output instead of throwing. */
async function tsc(cwd: string, args: readonly string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSC, ...args], { cwd, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** Options every type-check shares: strict, no `skipLibCheck` (the packages' `.d.ts` are checked too). */
const COMMON = ['--strict', '--target', 'es2022', '--resolveJsonModule', '--pretty', 'false'];

/**
 * The consumer: what a user writes. Compile-time checks use `@ts-expect-error`,
 * so a declaration that decays to `any` fails the type-check (the directive would be unused).
 */
const CONSUMER = String.raw`import { CATEGORIES, Category, ProviderApiError, canFailover, canResend, fromResponse, fromResponseAll, isRetryable, normalize, shouldPoll, toProblem, whoMustAct, type FetchResponseLike, type Problem, type ProviderError } from '@errcat/core';
import {
  NotificoreApiV1,
  NotificoreApiV2,
  isNotificoreApiV1,
  isNotificoreApiV2,
  lookupNotificoreApiV1,
  lookupNotificoreApiV2ByMessage,
  notificoreApiV1ByKey,
  notificoreApiV1CodeByKey,
  notificoreApiV1Entries,
  notificoreApiV1Reserved,
  notificoreApiV2ByKey,
  notificoreApiV2ByMessage,
  notificoreProvider,
  type NotificoreApiV1Entry,
  type NotificoreApiV1Key,
  type NotificoreApiV2Entry,
} from '@errcat/notificore';
import { BsgApiV1, bsgProvider, lookupBsgApiV1 } from '@errcat/bsg';
import { SerwersmsApiV2, lookupSerwersmsApiV2, serwersmsApiV2ByCode, serwersmsProvider } from '@errcat/serwersms';
import { SmsapiApiErrors, SmsapiDeliveryStatuses, lookupSmsapiDeliveryStatuses, smsapiProvider } from '@errcat/smsapi';
import {
  YellowpushHttpStatuses,
  YellowpushMessages,
  YellowpushResultCodes,
  isYellowpushResultCodes,
  lookupYellowpushMessagesByMessage,
  yellowpushProvider,
} from '@errcat/yellowpush';
import notificoreCatalog from '@errcat/notificore/catalog.json' with { type: 'json' };

// ---- compile-time checks ----
const key: NotificoreApiV1Key = 'INVALID_KEY';
// @ts-expect-error not a key of the catalog
const badKey: NotificoreApiV1Key = 'NOT_A_KEY';
const code: NotificoreApiV1 = NotificoreApiV1.NOT_ENOUGH_FUNDS;
// @ts-expect-error a string is not a member of a numeric enum
const badCode: NotificoreApiV1 = '8';
const maybeEntry: NotificoreApiV1Entry | undefined = lookupNotificoreApiV1('8');
// @ts-expect-error a lookup may miss
const sureEntry: NotificoreApiV1Entry = lookupNotificoreApiV1('8');
const wire: unknown = 21;
if (isNotificoreApiV1(wire)) {
  const narrowed: NotificoreApiV1 = wire;
  void narrowed;
}
const v2: NotificoreApiV2Entry | undefined = notificoreApiV2ByKey.get(NotificoreApiV2.CONTACT_NOT_FOUND);
// @ts-expect-error message-only entries have no code
const v2Code: number = notificoreApiV2ByKey.get('CONTACT_NOT_FOUND')!.code;
const categoryText: ${'`${Category}`'} = Category.RATE_LIMIT;
void [key, badKey, code, badCode, maybeEntry, sureEntry, v2, v2Code, categoryText];

/** What an application does with an error, whichever provider said it. */
function action(error: ProviderError): string {
  switch (error.category) {
    case Category.INSUFFICIENT_BALANCE:
      return 'top-up';
    case Category.RATE_LIMIT:
    case Category.IN_PROGRESS:
    case Category.PROVIDER_INTERNAL_ERROR:
      return 'retry-later';
    default:
      return isRetryable(error) ? 'retry' : 'give-up';
  }
}

function summary(error: ProviderError) {
  return {
    known: error.known,
    catalog: error.known ? error.catalog : null,
    key: error.known ? error.key : null,
    code: error.code ?? null,
    message: error.message ?? null,
    type: error.type ?? null,
    details: [...error.details],
    httpStatus: error.httpStatus ?? null,
    category: error.category,
    retryable: isRetryable(error),
    action: action(error),
  };
}

/** What an application decides from an error, with nothing but the core helpers. */
function handling(error: ProviderError) {
  return {
    category: error.category,
    source: error.categorySource,
    retry: isRetryable(error),
    resend: canResend(error),
    poll: shouldPoll(error),
    failover: canFailover(error),
    actor: whoMustAct(error),
    retryAfterSeconds: error.retryAfterSeconds ?? null,
  };
}

const hostileProto: unknown = JSON.parse('{"__proto__": {"error": "8", "errorDescription": "not enough funds"}}');
const plain: Record<string, unknown> = {};

const normalized = {
  bsgInteger: normalize(bsgProvider, { error: 8, errorDescription: 'not enough funds' }),
  bsgString: normalize(bsgProvider, { error: '11', errorDescription: 'too many' }),
  notificoreString: normalize(notificoreProvider, '{"error":"40","errorDescription":"Message not found"}'),
  notificoreV2: normalize(notificoreProvider, { message: 'All numbers are in the stop list', errors: [] }, { httpStatus: 400 }),
  notificoreInProgress: normalize(notificoreProvider, { error: '91', errorDescription: 'File not ready' }),
  // Plain text is read only where a provider documents it: SMSAPI's ERROR:<code>, not Notificore's messages.
  notificorePlainText: normalize(notificoreProvider, 'Contact not found'),
  smsapiPlainText: normalize(smsapiProvider, 'ERROR:101'),
  serwersmsNested: normalize(serwersmsProvider, { error: { code: 1001, type: 'InvalidUser', message: 'Incorrect login or password' } }, { httpStatus: 401 }),
  serwersmsStringCode: normalize(serwersmsProvider, { error: { code: '4504', type: 'SubaccountError', message: 'Incorrect login or password' } }),
  yellowpushMessage: normalize(yellowpushProvider, { message: 'Missing parameters', code: 1, listErrors: null }, { httpStatus: 400 }),
  yellowpushDetails: normalize(yellowpushProvider, { message: 'Error reading json', code: 1, listErrors: ['Format error in mobile number 1 in position 1', 7] }, { httpStatus: 400 }),
  yellowpushSystem: normalize(yellowpushProvider, { message: 'Something broke', code: 2, listErrors: null }, { httpStatus: 400 }),
  yellowpush401: normalize(yellowpushProvider, null, { httpStatus: 401 }),
  smsapiUnknownCode: normalize(smsapiProvider, { error: 99999, message: 'New error' }),
  nonJsonString: normalize(notificoreProvider, '<html>502 Bad Gateway</html>', { httpStatus: 502 }),
  nullBody: normalize(smsapiProvider, null),
  hostileProto: normalize(notificoreProvider, hostileProto),
  hostileToString: normalize(notificoreProvider, { error: { toString: 1 }, errorDescription: { valueOf: 1 } }),
  hostileNested: normalize(serwersmsProvider, { error: { code: { toString: 1 }, message: ['x'], type: 7 } }),
  hostileNaN: normalize(bsgProvider, { error: Number.NaN }),
  hostileMessage: normalize(yellowpushProvider, { message: '__proto__', code: 'constructor' }),
};

const problems: Record<string, Problem> = {
  bsgInteger: toProblem(normalized.bsgInteger),
  notificoreV2: toProblem(normalized.notificoreV2),
  serwersmsNested: toProblem(normalized.serwersmsNested),
  yellowpushDetails: toProblem(normalized.yellowpushDetails),
  smsapiUnknownCode: toProblem(normalized.smsapiUnknownCode),
  nullBody: toProblem(normalized.nullBody),
  hostileProto: toProblem(normalized.hostileProto),
  withBaseUrl: toProblem(normalized.bsgInteger, { baseUrl: 'https://errors.example.com/generated/' }),
  withStatus: toProblem(normalized.smsapiUnknownCode, { status: 422 }),
  withMessage: toProblem(normalized.smsapiUnknownCode, { includeProviderMessage: true }),
};

const out = {
  lookups: {
    string40: lookupNotificoreApiV1('40')?.key ?? null,
    number40: lookupNotificoreApiV1(40)?.key ?? null,
    sameEntry: lookupNotificoreApiV1('40') === lookupNotificoreApiV1(40),
    padded: lookupNotificoreApiV1(' 8 ')?.key ?? null,
    fraction: lookupNotificoreApiV1(40.5)?.key ?? null,
    exponent: lookupNotificoreApiV1('4e1')?.key ?? null,
    reserved88: lookupNotificoreApiV1(88)?.key ?? null,
    protoKey: lookupNotificoreApiV1('__proto__')?.key ?? null,
    bsg40: [lookupBsgApiV1('40')?.provider ?? null, lookupBsgApiV1(40)?.reference ?? null],
    serwersms1001: lookupSerwersmsApiV2('1001')?.type ?? null,
    serwersmsByCode: serwersmsApiV2ByCode.get(SerwersmsApiV2.INCORRECT_LOGIN_OR_PASSWORD)?.text ?? null,
    smsapiDelivery403: lookupSmsapiDeliveryStatuses(403)?.key ?? null,
    yellowpushMessage: lookupYellowpushMessagesByMessage('Missing parameters')?.key ?? null,
    yellowpushMessageCase: lookupYellowpushMessagesByMessage('missing parameters')?.key ?? null,
  },
  guards: {
    v1Number: isNotificoreApiV1(40),
    v1String: isNotificoreApiV1('40'),
    v1Undocumented: isNotificoreApiV1(42),
    v2Key: isNotificoreApiV2('CONTACT_NOT_FOUND'),
    v2Text: isNotificoreApiV2('Contact not found'),
    v2Proto: isNotificoreApiV2('__proto__'),
    v2ToString: isNotificoreApiV2('toString'),
    yellowpush2: isYellowpushResultCodes(2),
  },
  reverse: {
    codeByKey: notificoreApiV1CodeByKey.get('INVALID_KEY') ?? null,
    entryByKey: notificoreApiV1ByKey.get('NOT_ENOUGH_FUNDS')?.code ?? null,
    enumName: NotificoreApiV1[8] ?? null,
    enumValue: NotificoreApiV1.VIBER_MESSAGE_NOT_FOUND,
    bsgEnum: BsgApiV1.NOT_ENOUGH_FUNDS,
    serwersmsEnum: SerwersmsApiV2.INCORRECT_LOGIN_OR_PASSWORD,
    smsapiEnum: SmsapiApiErrors.INVALID_AUTHORIZATION,
    smsapiDeliveryName: SmsapiDeliveryStatuses[403] ?? null,
    yellowpushEnums: [YellowpushResultCodes.SYSTEM_EXCEPTION, YellowpushHttpStatuses.UNAUTHORIZED, YellowpushMessages.MISSING_PARAMETERS],
    reserved: notificoreApiV1Reserved.map((r) => r.from + '-' + r.to),
    v1Count: notificoreApiV1Entries.length,
  },
  messages: {
    campaign: lookupNotificoreApiV2ByMessage('Campaign not found')?.key ?? null,
    campaignAll: notificoreApiV2ByMessage.get('Campaign not found')?.map((e) => e.key) ?? null,
    stopList: lookupNotificoreApiV2ByMessage('All numbers are in the stop list')?.category ?? null,
    undocumented: lookupNotificoreApiV2ByMessage('Something else')?.key ?? null,
    notAString: lookupNotificoreApiV2ByMessage(40)?.key ?? null,
    proto: lookupNotificoreApiV2ByMessage('__proto__')?.key ?? null,
  },
  taxonomy: {
    // Delivery statuses still in progress (403 SENT, 409 QUEUED, 410 ACCEPTED): poll, never resend.
    smsapiInProgress: [403, 409, 410].map((code) => {
      const entry = lookupSmsapiDeliveryStatuses(code)!;
      return { key: entry.key, category: entry.category, retry: isRetryable(entry), resend: canResend(entry), poll: shouldPoll(entry) };
    }),
    inProgress: handling(normalize(notificoreProvider, { error: '91', errorDescription: 'File not ready' })),
    // An internal error during a send: retryable, but only with an idempotency key.
    smsapi201: handling(normalize(smsapiProvider, { error: 201, message: 'Sending system internal error' })),
    smsapi201Idempotent: isRetryable(normalize(smsapiProvider, { error: 201, message: 'x' }), { idempotent: true }),
    // SerwerSMS limits are prepaid credit: billing is alerted.
    serwersms3000: handling(normalize(serwersmsProvider, { error: { code: 3000, type: 'SendError', message: 'Exhausted the limit of available SMS ECO+' } })),
    // Undocumented answers classified by their HTTP status.
    html429: handling(normalize(smsapiProvider, '<html>Too Many Requests</html>', { httpStatus: 429, retryAfter: '7' })),
    empty503: handling(normalize(notificoreProvider, '', { httpStatus: 503 })),
    empty500: handling(normalize(notificoreProvider, '', { httpStatus: 500 })),
    noStatus: handling(normalize(notificoreProvider, '')),
    // A destination this provider does not serve: another may.
    direction: handling(normalize(notificoreProvider, { error: 33, errorDescription: 'direction is not allowed' })),
  },
  core: {
    categories: CATEGORIES.length,
    retryableByDefault: CATEGORIES.filter((c) => c.retryableByDefault).map((c) => c.category),
    isRetryableNull: isRetryable(null),
    isRetryableUndefined: isRetryable(undefined),
  },
  catalogJson: {
    provider: notificoreCatalog.provider.id,
    catalogs: notificoreCatalog.catalogs.map((c) => c.id),
  },
  normalized: Object.fromEntries(Object.entries(normalized).map(([name, error]) => [name, summary(error)])),
  problems,
  prototypeClean: plain['error'] === undefined && plain['errorDescription'] === undefined && plain['code'] === undefined,
  responses: await responses(),
};

/** Node's own Fetch Response (typed structurally: this consumer compiles without DOM or node types), and an Axios-shaped one. */
async function responses() {
  const FetchResponse = (globalThis as unknown as { Response: new (body: string, init: { status: number; headers: Record<string, string> }) => FetchResponseLike }).Response;
  const summary = (error: ProviderError) => ({ known: error.known, key: error.key ?? null, code: error.code ?? null, shape: error.shape ?? null, httpStatus: error.httpStatus ?? null, index: error.index ?? null });
  const smsapiJson = await fromResponse(smsapiProvider, new FetchResponse('{"error": 13, "message": "No correct phone numbers"}', { status: 200, headers: { 'content-type': 'application/json' } }));
  const smsapiText = await fromResponse(smsapiProvider, new FetchResponse('ERROR:105', { status: 200, headers: { 'content-type': 'text/plain' } }));
  const gateway = await fromResponse(smsapiProvider, new FetchResponse('<html><body>ERROR:105</body></html>', { status: 502, headers: { 'content-type': 'text/html' } }));
  const bsgItems = await fromResponseAll(bsgProvider, new FetchResponse('{"result": [{"error": 0, "errorDescription": "No errors"}, {"error": 25, "errorDescription": "Viber not supported for this number"}]}', { status: 200, headers: {} }));
  const axios = await fromResponse(yellowpushProvider, { status: 401, data: '', headers: { 'content-type': 'text/plain' } });
  const thrown = new ProviderApiError(smsapiJson);
  let caught: unknown;
  try {
    throw thrown;
  } catch (error) {
    caught = error;
  }
  return {
    smsapiJson: summary(smsapiJson),
    smsapiText: summary(smsapiText),
    gateway: summary(gateway),
    bsgItems: bsgItems.map(summary),
    axios: summary(axios),
    error: {
      isError: caught instanceof Error,
      isProviderApiError: caught instanceof ProviderApiError,
      message: caught instanceof ProviderApiError ? caught.message : null,
      fields: caught instanceof ProviderApiError ? [caught.provider, caught.code, caught.key, caught.category, caught.retryable] : null,
      causeIsBody: caught instanceof ProviderApiError && caught.cause === smsapiJson.raw,
    },
  };
}

console.log(JSON.stringify(out));
`;

type Summary = {
  known: boolean;
  catalog: string | null;
  key: string | null;
  code: number | string | null;
  message: string | null;
  type: string | null;
  details: string[];
  httpStatus: number | null;
  category: string;
  retryable: boolean;
  action: string;
};

/** A summary of an error no catalog documents. */
function unknown(fields: Partial<Summary> = {}): Summary {
  return {
    known: false,
    catalog: null,
    key: null,
    code: null,
    message: null,
    type: null,
    details: [],
    httpStatus: null,
    category: 'unknown',
    retryable: false,
    action: 'give-up',
    ...fields,
  };
}

/** A summary of a recognised error. */
function known(fields: Omit<Summary, 'known' | 'details' | 'type' | 'httpStatus' | 'message' | 'code'> & Partial<Summary>): Summary {
  return { known: true, code: null, message: null, type: null, details: [], httpStatus: null, ...fields };
}

describe('the generated packages, packed, installed and used by a TypeScript consumer', () => {
  let workspace: { dir: string; remove: () => Promise<void> };
  let app: string;
  let packed: { name: string; filename: string; files: { path: string }[] }[];
  let manifests: Map<string, Record<string, unknown>>;
  /** Type-checks start as soon as the project is installed and run side by side; each test awaits its own. */
  let checks: Record<'nodenext' | 'bundler' | 'nodenextStrictest', Promise<{ code: number; output: string }>>;
  let compiled: Promise<{ code: number; output: string }>;

  beforeAll(async () => {
    workspace = await temporaryDir('consumer');
    const out = path.join(workspace.dir, 'out');
    const tarballs = path.join(workspace.dir, 'tarballs');
    app = path.join(workspace.dir, 'app');
    const env = npmEnv(path.join(workspace.dir, 'npm-cache'));

    const output = await generatedOutput();
    await writeFilesTo(out, output.files);
    manifests = new Map(
      output.packageDirs.map((dir) => [dir, JSON.parse(output.byPath.get(`${dir}/package.json`) ?? '{}') as Record<string, unknown>]),
    );

    await mkdir(tarballs, { recursive: true });
    const pack = await run('npm', ['pack', '--json', '--pack-destination', tarballs, ...output.packageDirs.map((d) => path.join(out, d))], {
      cwd: workspace.dir,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    packed = JSON.parse(pack.stdout) as typeof packed;

    await mkdir(app, { recursive: true });
    await writeFile(path.join(app, 'package.json'), JSON.stringify({ name: 'errcat-consumer', private: true, type: 'module' }, null, 2));
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund', ...packed.map((p) => path.join(tarballs, p.filename))], {
      cwd: app,
      env,
      maxBuffer: 16 * 1024 * 1024,
    });
    await writeFile(path.join(app, 'consumer.ts'), CONSUMER);

    checks = {
      nodenext: tsc(app, [...COMMON, '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', 'consumer.ts']),
      bundler: tsc(app, [...COMMON, '--noEmit', '--module', 'esnext', '--moduleResolution', 'bundler', 'consumer.ts']),
      // The strictest settings teams turn on; the packages' declarations must not trip them.
      nodenextStrictest: tsc(app, [
        ...COMMON,
        '--noEmit',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--exactOptionalPropertyTypes',
        '--noUncheckedIndexedAccess',
        '--noPropertyAccessFromIndexSignature',
        '--verbatimModuleSyntax',
        '--isolatedModules',
        'consumer.ts',
      ]),
    };
    // Emitting needs no second check: the checks above are the type-check.
    compiled = tsc(app, [...COMMON, '--noCheck', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--outDir', 'build', 'consumer.ts']);
  }, 3 * MINUTE);

  afterAll(async () => {
    await Promise.allSettled([...Object.values(checks ?? {}), compiled]);
    await workspace?.remove();
  });

  it('packs core and every provider with every file its package.json points at', () => {
    expect(packed.map((p) => p.name).sort()).toEqual([...manifests.values()].map((m) => m.name).sort());
    for (const tarball of packed) {
      const manifest = [...manifests.values()].find((m) => m.name === tarball.name)!;
      const inTarball = new Set(tarball.files.map((f) => f.path));
      const targets = new Set<string>([String(manifest.main), String(manifest.types)]);
      const collect = (value: unknown): void => {
        if (typeof value === 'string') targets.add(value);
        else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
      };
      collect(manifest.exports);
      const missing = [...targets].map((t) => t.replace(/^\.\//, '')).filter((t) => !inTarball.has(t));
      expect(missing, `${tarball.name}: exports/main/types targets missing from the tarball`).toEqual([]);
      expect(inTarball.has('README.md'), `${tarball.name}: README.md`).toBe(true);
    }
  });

  it('type-checks with --strict under --module nodenext --moduleResolution nodenext', async () => {
    const result = await checks.nodenext;
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('type-checks with --strict under --module esnext --moduleResolution bundler', async () => {
    const result = await checks.bundler;
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('type-checks under nodenext with exactOptionalPropertyTypes, noUncheckedIndexedAccess and verbatimModuleSyntax', async () => {
    const result = await checks.nodenextStrictest;
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  });

  it('runs under plain Node (ESM) and gives the documented answers', async () => {
    const build = await compiled;
    expect(build.output).toBe('');
    expect(build.code).toBe(0);
    const { stdout } = await run(process.execPath, [path.join('build', 'consumer.js')], { cwd: app });
    const result = JSON.parse(stdout) as Record<string, Record<string, unknown>>;

    expect(result.lookups).toEqual({
      string40: 'VIBER_MESSAGE_NOT_FOUND',
      number40: 'VIBER_MESSAGE_NOT_FOUND',
      sameEntry: true,
      padded: 'NOT_ENOUGH_FUNDS',
      fraction: null,
      exponent: null,
      reserved88: null,
      protoKey: null,
      bsg40: ['bsg', 'bsg/README.md#api-v1-viber-message-not-found'],
      serwersms1001: 'InvalidUser',
      serwersmsByCode: 'Incorrect login or password',
      smsapiDelivery403: 'SENT',
      yellowpushMessage: 'MISSING_PARAMETERS',
      yellowpushMessageCase: null,
    });
    expect(result.guards).toEqual({
      v1Number: true,
      v1String: false,
      v1Undocumented: false,
      v2Key: true,
      v2Text: false,
      v2Proto: false,
      v2ToString: false,
      yellowpush2: true,
    });
    expect(result.reverse).toEqual({
      codeByKey: 1,
      entryByKey: 8,
      enumName: 'NOT_ENOUGH_FUNDS',
      enumValue: 40,
      bsgEnum: 8,
      serwersmsEnum: 1001,
      smsapiEnum: 101,
      smsapiDeliveryName: 'SENT',
      yellowpushEnums: [2, 401, 'MISSING_PARAMETERS'],
      reserved: ['88-89'],
      v1Count: 59,
    });
    expect(result.messages).toEqual({
      campaign: 'CONTACTS_CAMPAIGN_NOT_FOUND',
      campaignAll: ['CONTACTS_CAMPAIGN_NOT_FOUND', 'SMS_CAMPAIGN_NOT_FOUND'],
      stopList: 'recipient_blocked',
      undocumented: null,
      notAString: null,
      proto: null,
    });
    const handled = (category: string, source: string, decisions: Partial<Record<'retry' | 'resend' | 'poll' | 'failover', boolean>>, actor: string, more: Record<string, unknown> = {}) => ({
      category, source, retry: false, resend: false, poll: false, failover: false, ...decisions, actor, retryAfterSeconds: null, ...more,
    });
    expect(result.taxonomy).toEqual({
      smsapiInProgress: ['SENT', 'QUEUED', 'ACCEPTED'].map((key) => ({ key, category: 'in_progress', retry: false, resend: false, poll: true })),
      inProgress: handled('in_progress', 'entry', { poll: true }, 'none'),
      smsapi201: handled('provider_internal_error', 'entry', {}, 'provider'),
      smsapi201Idempotent: true,
      serwersms3000: handled('insufficient_balance', 'entry', { resend: true, failover: true }, 'account_owner'),
      html429: handled('rate_limit', 'http-status', { retry: true, resend: true, failover: true }, 'none', { retryAfterSeconds: 7 }),
      empty503: handled('provider_internal_error', 'http-status', { retry: true, resend: true, failover: true }, 'provider'),
      empty500: handled('provider_internal_error', 'http-status', {}, 'provider'),
      noStatus: handled('unknown', 'none', {}, 'provider'),
      direction: handled('unsupported_destination', 'entry', { resend: true, failover: true }, 'provider'),
    });
    expect(result.core).toEqual({
      categories: 24,
      retryableByDefault: ['in_progress', 'rate_limit', 'provider_internal_error'],
      isRetryableNull: false,
      isRetryableUndefined: false,
    });
    expect(result.catalogJson).toEqual({ provider: 'notificore', catalogs: ['api-v1', 'api-v2'] });

    expect(result.normalized).toEqual({
      bsgInteger: known({ catalog: 'api-v1', key: 'NOT_ENOUGH_FUNDS', code: 8, message: 'not enough funds', category: 'insufficient_balance', retryable: false, action: 'top-up' }),
      bsgString: known({ catalog: 'api-v1', key: 'TOO_MANY_MESSAGES_IN_PROGRESS', code: 11, message: 'too many', category: 'rate_limit', retryable: true, action: 'retry-later' }),
      notificoreString: known({ catalog: 'api-v1', key: 'VIBER_MESSAGE_NOT_FOUND', code: 40, message: 'Message not found', category: 'not_found', retryable: false, action: 'give-up' }),
      notificoreV2: known({ catalog: 'api-v2', key: 'ALL_NUMBERS_IN_STOP_LIST', message: 'All numbers are in the stop list', httpStatus: 400, category: 'recipient_blocked', retryable: false, action: 'give-up' }),
      notificoreInProgress: known({ catalog: 'api-v1', key: 'STATISTICS_FILE_NOT_READY', code: 91, message: 'File not ready', category: 'in_progress', retryable: false, action: 'retry-later' }),
      notificorePlainText: unknown(),
      smsapiPlainText: known({ catalog: 'api-errors', key: 'INVALID_AUTHORIZATION', code: 101, category: 'authentication', retryable: false, action: 'give-up' }),
      serwersmsNested: known({ catalog: 'api-v2', key: 'INCORRECT_LOGIN_OR_PASSWORD', code: 1001, message: 'Incorrect login or password', type: 'InvalidUser', httpStatus: 401, category: 'authentication', retryable: false, action: 'give-up' }),
      serwersmsStringCode: known({ catalog: 'api-v2', key: 'SUBACCOUNT_INCORRECT_LOGIN_OR_PASSWORD', code: 4504, message: 'Incorrect login or password', type: 'SubaccountError', category: 'authentication', retryable: false, action: 'give-up' }),
      yellowpushMessage: known({ catalog: 'messages', key: 'MISSING_PARAMETERS', message: 'Missing parameters', httpStatus: 400, category: 'invalid_parameters', retryable: false, action: 'give-up' }),
      yellowpushDetails: known({
        catalog: 'messages',
        key: 'ERROR_READING_JSON',
        message: 'Error reading json',
        details: ['Format error in mobile number 1 in position 1'],
        httpStatus: 400,
        category: 'invalid_parameters',
        retryable: false,
        action: 'give-up',
      }),
      yellowpushSystem: known({ catalog: 'result-codes', key: 'SYSTEM_EXCEPTION', code: 2, message: 'Something broke', httpStatus: 400, category: 'provider_internal_error', retryable: false, action: 'retry-later' }),
      yellowpush401: known({ catalog: 'http-statuses', key: 'UNAUTHORIZED', code: 401, httpStatus: 401, category: 'authentication', retryable: false, action: 'give-up' }),
      smsapiUnknownCode: unknown({ code: 99999, message: 'New error' }),
      nonJsonString: unknown({ httpStatus: 502, category: 'provider_internal_error', action: 'retry-later' }),
      nullBody: unknown(),
      hostileProto: unknown(),
      hostileToString: unknown(),
      hostileNested: unknown(),
      hostileNaN: unknown(),
      hostileMessage: unknown({ code: 'constructor', message: '__proto__' }),
    });

    // Safe by default: the status from the category (never the provider's), no raw message, type about:blank without a base URL.
    const blank = { type: 'about:blank', retryable: false };
    expect(result.problems).toEqual({
      bsgInteger: { ...blank, title: 'not enough funds', status: 502, provider: 'bsg', code: 8, key: 'NOT_ENOUGH_FUNDS', category: 'insufficient_balance' },
      notificoreV2: { ...blank, title: 'All numbers are in the stop list', status: 422, provider: 'notificore', key: 'ALL_NUMBERS_IN_STOP_LIST', category: 'recipient_blocked' },
      serwersmsNested: { ...blank, title: 'Incorrect login or password', status: 502, provider: 'serwersms', code: 1001, key: 'INCORRECT_LOGIN_OR_PASSWORD', category: 'authentication' },
      yellowpushDetails: { ...blank, title: "The request's JSON could not be read.", status: 502, provider: 'yellowpush', key: 'ERROR_READING_JSON', category: 'invalid_parameters' },
      smsapiUnknownCode: { ...blank, title: 'Unknown provider error', status: 502, provider: 'smsapi', code: 99999, category: 'unknown' },
      nullBody: { ...blank, title: 'Unknown provider error', status: 502, provider: 'smsapi', category: 'unknown' },
      hostileProto: { ...blank, title: 'Unknown provider error', status: 502, provider: 'notificore', category: 'unknown' },
      withBaseUrl: {
        ...blank,
        type: 'https://errors.example.com/generated/bsg/README.md#api-v1-not-enough-funds',
        title: 'not enough funds',
        status: 502,
        provider: 'bsg',
        code: 8,
        key: 'NOT_ENOUGH_FUNDS',
        category: 'insufficient_balance',
      },
      withStatus: { ...blank, title: 'Unknown provider error', status: 422, provider: 'smsapi', code: 99999, category: 'unknown' },
      withMessage: { ...blank, title: 'Unknown provider error', status: 502, detail: 'New error', provider: 'smsapi', code: 99999, category: 'unknown' },
    });
    expect(result.prototypeClean).toBe(true);
    const read = (fields: Record<string, unknown>) => ({ known: true, key: null, code: null, shape: null, httpStatus: null, index: null, ...fields });
    expect(result.responses).toEqual({
      smsapiJson: read({ key: 'NO_VALID_PHONE_NUMBERS', code: 13, shape: 'body', httpStatus: 200 }),
      smsapiText: read({ key: 'IP_NOT_ALLOWED', code: 105, shape: 'plain-text', httpStatus: 200 }),
      // A gateway's page is no documented body, whatever it holds: classified by its status only.
      gateway: read({ known: false, httpStatus: 502 }),
      bsgItems: [read({ key: 'NO_ERROR', code: 0, shape: 'result-list', httpStatus: 200, index: 0 }), read({ key: 'SMS_INVALID_ORIGINATOR', code: 25, shape: 'result-list', httpStatus: 200, index: 1 })],
      axios: read({ key: 'UNAUTHORIZED', code: 401, httpStatus: 401 }),
      error: {
        isError: true,
        isProviderApiError: true,
        message: 'smsapi error 13 (NO_VALID_PHONE_NUMBERS): Lack of valid phone numbers (invalid or blacklisted numbers).',
        fields: ['smsapi', 13, 'NO_VALID_PHONE_NUMBERS', 'invalid_phone_number', false],
        causeIsBody: true,
      },
    });

    // What toProblem() makes is what core/openapi.yaml promises.
    const core = parse(fileOf(await generatedOutput(), 'core/openapi.yaml')) as { components: unknown };
    const ajv = new Ajv2020({ strict: false, allowUnionTypes: true });
    addFormats(ajv);
    ajv.addSchema({ $id: 'urn:errcat:core', components: core.components });
    const problemSchema = ajv.getSchema('urn:errcat:core#/components/schemas/Problem')!;
    for (const [name, problem] of Object.entries(result.problems!)) {
      expect(problemSchema(problem) ? [] : problemSchema.errors, name).toEqual([]);
    }
  });
});

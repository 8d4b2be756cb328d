// `npm run bench`: wall time and peak memory of `errcat generate` on the five
// catalogs and on synthetic catalogs of 10,000 and 100,000 entries, side by
// side with `openapi-typescript --enum` on the same OpenAPI fragment.
// Each run is a fresh process, so start-up is included, as a user sees it.
// Both tools run once untimed first (errcat's CLI bundle and both tools'
// compile caches are built on a first run), then the median of three runs is
// reported (one run for 100,000 entries).
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syntheticCatalogYaml } from './synthetic-catalog.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const PRELOAD = path.join(REPO, 'bench/report-peak-memory.cjs');
const OPENAPI_TS = path.join(REPO, 'node_modules/openapi-typescript/bin/cli.js');
const sizes = (process.env.ERRCAT_BENCH_SIZES ?? '10000,100000').split(',').map(Number);

interface Measure {
  seconds: number;
  peakMiB: number;
}

/** Runs a node script in a fresh process (in `cwd`, by default this checkout) and measures it; fails loudly if it fails. */
function measure(args: string[], cwd = REPO): Measure {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const kib = Number(/bench-peak-rss-kib (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  return { seconds, peakMiB: kib / 1024 };
}

/** The median run of `times` fresh processes, by wall time. */
function median(times: number, run: () => Measure): Measure {
  const runs = Array.from({ length: times }, run).sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)]!;
}

/** errcat generate run from the bench's temporary folder, the project its output folder must lie inside. */
function errcat(catalogDir: string, outDir: string, times = 3): Measure {
  return median(times, () => {
    spawnSync('rm', ['-rf', outDir]);
    const args = ['generate', '--catalogs', path.resolve(REPO, catalogDir), '--out', path.relative(work, outDir)];
    return measure([path.join(REPO, 'bin/errcat.js'), ...args], work);
  });
}

function openapiTypescript(fragment: string, outFile: string, times = 3): Measure {
  return median(times, () => measure([OPENAPI_TS, fragment, '--enum', '--output', outFile]));
}

const work = await mkdtemp(path.join(tmpdir(), 'errcat-bench-'));
const rows: string[][] = [];
try {
  const fiveOut = path.join(work, 'five');
  errcat('schema/catalogs', fiveOut, 1); // warm-up
  openapiTypescript(path.join(fiveOut, 'smsapi/openapi.yaml'), path.join(work, 'smsapi.ts'), 1);
  const five = errcat('schema/catalogs', fiveOut);
  const smsapi = openapiTypescript(path.join(fiveOut, 'smsapi/openapi.yaml'), path.join(work, 'smsapi.ts'));
  rows.push(['five catalogs (407 entries)', ...cells(five), 'SMSAPI fragment (134)', ...cells(smsapi)]);

  for (const size of sizes) {
    const dir = path.join(work, `catalogs-${size}`);
    await mkdir(dir);
    await writeFile(path.join(dir, `synthetic-${size}.yaml`), syntheticCatalogYaml(`synthetic-${size}`, size));
    const out = path.join(work, `out-${size}`);
    const times = size >= 100_000 ? 1 : 3;
    const ours = errcat(dir, out, times);
    const theirs = openapiTypescript(path.join(out, `synthetic-${size}/openapi.yaml`), path.join(work, `synthetic-${size}.ts`), times);
    rows.push([`synthetic ${size.toLocaleString('en')} entries`, ...cells(ours), 'same fragment', ...cells(theirs)]);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

function cells(m: Measure): string[] {
  return [`${m.seconds.toFixed(2)} s`, `${m.peakMiB.toFixed(0)} MiB`];
}

const header = ['input', 'errcat generate', 'peak memory', 'openapi-typescript --enum on', 'time', 'peak memory'];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(`\nnode ${process.version}, ${(await import('node:os')).cpus().length} cores; each figure is a fresh process, start-up included, after one warm-up run; median of 3 (1 at 100,000).`);

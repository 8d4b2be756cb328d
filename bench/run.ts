// `npm run bench`: errcat side by side with `openapi-typescript --enum` on the
// same OpenAPI fragment, from one run, as the README's Speed section shows it:
// - the full run (empty output folder) on the five catalogs and on synthetic
//   catalogs of 10,000 and 100,000 entries: time, peak memory, MB written and
//   MB/s, and the ratio to openapi-typescript;
// - the runs with little to do on the five catalogs: `generate` on an
//   up-to-date tree, `generate --check`, `validate` alone, and `generate`
//   after one provider's catalog changed, beside that provider's share (it
//   alone, with the provider it extends);
// - on the largest output: `--check`, a run after one entry changed, and a
//   run after a small provider changed beside it, once as a run of its own
//   and once under `--watch`;
// - `generate --watch`: from a catalog saved to its package written;
// - where a full run's time goes (`--timings`), stage by stage.
// Each run is a fresh process, start-up included; every command runs once
// untimed first (compile caches, the CLI bundle), then the median of three
// runs is reported (one at 100,000 entries).
import { spawn, spawnSync } from 'node:child_process';
import { watch } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { syntheticCatalogYaml } from './synthetic-catalog.ts';
import { SETTLED_MS } from '../generator/load/remembered-hashes.ts';

const REPO = path.resolve(import.meta.dirname, '..');
const ERRCAT = path.join(REPO, 'bin/errcat.js');
const PRELOAD = path.join(REPO, 'bench/report-peak-memory.cjs');
const OPENAPI_TS = path.join(REPO, 'node_modules/openapi-typescript/bin/cli.js');
const sizes = (process.env.ERRCAT_BENCH_SIZES ?? '10000,100000').split(',').map(Number);

interface Measure {
  seconds: number;
  peakMiB: number;
  stdout: string;
  stderr: string;
}

/** Runs a node script in a fresh process (in `cwd`) and measures it; fails loudly if it fails. */
function measure(args: string[], cwd: string): Measure {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', PRELOAD, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const kib = Number(/bench-peak-rss-kib (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  return { seconds, peakMiB: kib / 1024, stdout: result.stdout, stderr: result.stderr };
}

/** The median of `times` runs by wall time, each after `before` (untimed). */
function median(times: number, run: () => Measure, before: () => void = () => {}): Measure {
  const runs = Array.from({ length: times }, () => (before(), run())).sort((a, b) => a.seconds - b.seconds);
  return runs[Math.floor(runs.length / 2)]!;
}

const work = await mkdtemp(path.join(tmpdir(), 'errcat-bench-'));
/** errcat in the bench's project (its temporary folder), on a catalog folder, into `out` (relative to it). */
const errcat = (args: string[], catalogs: string, out: string) => measure([ERRCAT, ...args, '--catalogs', catalogs, '--out', out, '--scope', '@errcat'], work);
const fresh = (out: string) => () => spawnSync('rm', ['-rf', path.join(work, out)]);
const openapiTypescript = (fragment: string, outFile: string) => measure([OPENAPI_TS, fragment, '--enum', '--output', outFile], REPO);

/** Bytes of every file under a folder. */
async function bytesUnder(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

const rows: string[][] = [];
const lines: string[] = [];
const large: string[] = [];
let breakdown = '';
try {
  // Full runs, side by side.
  // `flags`: a leaner output than the default, measured beside it (the ratios that count are the default's).
  const inputs: { label: string; catalogs: string; fragment: string; peer: string; times: number; flags?: string[] }[] = [
    { label: 'five catalogs (407 entries)', catalogs: path.join(REPO, 'schema/catalogs'), fragment: 'smsapi/openapi.yaml', peer: 'SMSAPI fragment (134 entries)', times: 3 },
  ];
  for (const size of sizes) {
    const dir = path.join(work, `catalogs-${size}`);
    await mkdir(dir);
    await writeFile(path.join(dir, `synthetic-${size}.yaml`), syntheticCatalogYaml(`synthetic-${size}`, size));
    inputs.push({ label: `synthetic ${size.toLocaleString('en')} entries`, catalogs: dir, fragment: `synthetic-${size}/openapi.yaml`, peer: 'the same fragment', times: 3 });
  }
  const largest = inputs.at(-1)!;
  if (sizes.length > 0) inputs.push({ ...largest, label: `${largest.label}, \`--targets js,dts\``, flags: ['--targets', 'js,dts'] });
  for (const [i, input] of inputs.entries()) {
    const out = `out-${i}`;
    fresh(out)();
    const generate = ['generate', ...(input.flags ?? [])];
    errcat(generate, input.catalogs, out); // warm-up, and the fragment for the peer
    const fragment = path.join(work, 'fragment.yaml');
    await cp(path.join(work, out, input.fragment), fragment);
    openapiTypescript(fragment, path.join(work, 'peer.ts')); // warm-up
    const ours = median(input.times, () => errcat(generate, input.catalogs, out), fresh(out));
    const written = await bytesUnder(path.join(work, out));
    const theirs = median(input.times, () => openapiTypescript(fragment, path.join(work, 'peer.ts')));
    const peerBytes = (await stat(path.join(work, 'peer.ts'))).size;
    rows.push([
      input.label,
      `${ours.seconds.toFixed(2)} s`,
      `${ours.peakMiB.toFixed(0)} MiB`,
      `${(written / 1e6).toFixed(1)} MB`,
      `${(written / 1e6 / ours.seconds).toFixed(1)} MB/s`,
      input.peer,
      `${theirs.seconds.toFixed(2)} s`,
      `${theirs.peakMiB.toFixed(0)} MiB`,
      `${(peerBytes / 1e6).toFixed(1)} MB`,
      `${(ours.seconds / theirs.seconds).toFixed(2)}`,
    ]);
    if (input === largest) {
      fresh(out)();
      breakdown = errcat(['generate', '--timings'], input.catalogs, out).stderr.replace(/\nbench-peak-rss-kib \d+\n/, '').trimEnd();
      breakdown = `${input.label}, empty output folder:\n${breakdown}`;
    }
  }

  // The largest catalog's output, left by its breakdown run: a check (everything regenerated in memory and compared), then a
  // run after one entry's text changed (the previous catalog.json is read to version the package, the changed files replaced).
  if (sizes.length > 0) {
    const out = `out-${inputs.indexOf(largest)}`;
    const largeCheck = errcat(['generate', '--check'], largest.catalogs, out);
    const [catalog] = await readdir(largest.catalogs);
    const file = path.join(largest.catalogs, catalog!);
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('Synthetic error 1:', 'Synthetic error one:'));
    const largeChange = errcat(['generate'], largest.catalogs, out);
    await writeFile(file, text);
    // One small provider changed beside the largest catalog: what a project with one large catalog pays for an edit elsewhere.
    const mixed = path.join(work, 'mixed');
    await cp(path.join(REPO, 'schema/catalogs'), mixed, { recursive: true });
    await cp(file, path.join(mixed, catalog!));
    errcat(['generate'], mixed, 'out-mixed');
    const mixedBsg = path.join(mixed, 'bsg.yaml');
    await writeFile(mixedBsg, `${await readFile(mixedBsg, 'utf8')}\n# an edit\n`);
    const mixedChange = errcat(['generate'], mixed, 'out-mixed');
    // The same edit under --watch. The large package is left to settle first, as a project's is (written runs ago): a watching
    // process remembers a file's hash only once its last change is that old (see `load/remembered-hashes.ts`).
    await new Promise((resolve) => setTimeout(resolve, SETTLED_MS + 100));
    const mixedWatchMs = await watchLatency(mixed, 'out-mixed');
    fresh('out-mixed')();
    large.push(
      `| ${largest.label} | time | peak memory |`,
      `| --- | --- | --- |`,
      `| \`generate --check\`, up-to-date tree | ${largeCheck.seconds.toFixed(2)} s | ${largeCheck.peakMiB.toFixed(0)} MiB |`,
      `| \`generate\` after one entry's text changed | ${largeChange.seconds.toFixed(2)} s | ${largeChange.peakMiB.toFixed(0)} MiB |`,
      `| \`generate\` after bsg.yaml changed, the five catalogs beside it | ${mixedChange.seconds.toFixed(2)} s | ${mixedChange.peakMiB.toFixed(0)} MiB |`,
      `| \`generate --watch\` beside it: bsg.yaml saved → its README written (median of 5) | ${mixedWatchMs.toFixed(0)} ms | — |`,
    );
  }

  // Little to do, on a copy of the five catalogs.
  const five = path.join(work, 'five');
  await cp(path.join(REPO, 'schema/catalogs'), five, { recursive: true });
  errcat(['generate'], five, 'out-five');
  const upToDate = median(3, () => errcat(['generate'], five, 'out-five'));
  if (!upToDate.stdout.includes('inputs unchanged')) throw new Error(`the up-to-date run was not answered by the cache:\n${upToDate.stdout}`);
  const check = median(3, () => errcat(['generate', '--check'], five, 'out-five'));
  const validate = median(3, () => errcat(['validate'], five, 'out-five'));
  const help = median(3, () => measure([ERRCAT, '--help'], work));
  const bsg = path.join(five, 'bsg.yaml');
  const original = await readFile(bsg, 'utf8');
  let edits = 0;
  const changeOne = () => {
    edits++;
    spawnSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(bsg)}, ${JSON.stringify(original)} + '\\n# edit ${edits}\\n')`]);
  };
  const oneChanged = median(3, () => errcat(['generate'], five, 'out-five'), changeOne);
  const note = /\(([^)]*kept)\)/.exec(oneChanged.stdout)?.[1] ?? oneChanged.stdout.trim();
  const full = median(3, () => errcat(['generate', '--no-cache'], five, 'out-five'));
  // bsg's share: bsg alone, with notificore, which it extends, into an empty folder.
  const alone = path.join(work, 'bsg-alone');
  await mkdir(alone);
  for (const name of ['bsg.yaml', 'notificore.yaml']) await cp(path.join(five, name), path.join(alone, name));
  const bsgAlone = median(3, () => errcat(['generate'], alone, 'out-alone'), fresh('out-alone'));
  await writeFile(bsg, original);
  errcat(['generate'], five, 'out-five');
  const watchMs = await watchLatency(five, 'out-five');
  lines.push(
    `| five catalogs | time | peak memory |`,
    `| --- | --- | --- |`,
    `| \`generate\`, up-to-date tree (answered by the cache) | ${upToDate.seconds.toFixed(2)} s | ${upToDate.peakMiB.toFixed(0)} MiB |`,
    `| \`generate --check\`, up-to-date tree (regenerates in memory: never from the cache) | ${check.seconds.toFixed(2)} s | ${check.peakMiB.toFixed(0)} MiB |`,
    `| \`validate\` alone | ${validate.seconds.toFixed(2)} s | ${validate.peakMiB.toFixed(0)} MiB |`,
    `| \`--help\` (start-up) | ${help.seconds.toFixed(2)} s | ${help.peakMiB.toFixed(0)} MiB |`,
    `| \`generate\` after bsg.yaml changed (${note}) | ${oneChanged.seconds.toFixed(2)} s | ${oneChanged.peakMiB.toFixed(0)} MiB |`,
    `| \`generate --no-cache\` (everything emitted, nothing written) | ${full.seconds.toFixed(2)} s | ${full.peakMiB.toFixed(0)} MiB |`,
    `| \`generate\` of bsg.yaml alone, with notificore.yaml, which it extends (empty output folder) | ${bsgAlone.seconds.toFixed(2)} s | ${bsgAlone.peakMiB.toFixed(0)} MiB |`,
    `| \`generate --watch\`: bsg.yaml saved → its README written (median of 5) | ${watchMs.toFixed(0)} ms | — |`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}

/**
 * `generate --watch` running: the median time from a save of one catalog to
 * its package's README being rewritten, over five saves.
 */
async function watchLatency(catalogs: string, out: string): Promise<number> {
  const child = spawn(process.execPath, [ERRCAT, 'generate', '--watch', '--catalogs', catalogs, '--out', out, '--scope', '@errcat'], { cwd: work, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const waitFor = (check: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`--watch did not answer:\n${stdout}`)), 30_000);
      const poll = setInterval(() => check() && (clearInterval(poll), clearTimeout(deadline), resolve()), 5);
    });
  await waitFor(() => stdout.includes('watching'));
  const bsg = path.join(catalogs, 'bsg.yaml');
  const original = await readFile(bsg, 'utf8');
  const readme = path.join(work, out, 'bsg/README.md');
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const name = `BSG bench ${i}`;
    let written = false;
    const watcher = watch(path.dirname(readme), async () => {
      written ||= (await readFile(readme, 'utf8').catch(() => '')).includes(name);
    });
    const saved = performance.now();
    await writeFile(bsg, original.replace(/^(\s+name:) .*$/m, `$1 ${name}`));
    await waitFor(() => written);
    samples.push(performance.now() - saved);
    watcher.close();
  }
  child.kill('SIGINT');
  await new Promise((resolve) => child.on('exit', resolve));
  await writeFile(bsg, original);
  return samples.sort((a, b) => a - b)[2]!;
}

const header = ['input', 'errcat generate', 'peak memory', 'written', 'MB/s', 'openapi-typescript --enum on', 'time', 'peak memory', 'written', 'ratio'];
console.log(`| ${header.join(' | ')} |`);
console.log(`| ${header.map(() => '---').join(' | ')} |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log('');
for (const line of lines) console.log(line);
if (large.length > 0) console.log('');
for (const line of large) console.log(line);
console.log(`\n${breakdown}`);
console.log(
  `\nnode ${process.version}, ${cpus().length} cores; each figure a fresh process, start-up included, after one warm-up run; median of 3 (the runs on the largest output: 1). ratio = errcat time / openapi-typescript time.`,
);

// A child process that takes the output lock as a writing run does, for the
// lock tests: `node --import tsx lock-holder.ts '<json>'` with
// { projectRoot, outDir, log, startAt, holdMs, forever }. It waits until
// `startAt` (so that several start at the same moment), takes the lock,
// appends `start <pid>` to the log, holds it `holdMs`, appends `end <pid>`
// and releases it. With `forever` it prints `locked` and holds it until killed.
// Exit codes: 0 held and released, 3 refused (OutputLockedError), 1 anything else.
import { appendFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { lockOutput } from '../../../generator/write/output-lock.ts';

interface Orders {
  projectRoot: string;
  outDir: string;
  log?: string;
  startAt?: number;
  holdMs?: number;
  forever?: boolean;
}

const orders = JSON.parse(process.argv[2] ?? '{}') as Orders;
while (Date.now() < (orders.startAt ?? 0)) {
  // Busy-wait: a timer would wake the children up to a few milliseconds apart.
}
let release: () => Promise<void>;
try {
  release = await lockOutput(orders.outDir, { projectRoot: orders.projectRoot });
} catch (error) {
  const locked = error instanceof Error && error.name === 'OutputLockedError';
  if (!locked) process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(locked ? 3 : 1);
}
if (orders.forever) {
  process.stdout.write('locked\n');
  setInterval(() => undefined, 60_000);
} else {
  if (orders.log) appendFileSync(orders.log, `start ${process.pid}\n`);
  await sleep(orders.holdMs ?? 0);
  if (orders.log) appendFileSync(orders.log, `end ${process.pid}\n`);
  await release();
}

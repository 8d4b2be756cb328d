// Preloaded into an errcat process by the interruption tests
// (`node --import ./test/helpers/slow-renames.mjs bin/errcat.js …`): renames
// and removals take ERRCAT_SLOW_RENAMES_MS each, so that a kill lands inside
// the writer's rename phase. Test code only: production code has no hook.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const delay = Number(process.env.ERRCAT_SLOW_RENAMES_MS ?? 0);
const pause = () => new Promise((resolve) => setTimeout(resolve, delay));
for (const name of ['rename', 'rm']) {
  const original = fs.promises[name];
  fs.promises[name] = async (...args) => {
    const result = await original(...args);
    await pause();
    return result;
  };
}
// ES modules import `node:fs/promises` by name: make those bindings see the slow versions.
syncBuiltinESMExports();

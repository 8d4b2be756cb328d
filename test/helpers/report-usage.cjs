// Preloaded into a measured errcat run (node --require, see run-errcat.ts):
// reports the CPU time and peak resident memory of the whole process on exit,
// so a test can hold a hostile input to its time and memory bounds. CPU time,
// not wall time: it does not grow when other tests share the machine.
process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
  process.stderr.write(`\nerrcat-usage cpu-ms=${cpuMs} peak-rss-kib=${usage.maxRSS}\n`);
});

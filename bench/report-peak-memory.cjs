// Preloaded into a benchmarked process (node --require): reports its peak
// resident memory on exit, so errcat and openapi-typescript are measured alike.
process.on('exit', () => {
  process.stderr.write(`\nbench-peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});

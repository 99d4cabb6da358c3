// Preloaded into the CLI by bench.mjs (node --require): prints the process's peak resident set
// size on stderr as it exits, whatever the exit code, so the benchmark reads the whole run's peak.
process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`);
});

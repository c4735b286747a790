import { writeFileSync } from 'node:fs';

// Preloaded into the CLI under test (node --import): on exit, writes the process's peak RSS (all threads)
// to the file BENCH_RSS_FILE names. getrusage's maxrss, the figure /usr/bin/time -v reports.
const out = process.env.BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    writeFileSync(out, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }));
  });
}

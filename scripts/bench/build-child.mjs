// Runs one `astro build` in this process and reports its peak memory, which a parent
// process cannot read for a child on every platform.
import { build } from 'astro';

const started = performance.now();
await build({ root: process.cwd(), logLevel: 'error' });
process.stdout.write(
  `\n${JSON.stringify({ ms: performance.now() - started, maxRssKiB: process.resourceUsage().maxRSS })}\n`,
);

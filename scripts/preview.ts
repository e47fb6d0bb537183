/**
 * `npm run preview`: serves dist/ the way GitHub Pages does (scripts/serve.mjs), under the base
 * path the site was built for: the owner file's `base`, or SITE_BASE as for the build. At `/`
 * a site built for `/homepage/` would answer every link with 404.
 *   npm run preview [-- --port 4321]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { siteConfig } from '../src/site.config.ts';

const base = process.env.SITE_BASE || siteConfig.base;
const child = spawn(
  process.execPath,
  [
    join(import.meta.dirname, 'serve.mjs'),
    '--dir',
    process.env.SITE_OUT_DIR || 'dist',
    '--base',
    base,
    ...process.argv.slice(2),
  ],
  {
    stdio: 'inherit',
  },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));

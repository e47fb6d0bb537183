// npm run bench [-- --sizes 10,100,1000,5000] [--no-lighthouse]
//
// A benchmark, not a test: it reports, it never fails on a slow machine. For each size it
// builds a synthetic site (realistic entries, see scripts/bench/synthetic.ts) and reports
// build time, peak memory, and what / and /publications/ weigh in Chromium; then it runs
// Lighthouse (mobile and desktop) on the real site's / and one paper page; it also times the CV
// PDF at 10 and 1,000 papers. It prints Markdown tables and writes bench-results.json.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { SiteCopy } from './lib/site-copy.ts';
import { findChromium } from './lib/browser.ts';
import { syntheticPublication } from './bench/synthetic.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10,100,1000,5000' }, 'no-lighthouse': { type: 'boolean', default: false } } });
const sizes = values.sizes.split(',').map(Number);
const chromiumPath = findChromium();

interface PageWeight {
  bytes: number;
  requests: number;
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`))));
  });
}

/** Serves a build on a free port; resolves with the server and its port. */
function serve(dir: string): Promise<{ server: ChildProcess; port: number }> {
  return new Promise((done, fail) => {
    const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), '--dir', dir, '--port', '0']);
    server.stdout.once('data', (chunk) => done({ server, port: Number(/:(\d+)\//.exec(String(chunk))?.[1]) }));
    server.once('exit', (code) => fail(new Error(`the static server exited (${code})`)));
  });
}

async function weigh(port: number, paths: string[]): Promise<Record<string, PageWeight>> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const weights: Record<string, PageWeight> = {};
  for (const path of paths) {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (request) => sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)));
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    const all = await Promise.all(sizes);
    weights[path] = { bytes: all.reduce((sum, size) => sum + size, 0), requests: all.length };
    await page.close();
  }
  await browser.close();
  return weights;
}

async function buildSize(size: number) {
  const site = new SiteCopy();
  try {
    const folder = join(site.dir, 'src/content/publications');
    for (const file of readdirSync(folder)) rmSync(join(folder, file));
    for (let index = 0; index < size; index += 1) {
      const { id, mdx } = syntheticPublication(index, 'Qipeng Wang');
      site.write(`src/content/publications/${id}.mdx`, mdx);
    }
    const output = await run(process.execPath, [join(ROOT, 'scripts/bench/build-child.mjs')], site.dir);
    const measured = JSON.parse(output.trim().split('\n').pop() ?? '{}') as { ms: number; maxRssKiB: number };
    const files = readdirSync(join(site.dir, 'dist'), { recursive: true }).length;
    const { server, port } = await serve(join(site.dir, 'dist'));
    try {
      const weights = await weigh(port, ['/', '/publications/']);
      return { size, buildSeconds: measured.ms / 1000, peakMemoryMiB: measured.maxRssKiB / 1024, files, weights };
    } finally {
      server.kill();
    }
  } finally {
    site.remove();
  }
}

async function lighthouseScores(port: number) {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const results = [];
  try {
    for (const path of ['/', '/publications/melon-mobisys22/']) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const result = await lighthouse(
          `http://127.0.0.1:${port}${path}`,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          preset === 'desktop' ? desktopConfig : undefined,
        );
        const lhr = result?.lhr;
        if (!lhr) continue;
        const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const failing = Object.values(lhr.audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== 'informative' &&
              audit.scoreDisplayMode !== 'notApplicable' &&
              audit.scoreDisplayMode !== 'manual',
          )
          .map((audit) => audit.id);
        results.push({
          path,
          preset,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
          tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
          cls: Number((lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)),
          failing,
        });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}

const started = performance.now();
const builds = [];
for (const size of sizes) {
  process.stderr.write(`building a site with ${size} publications…\n`);
  builds.push(await buildSize(size));
}

// The CV PDF on its own: a fresh process per size, so each time includes loading the compiler and fonts.
const cvPdf = [10, 1000].map((papers) => {
  process.stderr.write(`rendering a CV PDF with ${papers} papers…\n`);
  const output = execFileSync(process.execPath, [join(ROOT, 'scripts/bench/cv-pdf-child.ts'), String(papers)], { encoding: 'utf8' });
  return JSON.parse(output) as { papers: number; ms: number; bytes: number };
});

let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> = [];
if (!values['no-lighthouse']) {
  process.stderr.write('running Lighthouse on the real site…\n');
  const site = new SiteCopy();
  try {
    await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], site.dir);
    const { server, port } = await serve(join(site.dir, 'dist'));
    try {
      lighthouse = await lighthouseScores(port);
    } finally {
      server.kill();
    }
  } finally {
    site.remove();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
  '',
  '| publications | build time | peak memory | files | `/` transferred (requests) | `/publications/` transferred (requests) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...builds.map(
    (row) =>
      `| ${row.size} | ${row.buildSeconds.toFixed(1)} s | ${row.peakMemoryMiB.toFixed(0)} MiB | ${row.files} | ${kb(row.weights['/']!.bytes)} (${row.weights['/']!.requests}) | ${kb(row.weights['/publications/']!.bytes)} (${row.weights['/publications/']!.requests}) |`,
  ),
];
lines.push(
  '',
  '| CV papers | PDF render (fresh process) | PDF size |',
  '| ---: | ---: | ---: |',
  ...cvPdf.map((row) => `| ${row.papers} | ${(row.ms / 1000).toFixed(2)} s | ${kb(row.bytes)} |`),
);
if (lighthouse.length > 0) {
  lines.push(
    '',
    '| page | preset | performance | accessibility | best practices | SEO | LCP | TBT | CLS | audits below 100 |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  for (const row of lighthouse) {
    lines.push(
      `| \`${row.path}\` | ${row.preset} | ${row.performance} | ${row.accessibility} | ${row.bestPractices} | ${row.seo} | ${row.lcpMs} ms | ${row.tbtMs} ms | ${row.cls} | ${row.failing.join(', ') || '–'} |`,
    );
  }
}
lines.push('', `Benchmark wall time: ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(lines.join('\n'));
writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify({ date: new Date().toISOString(), builds, cvPdf, lighthouse }, null, 2)}\n`);

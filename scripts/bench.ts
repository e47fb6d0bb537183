// npm run bench [-- --sizes 10,100,1000,5000] [--no-lighthouse] [--no-dev]
//
// A benchmark, not a test: it reports, it never fails on a slow machine. For each size it
// builds a synthetic site (realistic papers, see scripts/bench/synthetic.ts, brought in through
// `npm run import:bib` as an author brings them) twice, cold (no
// caches) and warm (Astro's caches from the first build kept), and reports build time, peak
// memory, the search index's size and the time indexing adds, and what / and /publications/
// weigh in Chromium; when `jekyll` is installed it builds
// the same papers as a minimal academicpages-style Jekyll site (scripts/bench/jekyll-site.ts)
// and reports the ratios. It builds the real site the same way, times how long `astro dev`
// takes to show an edit to a paper, runs Lighthouse (mobile and desktop) on the real site's /
// and one paper page, and times the CV PDF at 10 and 1,000 papers. It prints Markdown tables
// and writes bench-results.json.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { SiteCopy } from './lib/site-copy.ts';
import { findChromium } from './lib/browser.ts';
import { measureDevEdit } from './bench/dev-edit.ts';
import { writeBareSite } from './bench/bare-site.ts';
import { writeJekyllSite } from './bench/jekyll-site.ts';
import { syntheticBibtex, syntheticPaper } from './bench/synthetic.ts';
import { siteConfig } from '../src/site.config.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000,5000' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-dev': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  // The usage is this file's opening comment.
  const usage = readFileSync(import.meta.filename, 'utf8').match(/^(?:\/\/.*\n)+/)?.[0] ?? '';
  process.stdout.write(usage.replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const sizes = values.sizes.split(',').map(Number);
const chromiumPath = findChromium();

interface PageWeight {
  bytes: number;
  requests: number;
}

function run(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) =>
      code === 0
        ? done(output)
        : fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${output.slice(-3000)}`)),
    );
  });
}

/** Serves a build on a free port; resolves with the server and its port. */
function serve(dir: string): Promise<{ server: ChildProcess; port: number }> {
  return new Promise((done, fail) => {
    const server = spawn(process.execPath, [
      join(ROOT, 'scripts/serve.mjs'),
      '--dir',
      dir,
      '--port',
      '0',
    ]);
    server.stdout.once('data', (chunk) =>
      done({ server, port: Number(/:(\d+)\//.exec(String(chunk))?.[1]) }),
    );
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
    page.on('requestfinished', (request) =>
      sizes.push(request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize)),
    );
    await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'networkidle' });
    const all = await Promise.all(sizes);
    weights[path] = { bytes: all.reduce((sum, size) => sum + size, 0), requests: all.length };
    await page.close();
  }
  await browser.close();
  return weights;
}

interface Measured {
  seconds: number;
  peakMemoryMiB: number | undefined;
}

/** One `astro build` of the site in `dir`, in a process of its own that reports its time and peak memory. */
async function astroBuild(dir: string): Promise<Measured> {
  const output = await run(process.execPath, [join(ROOT, 'scripts/bench/build-child.mjs')], dir);
  const measured = JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
    ms: number;
    maxRssKiB: number;
  };
  return { seconds: measured.ms / 1000, peakMemoryMiB: measured.maxRssKiB / 1024 };
}

/** Cold (no caches: a fresh copy) and warm (the same copy again, Astro's caches kept). */
async function coldAndWarm(dir: string): Promise<{ cold: Measured; warm: Measured }> {
  const cold = await astroBuild(dir);
  const warm = await astroBuild(dir);
  return { cold, warm };
}

/** True when a `jekyll` command runs here. */
function hasJekyll(): boolean {
  return spawnSync('jekyll', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs `command` and reports its time and peak memory: the peak comes from /proc (VmHWM, the
 * high-water mark of the resident set), read every 20 ms; undefined where there is no /proc.
 */
function measureCommand(command: string, args: string[], cwd: string): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    let peakKiB: number | undefined;
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKiB = Math.max(peakKiB ?? 0, Number(hwm[1]));
      } catch {
        // Gone already, or no /proc on this system.
      }
    };
    const timer = setInterval(sample, 20);
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0)
        fail(new Error(`${command} ${args.join(' ')} exited ${code}:\n${errors.slice(-3000)}`));
      else
        done({
          seconds: (performance.now() - started) / 1000,
          peakMemoryMiB: peakKiB === undefined ? undefined : peakKiB / 1024,
        });
    });
  });
}

/** The same papers as a Jekyll site, built cold (no .jekyll-cache) and warm (the cache kept). */
async function jekyllBuilds(size: number): Promise<{ cold: Measured; warm: Measured }> {
  const dir = mkdtempSync(join(tmpdir(), 'jekyll-bench-'));
  try {
    writeJekyllSite(
      dir,
      Array.from({ length: size }, (_, index) => syntheticPaper(index, siteConfig.author.name)),
    );
    const cold = await measureCommand('jekyll', ['build', '--quiet'], dir);
    const warm = await measureCommand('jekyll', ['build', '--quiet'], dir);
    return { cold, warm };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The build's search step run again on a built site: its time, and the index's size (scripts/bench/search-index-child.ts). */
async function searchIndex(dist: string) {
  const output = await run(
    process.execPath,
    [join(ROOT, 'scripts/bench/search-index-child.ts'), dist],
    ROOT,
  );
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as {
    ms: number;
    indexBytes: number;
    indexFiles: number;
    bundleBytes: number;
  };
}

async function buildSize(size: number, jekyll: boolean) {
  const site = new SiteCopy();
  try {
    const folder = join(site.dir, 'src/content/publications');
    for (const file of readdirSync(folder)) rmSync(join(folder, file), { recursive: true });
    // Through the importer, as an author brings papers in: the files it writes are what the build reads.
    site.write(
      'bench.bib',
      syntheticBibtex(
        Array.from({ length: size }, (_, index) => syntheticPaper(index, siteConfig.author.name)),
      ),
    );
    const report = await run(
      process.execPath,
      [join(site.dir, 'scripts/import-bib.ts'), 'bench.bib'],
      site.dir,
    );
    const imported = readdirSync(folder).filter((name) => name.endsWith('.mdx')).length;
    if (imported !== size)
      throw new Error(
        `npm run import:bib wrote ${imported} papers of ${size}:\n${report.slice(-3000)}`,
      );
    const astro = await coldAndWarm(site.dir);
    // The same imported files in a bare Astro site, measured in the same run.
    const bareDir = writeBareSite(folder);
    let bare: { cold: Measured; warm: Measured };
    try {
      bare = await coldAndWarm(bareDir);
    } finally {
      rmSync(bareDir, { recursive: true, force: true });
    }
    const files = readdirSync(join(site.dir, 'dist'), { recursive: true }).length;
    const search = await searchIndex(join(site.dir, 'dist'));
    const { server, port } = await serve(join(site.dir, 'dist'));
    let weights: Record<string, PageWeight>;
    try {
      weights = await weigh(port, ['/', '/publications/']);
    } finally {
      server.kill();
    }
    const jekyllSite = jekyll ? await jekyllBuilds(size) : undefined;
    return { size, ...astro, files, search, weights, bare, jekyll: jekyllSite };
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
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
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
const jekyll = hasJekyll();
if (!jekyll)
  process.stderr.write(
    'jekyll is not installed: skipping the Jekyll comparison (Debian: apt-get install jekyll)\n',
  );
const builds = [];
for (const size of sizes) {
  process.stderr.write(
    `building a site with ${size} publications, cold and warm${jekyll ? ', and with Jekyll' : ''}…\n`,
  );
  builds.push(await buildSize(size, jekyll));
}

process.stderr.write('building the real site, cold and warm…\n');
const realSite = new SiteCopy();
let real: { cold: Measured; warm: Measured };
let dev: Awaited<ReturnType<typeof measureDevEdit>> | undefined;
try {
  real = await coldAndWarm(realSite.dir);
  if (!values['no-dev']) {
    process.stderr.write('timing an edit to a paper in astro dev…\n');
    const paper = readdirSync(join(realSite.dir, 'src/content/publications')).find((name) =>
      name.endsWith('.mdx'),
    );
    if (paper) dev = await measureDevEdit(realSite.dir, ASTRO, paper.replace(/\.mdx$/, ''));
  }
} finally {
  realSite.remove();
}

// The CV PDF on its own: a fresh process per size, so each time includes loading the compiler and fonts.
const cvPdf = [10, 1000].map((papers) => {
  process.stderr.write(`rendering a CV PDF with ${papers} papers…\n`);
  const output = execFileSync(
    process.execPath,
    [join(ROOT, 'scripts/bench/cv-pdf-child.ts'), String(papers)],
    { encoding: 'utf8' },
  );
  return JSON.parse(output) as { papers: number; ms: number; bytes: number };
});

let lighthouse: Awaited<ReturnType<typeof lighthouseScores>> = [];
if (!values['no-lighthouse']) {
  process.stderr.write('running Lighthouse on the real site…\n');
  const site = new SiteCopy();
  try {
    await run(process.execPath, [ASTRO, 'build'], site.dir);
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
const secs = (measured: Measured) => `${measured.seconds.toFixed(1)} s`;
const mib = (measured: Measured) =>
  measured.peakMemoryMiB === undefined ? '–' : `${measured.peakMemoryMiB.toFixed(0)} MiB`;
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`;
const lines = [
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}`,
  '',
  '| publications | cold build | cold peak memory | warm build | warm peak memory | files | `/` transferred (requests) | `/publications/` transferred (requests) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...builds.map(
    (row) =>
      `| ${row.size} | ${secs(row.cold)} | ${mib(row.cold)} | ${secs(row.warm)} | ${mib(row.warm)} | ${row.files} | ${kb(row.weights['/']!.bytes)} (${row.weights['/']!.requests}) | ${kb(row.weights['/publications/']!.bytes)} (${row.weights['/publications/']!.requests}) |`,
  ),
  `| the real site | ${secs(real.cold)} | ${mib(real.cold)} | ${secs(real.warm)} | ${mib(real.warm)} | | | |`,
  '',
  "Site search (Pagefind): the index the build writes and the time its search step takes, run again alone on the built site. The index is fetched in chunks, a query loads only those it needs; Pagefind's script, worker and WebAssembly come on top.",
  '',
  '| publications | search index (files) | whole /pagefind/ bundle | indexing time |',
  '| ---: | ---: | ---: | ---: |',
  ...builds.map(
    (row) =>
      `| ${row.size} | ${kb(row.search.indexBytes)} (${row.search.indexFiles}) | ${kb(row.search.bundleBytes)} | ${(row.search.ms / 1000).toFixed(2)} s |`,
  ),
];
lines.push(
  '',
  'The same imported papers as a bare Astro site (scripts/bench/bare-site.ts: glob() loader, a page per paper, an index, the sitemap; ratio: this site ÷ bare Astro):',
  '',
  '| publications | bare cold | bare warm | bare peak memory (cold / warm) | time ratio, cold | time ratio, warm | memory ratio, cold | memory ratio, warm |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...builds.map(
    (row) =>
      `| ${row.size} | ${secs(row.bare.cold)} | ${secs(row.bare.warm)} | ${mib(row.bare.cold)} / ${mib(row.bare.warm)} | ${ratio(row.cold.seconds, row.bare.cold.seconds)} | ${ratio(row.warm.seconds, row.bare.warm.seconds)} | ${ratio(row.cold.peakMemoryMiB, row.bare.cold.peakMemoryMiB)} | ${ratio(row.warm.peakMemoryMiB, row.bare.warm.peakMemoryMiB)} |`,
  ),
);
if (jekyll) {
  lines.push(
    '',
    'The same papers as a minimal academicpages-style Jekyll site (ratio: this site ÷ Jekyll, below 1 is faster or smaller):',
    '',
    '| publications | Jekyll cold | Jekyll warm | Jekyll peak memory | time ratio, cold | time ratio, warm | memory ratio (warm) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...builds.map((row) => {
      const other = row.jekyll!;
      return `| ${row.size} | ${secs(other.cold)} | ${secs(other.warm)} | ${mib(other.warm)} | ${ratio(row.cold.seconds, other.cold.seconds)} | ${ratio(row.warm.seconds, other.warm.seconds)} | ${ratio(row.warm.peakMemoryMiB, other.warm.peakMemoryMiB)} |`;
    }),
  );
} else {
  lines.push('', 'Jekyll comparison skipped: `jekyll` is not installed.');
}
if (dev) {
  lines.push(
    '',
    `\`astro dev\` on the real site: an edit to a paper shows in ${dev.medianMs.toFixed(0)} ms (median of ${dev.samplesMs.length}: ${dev.samplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms); the server took ${(dev.startMs / 1000).toFixed(1)} s to serve the page first.`,
  );
}
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
writeFileSync(
  join(ROOT, 'bench-results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), builds, real, dev, cvPdf, lighthouse }, null, 2)}\n`,
);

/**
 * `npm run dev` on a copy of the minimal fixture site: a content mistake shows in the browser
 * (Astro's error overlay) naming the file, the field and the fix, instead of the last good page;
 * the server keeps running, also when started with the mistake already there. One dev server
 * for every test here, driven by Chromium; each step waits for what the page shows, never a time.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findChromium } from '../../scripts/lib/browser.ts';
import type { SiteCopy } from '../../scripts/lib/site-copy.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { freePort } from '../support/free-port.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PAPER = 'src/content/publications/ledger.mdx';
const TWIN = 'src/content/publications/ledger.md';
const TITLE = 'A Ledger for Lab Notebooks';
const ABOUT = 'src/content/pages/about.mdx';
/** How long the dev server may take to start, or a page to follow an edit, on a busy machine. */
const PATIENCE = 120_000;

let site: SiteCopy;
let server: ChildProcess;
let output = '';
let origin = '';
let browser: Browser;
let page: Page;
let good = '';

/** What the About page shows now: Astro's error overlay's message, or the page's own text. */
async function shown(): Promise<{ error: string } | { page: string }> {
  await page.goto(`${origin}/`).catch(() => undefined);
  const message = page.locator('vite-error-overlay #message-content');
  const main = page.locator('main');
  // Either comes: the overlay once the page's script has heard of the error, the page at once.
  await message
    .or(main)
    .first()
    .waitFor({ timeout: PATIENCE })
    .catch(() => undefined);
  if ((await message.count()) > 0) return { error: await message.innerText() };
  return { page: await main.innerText().catch(() => '') };
}

/** Loads the About page until `wanted` holds for what it shows, and returns that. */
async function until<T extends { error: string } | { page: string }>(
  wanted: (view: { error: string } | { page: string }) => view is T,
): Promise<T> {
  const deadline = Date.now() + PATIENCE;
  let view = await shown();
  while (!wanted(view)) {
    assert.ok(
      Date.now() < deadline,
      `the page never changed; it shows ${JSON.stringify(view)}\n${output.slice(-2000)}`,
    );
    assert.equal(server.exitCode, null, `the dev server stopped:\n${output.slice(-3000)}`);
    view = await shown();
  }
  return view;
}

const isError = (view: { error: string } | { page: string }): view is { error: string } =>
  'error' in view;
const isPage = (view: { error: string } | { page: string }): view is { page: string } =>
  'page' in view && view.page.includes(TITLE);

describe('mistakes in npm run dev', () => {
  before(async () => {
    site = fixtureSite('minimal');
    good = site.read(PAPER);
    // Started with the mistake already in place.
    site.write(PAPER, good.replace('order: 1', 'order: 1\nselcted: true'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [
        join(ROOT, 'node_modules/astro/bin/astro.mjs'),
        'dev',
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
      ],
      {
        cwd: site.dir,
        detached: true,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk));
    await new Promise<void>((ready, failed) => {
      const timer = setTimeout(
        () => failed(new Error(`astro dev did not start:\n${output}`)),
        PATIENCE,
      );
      const watch = () => {
        if (output.includes(origin)) {
          clearTimeout(timer);
          ready();
        }
      };
      server.stdout?.on('data', watch);
      server.on('exit', () => failed(new Error(`astro dev stopped:\n${output}`)));
    });
    browser = await chromium.launch({ executablePath: findChromium() });
    page = await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    site?.remove();
  });

  test('started with an unknown field: the browser names the file, the field and the fix', async () => {
    const view = await until(isError);
    assert.equal(
      view.error.trim(),
      [
        'Content problems (fix the file and save: the page reloads):',
        `  - ${PAPER}: unknown field "selcted": did you mean "selected"?`,
      ].join('\n'),
    );
    assert.equal(server.exitCode, null, 'the dev server still runs');
  });

  test('the fix shows at once: the page is back', async () => {
    site.write(PAPER, good);
    const view = await until(isPage);
    assert.match(view.page, /A Ledger for Lab Notebooks/);
  });

  test('a bad value written while it runs replaces the page with the problem, not the old page', async () => {
    site.write(PAPER, good.replace('type: workshop', 'type: worksop'));
    const view = await until(isError);
    assert.match(view.error, new RegExp(`${PAPER}: type: expected one of: [^\\n]*workshop`));
  });

  test('two files making one entry: both named, and no unhandled rejection', async () => {
    site.write(PAPER, good);
    await until(isPage);
    site.write(TWIN, good);
    const view = await until(isError);
    // The two files in the order the loader met them.
    const files = [PAPER, TWIN].map((file) => file.replace(/[.]/g, '\\.')).join('|');
    const named = new RegExp(
      `^  - (${files}) and (${files}) both make the entry "ledger"; rename one of them`,
      'm',
    ).exec(view.error);
    assert.ok(named, view.error);
    assert.deepEqual([named[1], named[2]].sort(), [TWIN, PAPER].sort());
    rmSync(join(site.dir, TWIN));
    await until(isPage);
    assert.doesNotMatch(output, /UnhandledRejection/);
    assert.equal(server.exitCode, null);
  });

  test('MDX pitfalls in a body: the message names the place and gives the fix', async () => {
    const about = site.read(ABOUT);
    const cases: [body: string, says: string][] = [
      [
        'Line one<br>line two',
        `${ABOUT}:8:9: the MDX cannot be compiled: Expected a closing tag for \`<br>\` (8:9) before the end of \`paragraph\` (mdx-jsx:unexpected-character); write \`<br />\`: in MDX a tag without content closes itself`,
      ],
      [
        'We found p <0.05 in all.',
        'a "<" that is not a tag must be escaped: write `\\<` (e.g. `p \\<0.05`) or `&lt;`',
      ],
      [
        'n = {120} samples',
        `${ABOUT}: line 8: {120} is run as code (an MDX expression), so the page shows "120" without the braces; write \\{120\\} to show them, or 120 alone.`,
      ],
    ];
    for (const [body, says] of cases) {
      const before = output.length;
      site.write(ABOUT, `${about.trimEnd()}\n\n${body}\n`);
      // The compiler's error reaches the terminal (as the build's does) when the page is asked for.
      const deadline = Date.now() + PATIENCE;
      while (!output.slice(before).includes(says)) {
        assert.ok(
          Date.now() < deadline,
          `${body}: never said\n${output.slice(before, before + 3000)}`,
        );
        await shown();
      }
      assert.equal(server.exitCode, null);
    }
    site.write(ABOUT, about);
    await until(isPage);
  });
});

import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/browser.ts';
import { freePort } from './tests/support/free-port.ts';
import { siteConfig } from './src/site.config.ts';

/*
 * The specs run against the fixture sites (tests/fixtures/sites/, built by `npm run build:fixtures`
 * into dist-fixtures/): `full` at the root and under /site/, `minimal`, and `lifesci` under /homepage/.
 * One smoke spec runs on the owner's real content (dist/), under the owner's base. Each build is served on a port the system says is free, so that
 * two test runs on one machine never collide. The ports go into the environment: Playwright's
 * workers read this file again and must agree with the servers started here.
 */
process.env.E2E_FULL_PORT ??= String(await freePort());
process.env.E2E_SUBPATH_PORT ??= String(await freePort());
process.env.E2E_MINIMAL_PORT ??= String(await freePort());
process.env.E2E_REAL_PORT ??= String(await freePort());
process.env.E2E_LIFESCI_PORT ??= String(await freePort());
const FULL_PORT = Number(process.env.E2E_FULL_PORT);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT);
const MINIMAL_PORT = Number(process.env.E2E_MINIMAL_PORT);
const REAL_PORT = Number(process.env.E2E_REAL_PORT);
const LIFESCI_PORT = Number(process.env.E2E_LIFESCI_PORT);
export const SUBPATH_BASE = '/site/';

const launchOptions = {
  executablePath: findChromium(),
  // Without these, Chromium tries to reach Google's services at start; the tests allow no outside requests.
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** E2E_OWNER_ONLY=1 serves only the owner's dist/ (for `--project=smoke` without the fixture builds, as tests/fork/ runs it). */
const OWNER_ONLY = process.env.E2E_OWNER_ONLY === '1';

/** The specs with a site of their own; every other spec runs on the full fixture. */
const OWN_SITE = /(subpath|minimal|smoke|lifesci)\.spec\.ts/;

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${FULL_PORT}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: OWN_SITE,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'mobile',
      /*
       * The parser table loads markup, not the site; citation counts, formulas and redirects are the
       * same markup at any width (layout.spec.ts, a11y.spec.ts and budgets.spec.ts check the narrow
       * screen as such): once, on desktop, is enough.
       */
      testIgnore: [OWN_SITE, /(parser-differentials|citations|math|redirects)\.spec\.ts/],
      // Tests tagged @http read files over HTTP and open no page: once, on desktop, is enough.
      grepInvert: /@http/,
      use: {
        viewport: { width: 375, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        launchOptions,
      },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: {
        baseURL: `http://127.0.0.1:${SUBPATH_PORT}`,
        viewport: { width: 1280, height: 800 },
        launchOptions,
      },
    },
    {
      name: 'minimal',
      testMatch: /minimal\.spec\.ts/,
      use: {
        baseURL: `http://127.0.0.1:${MINIMAL_PORT}`,
        viewport: { width: 1280, height: 800 },
        launchOptions,
      },
    },
    {
      name: 'lifesci',
      testMatch: /lifesci\.spec\.ts/,
      use: {
        baseURL: `http://127.0.0.1:${LIFESCI_PORT}`,
        viewport: { width: 1280, height: 800 },
        launchOptions,
      },
    },
    {
      name: 'smoke',
      testMatch: /smoke\.spec\.ts/,
      // Playwright resolves a page's address against baseURL as a URL does: a path without a leading
      // "/" (`publications/`) stays under the owner's base, so the smoke spec follows `base`.
      use: {
        baseURL: `http://127.0.0.1:${REAL_PORT}${siteConfig.base}`,
        viewport: { width: 1280, height: 800 },
        launchOptions,
      },
    },
  ],
  webServer: [
    ...(OWNER_ONLY
      ? []
      : [
          { dir: 'dist-fixtures/full', port: FULL_PORT, base: '/' },
          { dir: 'dist-fixtures/full-subpath', port: SUBPATH_PORT, base: SUBPATH_BASE },
          { dir: 'dist-fixtures/minimal', port: MINIMAL_PORT, base: '/' },
          { dir: 'dist-fixtures/lifesci', port: LIFESCI_PORT, base: '/homepage/' },
        ]),
    { dir: 'dist', port: REAL_PORT, base: siteConfig.base },
  ].map(({ dir, port, base }) => ({
    command: `node scripts/serve.mjs --dir ${dir} --port ${port} --base ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env.CI,
  })),
});

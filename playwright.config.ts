import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/browser.ts';
import { freePort } from './tests/support/free-port.ts';

/*
 * The built site at the root, and a second build under a sub-path (package.json "build:subpath"),
 * each served on a port the system says is free, so that two test runs on one machine never
 * collide. The ports go into the environment: Playwright's workers read this file again and
 * must agree with the servers started here.
 */
process.env.E2E_ROOT_PORT ??= String(await freePort());
process.env.E2E_SUBPATH_PORT ??= String(await freePort());
const ROOT_PORT = Number(process.env.E2E_ROOT_PORT);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT);
export const SUBPATH_BASE = '/site/';

const launchOptions = {
  executablePath: findChromium(),
  // Without these, Chromium tries to reach Google's services at start; the tests allow no outside requests.
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${ROOT_PORT}`,
    launchOptions,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'mobile',
      testIgnore: /subpath\.spec\.ts/,
      // Tests tagged @http read files over HTTP and open no page: once, on desktop, is enough.
      grepInvert: /@http/,
      use: { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, launchOptions },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}`, viewport: { width: 1280, height: 800 }, launchOptions },
    },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir dist --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs --dir dist-subpath --port ${SUBPATH_PORT} --base ${SUBPATH_BASE}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_BASE}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});

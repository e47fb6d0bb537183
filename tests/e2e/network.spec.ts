import { expect, test } from '@playwright/test';
import { pages, paperPath, titleOf } from './full-site.ts';

/**
 * Every page runs two inline scripts (the theme before paint, the toggle); a paper's page adds a
 * third, the Copy BibTeX button, and a page with code blocks the copy button's.
 */
const withCode = new Set(['/posts/training-on-a-coin-cell/']);
const checked = [
  // The search page loads Pagefind's script files: search.spec.ts checks what it loads.
  ...pages
    .filter((page) => page.path !== '/search/')
    .map((page) => ({ ...page, scripts: withCode.has(page.path) ? 3 : 2 })),
  { path: paperPath('tidal-mobisys23'), h1: titleOf('tidal-mobisys23'), scripts: 3 },
  { path: '/publications/selected/', h1: 'Publications: selected', scripts: 2 },
];

test('pages load nothing from outside the site and run only small inline scripts', async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const requested: string[] = [];
  const blocked: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  // Anything bound elsewhere is stopped here (and recorded), so no request ever leaves the machine.
  await context.route(
    (url) => url.origin !== origin && ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );

  for (const { path, h1, scripts: allowed } of checked) {
    await test.step(path, async () => {
      await page.goto(path, { waitUntil: 'load' });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      // Scrolling to the end can start lazy loads.
      await page.evaluate(() =>
        window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }),
      );

      const resources = await page.evaluate(() => {
        const urls: string[] = [];
        const add = (value: string | null) =>
          value && urls.push(new URL(value, document.baseURI).href);
        document
          .querySelectorAll(
            'script[src], img[src], iframe[src], video[src], audio[src], source[src], embed[src], track[src]',
          )
          .forEach((el) => add(el.getAttribute('src')));
        document
          .querySelectorAll('img[srcset], source[srcset]')
          .forEach((el) =>
            (el.getAttribute('srcset') ?? '')
              .split(',')
              .forEach((part) => add(part.trim().split(/\s+/)[0] || null)),
          );
        document.querySelectorAll('object[data]').forEach((el) => add(el.getAttribute('data')));
        const loading = [
          'stylesheet',
          'icon',
          'preload',
          'modulepreload',
          'prefetch',
          'preconnect',
          'dns-prefetch',
          'manifest',
          'apple-touch-icon',
        ];
        document.querySelectorAll('link[href]').forEach((el) => {
          const rel = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
          if (rel.some((r) => loading.includes(r))) add(el.getAttribute('href'));
        });
        for (const style of document.querySelectorAll('style')) {
          for (const match of (style.textContent ?? '').matchAll(
            /url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g,
          )) {
            const url = match[1] ?? match[2] ?? '';
            if (url && !url.startsWith('data:') && !url.startsWith('#')) add(url);
          }
        }
        return {
          urls,
          iframes: document.querySelectorAll('iframe').length,
          externalScripts: document.querySelectorAll('script[src]').length,
          // JavaScript only: data blocks such as JSON-LD are not code.
          scripts: [...document.querySelectorAll('script')]
            .filter(
              (script) =>
                !script.type ||
                /^(text|application)\/(x-)?(java|ecma)script$|^module$/i.test(script.type),
            )
            .map((script) => (script.textContent ?? '').length),
        };
      });
      expect(
        resources.urls.filter((url) => new URL(url).origin !== origin),
        `${path}: resources pointing off-site`,
      ).toEqual([]);
      expect(resources.iframes, `${path}: iframes`).toBe(0);
      expect(resources.externalScripts, `${path}: script[src] elements`).toBe(0);
      expect(
        resources.scripts.length,
        `${path}: at most ${allowed} small inline scripts`,
      ).toBeLessThanOrEqual(allowed);
      for (const length of resources.scripts)
        expect(length, `${path}: each inline script stays tiny`).toBeLessThan(2000);
    });
  }
  await page.waitForLoadState('networkidle');

  const offsite = requested.filter(
    (url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin,
  );
  expect(offsite, 'requests to other origins').toEqual([]);
  expect(blocked, 'requests to other origins').toEqual([]);
  expect(
    requested.filter((url) => /\.m?js$/.test(new URL(url).pathname)),
    'JavaScript files fetched',
  ).toEqual([]);
  expect(requested.length).toBeGreaterThanOrEqual(checked.length);
});

/**
 * The full fixture site built for a sub-path at another address (`npm run build:fixtures`: dist-fixtures/full-subpath/,
 * base /site/, SITE_URL https://mei-lin.example.net), served at /site/ (on a free port) by the `subpath` project. Every
 * internal address must carry the base, and every absolute one the build's own address.
 */
import { expect, test } from '@playwright/test';
import { parseHtml, sitemapLocs } from '../support/site.ts';
import { ABOUT_H1, papers } from './full-site.ts';

const BASE = '/site/';
// tests/support/fixture-site.ts builds this copy at another address than the full site's, so that an address not taken from Astro shows.
const PRODUCTION_ORIGIN = 'https://mei-lin.example.net';
const CANONICAL_ROOT = `${PRODUCTION_ORIGIN}${BASE}`;

test.describe('Site built under /site/', () => {
  test('/site/ renders the About page', async ({ page }) => {
    const response = await page.goto(BASE);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ABOUT_H1);
    await expect(page.getByRole('complementary', { name: 'Profile' })).toBeVisible();
    await expect(page.locator('li.publication')).toHaveCount(papers.length);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'News',
      'Latest posts',
      'Publications',
      'Experience',
      'Teaching',
    ]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', CANONICAL_ROOT);
    await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', new RegExp(`^${BASE}`));
  });

  test(`every internal address starts with ${BASE} and answers 200`, async ({
    page,
    request,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    for (const path of [BASE, `${BASE}publications/`, `${BASE}404.html`, `${BASE}no-such-page`]) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        const addresses = await page.evaluate(() =>
          [
            ...[...document.querySelectorAll('a[href], link[href]')].map((el) =>
              el.getAttribute('href'),
            ),
            ...[...document.querySelectorAll('[src]')].map((el) => el.getAttribute('src')),
            ...[...document.querySelectorAll('form[action]')].map((el) =>
              el.getAttribute('action'),
            ),
          ].map((raw) => raw ?? ''),
        );
        const internal = addresses.filter((raw) => {
          if (raw.startsWith('#')) return false; // a jump within the page
          const url = new URL(raw, `${origin}${path}`);
          return url.origin === origin || url.origin === PRODUCTION_ORIGIN;
        });
        expect(internal.length).toBeGreaterThan(2);
        const wrong = internal.filter((raw) => {
          const url = new URL(raw, `${origin}${path}`);
          return (
            !raw.startsWith(BASE) &&
            !(url.origin === PRODUCTION_ORIGIN && url.pathname.startsWith(BASE))
          );
        });
        expect(wrong, `internal addresses on ${path} without the base path`).toEqual([]);

        for (const raw of new Set(internal)) {
          const url = new URL(raw, `${origin}${path}`);
          if (url.origin !== origin) continue; // production canonical URLs are checked by their own test
          const response = await request.get(url.pathname + url.search, { maxRedirects: 0 });
          expect(response.status(), `${raw} on ${path}`).toBe(200);
        }
      });
    }
  });

  test('the navigation works under the base path', async ({ page }) => {
    await page.goto(BASE);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Publications' }).click();
    await expect(page).toHaveURL(new RegExp(`${BASE}publications/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${CANONICAL_ROOT}publications/`,
    );
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL(new RegExp(`${BASE}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ABOUT_H1);
  });

  test('search loads its index under the base path and its results lead there', async ({
    page,
  }) => {
    await page.goto(`${BASE}search/?q=Helsinki`);
    await expect(page.getByRole('status')).toHaveText('1 result for “Helsinki”.');
    const talk = page.getByRole('main').getByRole('listitem').getByRole('link');
    await expect(talk).toHaveAttribute('href', `${BASE}talks/#tidal-poster23`);
    await page.goto(`${BASE}search/?q=Ortega&kind=paper`);
    await page
      .getByRole('main')
      .getByRole('listitem')
      .getByRole('link', { name: /^Tidal/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`${BASE}publications/tidal-mobisys23/$`));
  });

  test(`${BASE}about/ and ${BASE}about.html end at ${BASE}`, async ({ page, request, baseURL }) => {
    for (const old of ['about/', 'about.html']) {
      await test.step(`${BASE}${old}`, async () => {
        const raw = await request.get(`${BASE}${old}`, { maxRedirects: 0 });
        expect(raw.status()).toBe(200);
        const parsed = parseHtml(await raw.text());
        expect(parsed.refresh?.replace(/\s+/g, '')).toBe(`0;url=${BASE}`);
        expect(parsed.canonical).toBe(CANONICAL_ROOT);
        expect(parsed.robots).toMatch(/noindex/);
        expect(parsed.bodyLinks.filter((link) => link.href === BASE && link.text)).toHaveLength(1);

        await page.goto(`${BASE}${old}`);
        await page.waitForURL(`${baseURL}${BASE}`, { timeout: 5000 });
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ABOUT_H1);
      });
    }
  });

  test('unknown addresses under the base get the 404 page', async ({ page }) => {
    const response = await page.goto(`${BASE}no/such/page/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'About' })).toHaveAttribute(
      'href',
      BASE,
    );
  });

  test('the sitemap lists the pages under the base path', async ({ request }) => {
    for (const index of ['sitemap-index.xml', 'sitemap.xml']) {
      const response = await request.get(`${BASE}${index}`);
      expect(response.status(), index).toBe(200);
      const parsed = sitemapLocs(await response.text());
      expect(parsed.locs).toEqual([`${CANONICAL_ROOT}sitemap-0.xml`]);
    }
    const urls = sitemapLocs(await (await request.get(`${BASE}sitemap-0.xml`)).text());
    expect(urls.locs).toEqual(
      expect.arrayContaining([CANONICAL_ROOT, `${CANONICAL_ROOT}publications/`]),
    );
    expect(urls.locs.filter((loc) => /about|404/.test(loc))).toEqual([]);
  });
});

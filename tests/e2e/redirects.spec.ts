import { expect, test } from '@playwright/test';
import { parseHtml } from '../support/site.ts';
import { ABOUT_H1, ORIGIN, redirects } from './full-site.ts';

test.describe('Old addresses redirect to the About page', () => {
  for (const { from: path, to } of redirects) {
    test(
      `${path} → ${to} is a static page with refresh, canonical, noindex and a visible link`,
      { tag: '@http' },
      async ({ request }) => {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toContain('text/html');
        const parsed = parseHtml(await response.text());
        expect(parsed.refresh?.replace(/\s+/g, '')).toBe(`0;url=${to}`);
        expect(parsed.canonical).toBe(`${ORIGIN}${to}`);
        expect(parsed.robots).toMatch(/\bnoindex\b/);
        expect(
          parsed.bodyLinks.filter((link) => link.href === to && link.text.length > 0),
        ).toHaveLength(1);
        expect(parsed.title.length).toBeGreaterThan(0);
      },
    );
  }

  test('/about/, /about.html, /bio/ and /about end at / in the browser', async ({
    page,
    baseURL,
  }) => {
    for (const path of ['/about/', '/about.html', '/bio/', '/about']) {
      await test.step(path, async () => {
        await page.goto(path);
        await page.waitForURL(`${baseURL}/`, { timeout: 5000 });
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ABOUT_H1);
      });
    }
  });
});

test('unknown addresses answer 404 with the site\'s "Page not found" page', async ({
  page,
  request,
}) => {
  for (const path of ['/no-such-page', '/no/such/page/', '/files/tidal-slides.pdf']) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      const main = page.getByRole('main');
      await expect(main.getByRole('link', { name: 'About' })).toHaveAttribute('href', '/');
      await expect(main.getByRole('link', { name: 'Publications' })).toHaveAttribute(
        'href',
        '/publications/',
      );
    });
  }

  await test.step('its links lead to working pages', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Publications' }).click();
    await expect(page).toHaveURL(/\/publications\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications');
  });

  await test.step('/404.html is the same page, kept out of search engines', async () => {
    await page.goto('/404.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const missing = await request.get('/definitely-missing.html');
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page not found');
  });
});

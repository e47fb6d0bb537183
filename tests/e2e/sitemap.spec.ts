import { expect, test } from '@playwright/test';
import { isWellFormedXml, parseHtml, sitemapLocs, startTags } from '../support/site.ts';
import { ORIGIN as PRODUCTION_ORIGIN, redirects, sitemapPaths } from './full-site.ts';

/** A production URL from the sitemap, as a path on the test server. */
const localPath = (url: string) => {
  expect(url.startsWith(`${PRODUCTION_ORIGIN}/`), `${url} is on ${PRODUCTION_ORIGIN}`).toBe(true);
  return url.slice(PRODUCTION_ORIGIN.length);
};

test.describe('Sitemap', () => {
  for (const index of ['/sitemap-index.xml', '/sitemap.xml']) {
    test(
      `${index} is a sitemap index pointing at sitemap-0.xml`,
      { tag: '@http' },
      async ({ request }) => {
        const response = await request.get(index, { maxRedirects: 0 });
        expect(response.status()).toBe(200);
        expect(response.headers()['content-type']).toMatch(/xml/);
        const parsed = sitemapLocs(await response.text());
        expect(parsed.root).toBe('sitemapindex');
        expect(parsed.locs).toEqual([`${PRODUCTION_ORIGIN}/sitemap-0.xml`]);
        const child = await request.get(localPath(parsed.locs[0] ?? ''));
        expect(child.status()).toBe(200);
      },
    );
  }

  test('/sitemap.xml is the same document as /sitemap-index.xml, and all three files are well-formed XML', async ({
    page,
    request,
  }) => {
    const alias = await request.get('/sitemap.xml');
    const index = await request.get('/sitemap-index.xml');
    const urls = await request.get('/sitemap-0.xml');
    expect(await alias.text()).toBe(await index.text());
    for (const response of [alias, index, urls])
      expect(await isWellFormedXml(page, await response.text()), response.url()).toBe(true);
  });

  test(
    'sitemap-0.xml lists the About and Publications pages, and no redirect or 404 page',
    { tag: '@http' },
    async ({ request }) => {
      const response = await request.get('/sitemap-0.xml');
      expect(response.status()).toBe(200);
      const parsed = sitemapLocs(await response.text());
      expect(parsed.root).toBe('urlset');
      expect(parsed.locs).toEqual(sitemapPaths.map((path) => `${PRODUCTION_ORIGIN}${path}`));
      expect(new Set(parsed.locs).size, 'no duplicates').toBe(parsed.locs.length);

      for (const { from: path } of redirects)
        expect(parsed.locs).not.toContain(`${PRODUCTION_ORIGIN}${path}`);
      expect(
        parsed.locs.filter((loc) => /\/404(\.html)?\/?$|\/about(\.html|\/)?$/.test(loc)),
      ).toEqual([]);

      // Every listed address is a real page here: status 200, not a redirect stub, not the 404 page.
      for (const loc of parsed.locs) {
        const page200 = await request.get(localPath(loc), { maxRedirects: 0 });
        expect(page200.status(), loc).toBe(200);
        const html = parseHtml(await page200.text());
        expect(html.refresh, `${loc} is not a redirect`).toBeNull();
        expect(html.robots ?? '', `${loc} is indexable`).not.toMatch(/noindex/);
        expect(html.canonical, `${loc} names itself as canonical`).toBe(loc);
      }
    },
  );

  test(
    'pages advertise the sitemap at an address that answers',
    { tag: '@http' },
    async ({ request }) => {
      for (const path of ['/', '/publications/']) {
        const html = await (await request.get(path)).text();
        const href = startTags(html, 'link').find((tag) => tag.rel === 'sitemap')?.href;
        expect(href, path).toMatch(/sitemap(-index)?\.xml$/);
        expect((await request.get(href!)).status()).toBe(200);
      }
    },
  );
});

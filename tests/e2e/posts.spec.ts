import { expect, test } from '@playwright/test';
import { parseHtml } from '../support/site.ts';

test.describe('Posts (content/posts/)', () => {
  test('/posts/ lists the posts newest first under their years, without the draft', async ({
    page,
  }) => {
    const response = await page.goto('/posts/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Posts']);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      '2025',
      '2024',
    ]);
    await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toHaveText([
      'Training on a coin cell',
      'Notes from the batteryless reading group',
    ]);
    await expect(page.getByText('A half-written post')).toHaveCount(0);
    expect((await page.request.get('/posts/half-written/')).status()).toBe(404);
  });

  test('a post shows its date, update, reading time, tags, formula, code and its neighbour', async ({
    page,
  }) => {
    await page.goto('/posts/training-on-a-coin-cell/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Training on a coin cell']);
    await expect(page.locator('article .meta')).toHaveText(
      '14 March 2025 · updated 2 April 2025 · 1 min read',
    );
    await expect(page.locator('article .tags').getByRole('link')).toHaveText([
      'intermittent-computing',
      'tutorials',
    ]);
    await expect(page.locator('article math')).toHaveCount(1);
    await expect(page.locator('article pre code')).toContainText(
      'def train_step(model, batch, store):',
    );
    const neighbours = page.getByRole('navigation', { name: 'More posts' });
    await expect(neighbours.getByRole('link')).toHaveText([
      'Notes from the batteryless reading group',
    ]);
    await neighbours.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText([
      'Notes from the batteryless reading group',
    ]);
    await expect(page.getByRole('navigation', { name: 'More posts' }).getByRole('link')).toHaveText(
      ['Training on a coin cell'],
    );
  });

  test(
    'a post carries BlogPosting JSON-LD and OpenGraph article tags',
    { tag: '@http' },
    async ({ request }) => {
      const html = await (await request.get('/posts/training-on-a-coin-cell/')).text();
      const ld = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
        (match) => JSON.parse(match[1]!),
      );
      expect(ld).toContainEqual(
        expect.objectContaining({
          '@type': 'BlogPosting',
          headline: 'Training on a coin cell',
          datePublished: '2025-03-14',
          dateModified: '2025-04-02',
          keywords: 'intermittent-computing, tutorials',
          url: 'https://mei-lin.example.org/posts/training-on-a-coin-cell/',
        }),
      );
      const meta = (property: string) =>
        [...html.matchAll(new RegExp(`<meta property="${property}" content="([^"]*)"`, 'g'))].map(
          (match) => match[1],
        );
      expect(meta('og:type')).toEqual(['article']);
      expect(meta('article:published_time')).toEqual(['2025-03-14']);
      expect(meta('article:modified_time')).toEqual(['2025-04-02']);
      expect(meta('article:tag')).toEqual(['intermittent-computing', 'tutorials']);
      expect(parseHtml(html).title).toBe('Training on a coin cell | Mei Lin');
    },
  );

  test('a post’s cover is an AVIF and WebP picture, loaded first, described by its imageAlt', async ({
    page,
  }) => {
    await page.goto('/posts/reading-group-notes/');
    const cover = page.locator('article picture');
    await expect(cover.locator('source')).toHaveCount(2);
    await expect(cover.locator('source').first()).toHaveAttribute('type', 'image/avif');
    await expect(cover.locator('source').nth(1)).toHaveAttribute('type', 'image/webp');
    const image = cover.getByRole('img', {
      name: 'Three papers on a desk, in blue, red and green covers',
    });
    // Above the text, it is what a visitor sees first (Lighthouse's largest paint): never lazy.
    await expect(image).toHaveAttribute('loading', 'eager');
    await expect(image).toHaveAttribute('fetchpriority', 'high');
    await expect(image).toHaveJSProperty('complete', true);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    // A post without a cover shows none.
    await page.goto('/posts/training-on-a-coin-cell/');
    await expect(page.locator('article picture')).toHaveCount(0);
  });

  test('a tag page lists its posts and leads back to all posts, by keyboard', async ({ page }) => {
    await page.goto('/posts/training-on-a-coin-cell/');
    await page.locator('article .tags').getByRole('link', { name: 'tutorials' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/posts\/tags\/tutorials\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Posts tagged “tutorials”']);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'Training on a coin cell',
    ]);
    await page.getByRole('link', { name: 'All posts' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/posts\/$/);
  });

  test('the About page shows the latest posts; every page links the posts feed; the feed lists the posts', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const section = page.locator('section[aria-labelledby="posts"]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Latest posts');
    await expect(section.getByRole('heading', { level: 3 })).toHaveText([
      'Training on a coin cell',
      'Notes from the batteryless reading group',
    ]);
    await expect(page.locator('link[rel="alternate"][href="/posts.xml"]')).toHaveAttribute(
      'title',
      'Posts by Mei Lin',
    );
    const feed = await (await request.get('/posts.xml')).text();
    expect([...feed.matchAll(/<title>(.*?)<\/title>/g)].map((match) => match[1])).toEqual([
      'Posts by Mei Lin',
      '用纽扣电池训练模型',
      'Training on a coin cell',
      'Notes from the batteryless reading group',
    ]);
    expect(feed).not.toContain('half-written');
  });

  test('a post in Chinese is at /zh/posts/, with the Chinese interface', async ({ page }) => {
    await page.goto('/zh/posts/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['文章']);
    await page.getByRole('link', { name: '用纽扣电池训练模型' }).click();
    await expect(page).toHaveURL(/\/zh\/posts\/jianjie\/$/);
    await expect(page.locator('article .meta')).toHaveText('2025年3月20日 · 约 1 分钟读完');
    await expect(page.locator('article .tags').getByRole('link')).toHaveAttribute(
      'href',
      '/zh/posts/tags/间歇计算/',
    );
  });
});

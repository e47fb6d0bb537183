import { expect, test } from '@playwright/test';
import { byYear, listEntries, paperPath, papers } from './full-site.ts';

test.describe('Publications page (/publications/)', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto('/publications/');
    expect(response?.status()).toBe(200);
  });

  test("groups every paper once by year, newest year first, in the author's order within a year", async ({
    page,
  }) => {
    await expect(page).toHaveTitle(/Publications/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Publications']);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      '2025',
      '2024',
      '2023',
      '2022',
      '2021',
    ]);
    for (const { year, ids } of byYear) {
      const links = page.locator(
        `section[aria-labelledby="y${year}"] li.publication h3 a.title-text`,
      );
      await expect(links, String(year)).toHaveText(
        ids.map((id) => papers.find((paper) => paper.id === id)!.title),
      );
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        ids.map(paperPath),
      );
    }
    await expect(page.locator('li.publication')).toHaveCount(listEntries.length);
  });

  test('every entry shows the same heading, authors and chips as on the About page', async ({
    page,
  }) => {
    const headings = page.locator('li.publication h3');
    const order = byYear.flatMap(({ ids }) => ids);
    const expected = order.map(
      (id) => listEntries[papers.findIndex((paper) => paper.id === id)]!.heading,
    );
    await expect(headings).toHaveText(expected);
  });

  test('the year links jump to their year, and the main navigation marks the page and leads back', async ({
    page,
  }) => {
    const years = page.getByRole('navigation', { name: 'Years' });
    await expect(years.getByRole('link')).toHaveText([
      /^2025\b/,
      /^2024\b/,
      /^2023\b/,
      /^2022\b/,
      /^2021\b/,
    ]);
    await years.getByRole('link', { name: /^2021/ }).click();
    await expect(page).toHaveURL(/#y2021$/);
    await expect(page.locator('h2#y2021')).toBeInViewport();

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Publications' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Mei');
  });
});

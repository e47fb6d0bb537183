import { expect, test } from '@playwright/test';
import { escapeRegExp, expectPublication } from '../support/site.ts';
import { papers, papersByYear } from './seed-facts.ts';

const groups = papersByYear();
const titlePattern = (title: string) => new RegExp(`${escapeRegExp(title)}\\.?$`);

test.describe('Publications page (/publications/)', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto('/publications/');
    expect(response?.status()).toBe(200);
  });

  test("groups every paper once by year, newest year first, in the author's order within a year", async ({ page }) => {
    await expect(page).toHaveTitle(/Publications/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications');

    await test.step('years newest first', async () => {
      const years = page.getByRole('main').getByRole('heading', { level: 2 });
      await expect(years).toHaveText(groups.map(({ year }) => String(year)));
      for (const { year } of groups) await expect(page.locator(`h2#y${year}`)).toHaveText(String(year));
    });

    await test.step('every paper exactly once', async () => {
      const items = page.locator('li.publication');
      await expect(items).toHaveCount(papers.length);
      const ids = await items.evaluateAll((elements) => elements.map((element) => element.id));
      expect(new Set(ids).size, 'each publication has its own id').toBe(papers.length);
      for (const paper of papers) {
        await expect(page.getByRole('heading', { level: 3, name: titlePattern(paper.title) }), paper.title).toHaveCount(1);
      }
    });

    for (const { year, papers: expected } of groups) {
      await test.step(`${year}: ${expected.length} papers in the seed's order`, async () => {
        const section = page.locator(`section[aria-labelledby="y${year}"]`);
        await expect(section).toBeVisible();
        await expect(section.locator('li.publication').getByRole('heading', { level: 3 })).toHaveText(expected.map((paper) => titlePattern(paper.title)));
      });
    }
  });

  test('every entry shows its venue link, authors and links as in the seed', async ({ page }) => {
    for (const { year, papers: expected } of groups) {
      const items = page.locator(`section[aria-labelledby="y${year}"] li.publication`);
      for (const paper of expected) {
        await test.step(`${year}: ${paper.title}`, () => expectPublication(items.nth(expected.indexOf(paper)), paper));
      }
    }
    await expect(page.locator('a[href*="/files/"]')).toHaveCount(0);
  });

  test('the year links jump to their year, and the main navigation marks the page and leads back', async ({ page }) => {
    const years = page.getByRole('navigation', { name: 'Years' });
    // Each link shows its year; screen readers may also hear how many papers it holds.
    await expect(years.getByRole('link')).toHaveText(
      groups.map(({ year, papers: inYear }) => new RegExp(`^${year}(\\s*\\(${inYear.length} publications?\\))?$`)),
    );
    const oldest = groups.at(-1)!.year;
    await years.getByRole('link', { name: String(oldest) }).click();
    await expect(page).toHaveURL(new RegExp(`#y${oldest}$`));
    await expect(page.locator(`h2#y${oldest}`)).toBeInViewport();

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Publications' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Me');
  });
});

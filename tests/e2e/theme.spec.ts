import { expect, test, type Page } from '@playwright/test';
import { expectTheme, luminance } from '../support/site.ts';
import { ABOUT_H1, papers } from './full-site.ts';

const toggle = (page: Page) => page.getByRole('button', { name: /Dark theme/ });
const storedTheme = (page: Page) => page.evaluate(() => localStorage.getItem('theme'));
const rootTheme = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-theme'));

test.describe('Theme toggle, light system theme', () => {
  test.use({ colorScheme: 'light' });

  test('starts light, switches to dark and back by mouse and keyboard, and says which is on', async ({
    page,
  }) => {
    await page.goto('/');
    const button = toggle(page);
    await expect(button).toBeVisible();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expectTheme(page, 'light');
    expect(await storedTheme(page)).toBeNull();

    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expectTheme(page, 'dark');
    expect(await rootTheme(page)).toBe('dark');
    expect(await storedTheme(page)).toBe('dark');

    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expectTheme(page, 'light');
    expect(await storedTheme(page)).toBe('light');

    // The text colour follows the theme too.
    const textColor = () =>
      page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).color);
    const light = await textColor();
    await button.click();
    await expect.poll(textColor).not.toBe(light);

    // The toggle works from the keyboard as well: Enter and Space.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expectTheme(page, 'light');
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expectTheme(page, 'dark');
  });

  test('the choice survives a reload and navigation to other pages', async ({ page }) => {
    await page.goto('/');
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expectTheme(page, 'dark');

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Publications' })
      .click();
    await expect(page).toHaveURL(/\/publications\/$/);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expectTheme(page, 'dark');

    await page.goto('/no-such-page');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expectTheme(page, 'dark');

    // Switching back on another page is remembered as well.
    await toggle(page).click();
    await page.goto('/');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expectTheme(page, 'light');
  });

  test('a stored choice is applied before the page body exists (no flash of the light theme)', async ({
    page,
  }) => {
    await page.goto('/');
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');

    // Record, from the first moment of the next document, when data-theme first appears.
    await page.addInitScript(() => {
      const record = { theme: null as string | null, bodyExisted: false };
      (window as unknown as { __themeRecord: typeof record }).__themeRecord = record;
      const observer = new MutationObserver(() => {
        const theme = document.documentElement?.getAttribute('data-theme');
        if (theme && record.theme === null) {
          record.theme = theme;
          record.bodyExisted = document.body !== null;
          observer.disconnect();
        }
      });
      observer.observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-theme'],
      });
    });
    await page.reload({ waitUntil: 'domcontentloaded' });
    // Right after DOMContentLoaded, before any later work, the page is already dark.
    const early = await page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
      record: (
        window as unknown as { __themeRecord: { theme: string | null; bodyExisted: boolean } }
      ).__themeRecord,
    }));
    expect(early.theme).toBe('dark');
    expect(early.record, 'data-theme was set while the parser was still in <head>').toEqual({
      theme: 'dark',
      bodyExisted: false,
    });
    expect(
      luminance(early.background),
      `background right after DOMContentLoaded: ${early.background}`,
    ).toBeLessThan(0.1);
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  });

  test('follows a change of the system theme while no choice is stored', async ({ page }) => {
    await page.goto('/');
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expectTheme(page, 'dark');
    expect(await rootTheme(page)).toBeNull();
  });
});

test.describe('Theme toggle, dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('with no stored choice the page is dark and the toggle is pressed; choosing light is remembered', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(toggle(page)).toBeVisible();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
    await expectTheme(page, 'dark');
    expect(await rootTheme(page)).toBeNull();

    // Choosing light overrides the system and is remembered.
    await page.goto('/publications/');
    await toggle(page).click();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expectTheme(page, 'light');
    await page.reload();
    await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
    await expectTheme(page, 'light');
  });
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the toggle is not shown and the whole page still renders', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('button[data-theme-toggle]')).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ABOUT_H1);
    await expect(page.getByRole('complementary', { name: 'Profile' })).toBeVisible();
    const items = page.locator('li.publication');
    await expect(items).toHaveCount(papers.length);
    for (const item of await items.all()) await expect(item).toBeVisible();
    for (const id of ['publications', 'experience', 'teaching']) {
      await expect(page.locator(`section[aria-labelledby="${id}"]`)).toBeVisible();
    }
    await expectTheme(page, 'light');
  });

  test.describe('with a dark system theme', () => {
    test.use({ colorScheme: 'dark' });

    test('the page still follows the system theme', async ({ page }) => {
      await page.goto('/publications/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Publications');
      await expect(page.locator('li.publication')).toHaveCount(papers.length);
      await expectTheme(page, 'dark');
    });
  });
});

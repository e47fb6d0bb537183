import { expect, test } from '@playwright/test';

test.describe("A page of the owner's own (content/pages/research.mdx)", () => {
  test('/research/ shows its title and text, with no profile card, and the menu marks it', async ({
    page,
  }) => {
    const response = await page.goto('/research/');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle('Research | Mei Lin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Research']);
    await expect(page.getByRole('main').getByText('learning on intermittent power')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'the thesis' })).toHaveAttribute(
      'href',
      '/publications/thesis-northfield25/',
    );
    await expect(page.locator('.profile')).toHaveCount(0);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Research' }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      'What the Northfield intermittent-learning group works on.',
    );
  });

  test('its translation is at /zh/research/, named by its own title in the Chinese menu, and the language switch leads between them', async ({
    page,
  }) => {
    await page.goto('/research/');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/zh\/research\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['研究']);
    await expect(
      page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '研究' }),
    ).toHaveAttribute('aria-current', 'page');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/research\/$/);
  });

  test('the menu reaches it by keyboard', async ({ page }) => {
    await page.goto('/');
    const link = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Research' });
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Research']);
  });

  test('its old address leads to it', async ({ page, baseURL }) => {
    await page.goto('/research.html');
    await page.waitForURL(`${baseURL}/research/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Research']);
  });
});

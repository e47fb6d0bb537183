import { expect, test } from '@playwright/test';

/** The post of the full fixture with a Python block (content/posts/training-on-a-coin-cell.mdx). */
const POST = '/posts/training-on-a-coin-cell/';
/** That block's code, as the author wrote it. */
const CODE = `def train_step(model, batch, store):
    for layer in model.layers:
        batch = layer(batch)
        store.save(layer.name, batch)  # survives a power failure
    return batch`;

test.describe('Code blocks (fenced code in posts and pages)', () => {
  test('are highlighted by classes, with no style attribute, in colours of each theme', async ({
    page,
  }) => {
    const colours = async (scheme: 'light' | 'dark') => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(POST);
      const block = page.locator('article pre');
      await expect(block.locator('.hl-keyword').first()).toHaveText('def');
      expect(await page.locator('[style]').count(), 'elements with a style attribute').toBe(0);
      return block.evaluate((pre) =>
        ['.hl-keyword', '.hl-function', '.hl-comment', '.hl-parameter'].map(
          (selector) => getComputedStyle(pre.querySelector(selector)!).color,
        ),
      );
    };
    const light = await colours('light');
    const dark = await colours('dark');
    // Four kinds of token, four colours, in each theme; and no token keeps its colour across themes.
    expect(new Set(light).size).toBe(4);
    expect(new Set(dark).size).toBe(4);
    light.forEach((colour, index) => expect(colour).not.toBe(dark[index]));
  });

  test('the copy button copies exactly the code, by keyboard, and says so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(POST);
    const button = page.locator('article button');
    await expect(button).toHaveAccessibleName('Copy');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Copied');
    await expect(button).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CODE);
    // The status is emptied and said again on a second copy.
    await expect(button).toHaveText('Copy');
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toHaveText('Copied');
  });

  test(
    'a page without code carries neither the code colours nor the copy script',
    { tag: '@http' },
    async ({ request }) => {
      for (const path of ['/', '/posts/', '/posts/reading-group-notes/', '/zh/posts/jianjie/']) {
        const html = await (await request.get(path)).text();
        expect(html, path).not.toContain('hl-keyword');
        expect(html, path).not.toContain('code-copy');
      }
      const post = await (await request.get(POST)).text();
      expect(post).toContain('.hl-keyword');
      expect(post).toContain('code-copy');
    },
  );
});

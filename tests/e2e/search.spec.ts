import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/*
 * Site search on the full fixture: the index the build wrote with Pagefind, the site's own script
 * on /search/ and /zh/search/, and the policy that lets only that page run it.
 */

const results = (page: Page) => page.getByRole('main').getByRole('listitem');
const policyOf = (page: Page) =>
  page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

test('a query typed on /search/ finds what a co-author is in, says how many, and keeps it in the address', async ({
  page,
}) => {
  await page.goto('/search/');
  const field = page.getByRole('searchbox', { name: 'Search this site' });
  await field.fill('Ortega');
  await expect(page.getByRole('status')).toHaveText('3 results for “Ortega”.');
  await expect(page).toHaveURL(/\/search\/\?q=Ortega$/);
  // Each says what it is and where it appeared; relevance orders them, so they are compared sorted.
  const seen = await results(page).evaluateAll((items) =>
    items
      .map(
        (item) =>
          `${item.querySelector('.about')?.textContent} | ${item.querySelector('h2')?.textContent}`,
      )
      .sort(),
  );
  expect(seen).toEqual([
    "Paper · MobiSys'23 | Tidal: Streaming Inference on Intermittent Power",
    'Paper · NU-CS-2021-07 | A Benchmark of ε-Intermittent Inference in O(n²) Time, at $3 and $4 a Device',
    'Project · Feb 2021 – present · Active | Tidal: inference on harvested energy',
  ]);
  for (const item of await results(page).all())
    await expect(item.locator('.excerpt mark').first()).toHaveText(/^Ortega\W?$/i);
});

test('a talk and a news item, which have no page of their own, lead to their place in the list', async ({
  page,
}) => {
  await page.goto('/search/?q=Helsinki');
  await expect(page.getByRole('status')).toHaveText('1 result for “Helsinki”.');
  await expect(results(page).locator('.about')).toHaveText('Talk · MobiSys 2023, 20 June 2023');
  await expect(results(page).getByRole('link')).toHaveAttribute('href', '/talks/#tidal-poster23');
  await page.goto('/search/?q=defended');
  await expect(results(page).getByRole('link')).toHaveText(
    'Defended my thesis, Learning Systems for Intermittent Devices.',
  );
  await expect(results(page).getByRole('link')).toHaveAttribute('href', '/news/#news-2025-05-30');
});

test('the kind filter narrows the results to papers, with venue and year, and goes into the address', async ({
  page,
}) => {
  await page.goto('/search/?q=Tidal');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “Tidal”\.$/);
  await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: 'Paper' }).check();
  await expect(page).toHaveURL(/\?q=Tidal&kind=paper$/);
  await expect(page.getByRole('status')).toHaveText('2 results for “Tidal”.');
  await expect(results(page).locator('.about')).toHaveText([
    'Paper · Zenodo, 2021',
    "Paper · MobiSys'23",
  ]);
  // The page's own text, not its way back to the list.
  for (const excerpt of await results(page).locator('.excerpt').allTextContents())
    expect(excerpt).not.toContain('All publications');
  // Linked, the filtered search comes back as it was.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Paper' })).toBeChecked();
  await expect(page.getByRole('status')).toHaveText('2 results for “Tidal”.');
});

test('a formula in a title is found by its plain text and shown without TeX', async ({ page }) => {
  await page.goto('/search/?q=O(n²)');
  const hit = results(page).filter({ hasText: 'Benchmark' });
  await expect(hit.getByRole('link')).toHaveText(
    'A Benchmark of ε-Intermittent Inference in O(n²) Time, at $3 and $4 a Device',
  );
  await expect(page.getByRole('main')).not.toContainText('\\epsilon');
  await expect(page.getByRole('main')).not.toContainText('^2');
  // The paper's BibTeX (TeX) and its page's links are not indexed: the TeX command name finds nothing.
  await page.goto('/search/?q=epsilon');
  await expect(page.getByRole('status')).toHaveText('No results for “epsilon”.');
});

test('a result is followed with the keyboard, and / comes back to the field', async ({ page }) => {
  await page.goto('/search/');
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('coin cell');
  await expect(page.getByRole('status')).toHaveText(/results? for “coin cell”/);
  const link = results(page).first().getByRole('link');
  const href = await link.getAttribute('href');
  // Through the filters to the first result.
  while (!(await link.evaluate((element) => element === document.activeElement)))
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Training on a coin cell');
});

test('/zh/search/ finds Chinese pages by a two-character word, in the Chinese index only', async ({
  page,
}) => {
  await page.goto('/zh/search/');
  await page.getByRole('searchbox', { name: '搜索本站' }).fill('电池');
  await expect(page.getByRole('status')).toHaveText(/^找到 \d+ 条“电池”的结果。$/);
  await expect(results(page).getByRole('link', { name: '用纽扣电池训练模型' })).toHaveAttribute(
    'href',
    '/zh/posts/jianjie/',
  );
  await expect(results(page).locator('.kind').first()).toHaveText('文章');
  await expect(results(page).getByRole('link', { name: /coin cell/i })).toHaveCount(0);
});

test('the search page alone allows script files and WebAssembly; no page allows inline or eval', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/search/?q=Tidal');
  await expect(results(page).first()).toBeVisible();
  const search = await policyOf(page);
  expect(search).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  expect(search).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  expect(search).toMatch(/form-action 'none'/);
  expect(violations).toEqual([]);
  for (const path of [
    '/',
    '/zh/',
    '/publications/',
    '/posts/training-on-a-coin-cell/',
    '/talks/',
  ]) {
    await page.goto(path);
    const policy = await policyOf(page);
    expect(policy, path).toMatch(/script-src 'sha256-[^;]*;/);
    expect(policy, path).not.toMatch(/'self' 'wasm|wasm-unsafe-eval|unsafe-inline|unsafe-eval/);
    expect(await page.locator('script[src]').count(), path).toBe(0);
  }
});

test("the search page loads only Pagefind's files from the site itself, and nothing from elsewhere", async ({
  page,
  baseURL,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/search/?q=Tidal');
  await expect(results(page).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const origin = new URL(baseURL!).origin;
  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  const paths = requested.map((url) => new URL(url).pathname);
  // Pagefind's script, and its worker, which runs the WebAssembly search off the main thread.
  expect(paths.filter((path) => /\.m?js$/.test(path))).toEqual([
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
  ]);
  expect(paths.filter((path) => path !== '/search/' && !path.startsWith('/pagefind/'))).toEqual([
    '/favicon.svg',
  ]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`results, filters and marks pass axe in the ${colorScheme} theme, in English and Chinese`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    for (const path of ['/search/?q=Tidal', '/zh/search/?q=电池']) {
      await page.goto(path);
      await expect(results(page).first().locator('mark').first()).toBeVisible();
      const { violations } = await new AxeBuilder({ page })
        .setLegacyMode(true)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((violation) => `${path}: ${violation.id}`)).toEqual([]);
    }
  });
}

test('without JavaScript the search page says so and links the publication list', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/');
  await expect(page.getByRole('main')).toContainText(
    'Search runs in your browser and needs JavaScript',
  );
  await expect(page.getByRole('link', { name: 'publication list' })).toHaveAttribute(
    'href',
    '/publications/',
  );
  await expect(page.getByRole('searchbox')).toBeHidden();
  await context.close();
});

test('every page links to search from its header, with no script of its own', async ({ page }) => {
  await page.goto('/publications/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Search', exact: true })
    .click();
  await expect(page).toHaveURL(/\/search\/$/);
  await page.goto('/zh/');
  await expect(
    page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '搜索' }),
  ).toHaveAttribute('href', '/zh/search/');
});

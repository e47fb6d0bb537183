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

test('a filter value the index does not hold (a stale or hand-made link) is dropped, not applied unseen', async ({
  page,
}) => {
  await page.goto(
    `/search/?q=Tidal&kind=paper&kind=constructor&kind=${encodeURIComponent('<script>alert(1)</script>')}&year=1999`,
  );
  // Only the filters the page shows narrow the results, and the address says what is applied.
  await expect(page.getByRole('status')).toHaveText('2 results for “Tidal”.');
  await expect(page.getByRole('checkbox', { name: 'Paper' })).toBeChecked();
  await expect(page).toHaveURL(/\/search\/\?q=Tidal&kind=paper$/);
  await page.goto('/search/?q=Tidal&year=1999');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results for “Tidal”\.$/);
  await expect(page).toHaveURL(/\/search\/\?q=Tidal$/);
});

test('on a slow network, a query typed before the index arrives says it is loading, then shows its results', async ({
  page,
}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/search/');
  await page.getByRole('searchbox', { name: 'Search this site' }).fill('Ortega');
  await expect(page.getByRole('status')).toHaveText('Loading the search…');
  release();
  await expect(page.getByRole('status')).toHaveText('3 results for “Ortega”.');
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

test('/zh/search/ finds the papers and projects the Chinese lists show, which have one page for both languages', async ({
  page,
}) => {
  await page.goto('/zh/search/?q=Ortega');
  await expect(page.getByRole('status')).toHaveText('找到 3 条“Ortega”的结果。');
  const paper = results(page).filter({
    has: page.getByRole('link', { name: 'Tidal: Streaming Inference on Intermittent Power' }),
  });
  await expect(paper.locator('.about')).toHaveText("论文 · MobiSys'23");
  // The one page there is, at its content.
  await expect(paper.getByRole('link')).toHaveAttribute(
    'href',
    '/publications/tidal-mobisys23/#main',
  );
  await expect(
    results(page).getByRole('link', { name: 'Tidal: inference on harvested energy' }),
  ).toHaveAttribute('href', '/projects/tidal/#main');
  // The filters offer what the Chinese index now holds.
  await page.getByRole('group', { name: '类别' }).getByRole('checkbox', { name: '论文' }).check();
  await expect(page.getByRole('status')).toHaveText('找到 2 条“Ortega”的结果。');
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

test('whatever the index holds is shown as text: a title, a byline and an excerpt with markup and scripts', async ({
  page,
}) => {
  // An index as a hostile import could make it, served in place of Pagefind's: only <mark> may survive.
  const hostile =
    '<img src=x onerror="document.title=\'ran\'"><script>document.title="ran"</script>';
  await page.route('**/pagefind/pagefind.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `export async function init() {}
export async function filters() { return {}; }
export async function search() {
  return { results: [{ data: async () => (${JSON.stringify({
    url: '/publications/tidal-mobisys23/',
    meta: { title: `Title ${hostile}`, kind: 'paper', byline: `<b>Venue</b>${hostile}` },
    excerpt: `before <mark>Ortega</mark> ${hostile}<mark><img src=x onerror="document.title='ran'">x</mark> after`,
  })}) }] };
}`,
    }),
  );
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
  await page.goto('/search/?q=Ortega');
  await expect(page.getByRole('status')).toHaveText('1 result for “Ortega”.');
  const result = results(page).first();
  await expect(result.getByRole('heading', { level: 2 })).toHaveText(`Title ${hostile}`);
  await expect(result.locator('.about')).toHaveText(`Paper · <b>Venue</b>${hostile}`);
  await expect(result.locator('.excerpt mark')).toHaveText(['Ortega', 'x']);
  await expect(result.locator('.excerpt')).toHaveText('before Ortega document.title="ran"x after');
  await expect(result.locator('img, script, b')).toHaveCount(0);
  expect(await page.title()).not.toBe('ran');
  expect(errors).toEqual([]);
});

/** The minimal fixture site (tests/fixtures/sites/minimal/): only the required fields, one paper. */
import { expect, test } from '@playwright/test';

test('the About page shows the text, the one paper, and no empty sections', async ({ page }) => {
  expect((await page.goto('/'))?.status()).toBe(200);
  await expect(page).toHaveTitle(/Hello/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(['Hello']);
  await expect(page.getByRole('main')).toContainText('I build tools for reproducible experiments.');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Publications',
  ]);
  await expect(page.locator('li.publication h3')).toHaveText([
    "[SoftLab'24] A Ledger for Lab Notebooks",
  ]);
  await expect(page.locator('li.publication .authors strong')).toHaveText(['Sam Okafor']);
  await expect(page.getByRole('complementary', { name: 'Profile' })).toHaveCount(0);
  await expect(page.getByText(/Cited by/)).toHaveCount(0);
});

test(
  'the paper page, its BibTeX and the views that exist',
  { tag: '@http' },
  async ({ request }) => {
    const paper = await request.get('/publications/ledger/');
    expect(paper.status()).toBe(200);
    const html = await paper.text();
    expect(
      [...html.matchAll(/<meta name="(citation_[a-z_]+)" content="([^"]*)"/g)].map((match) => [
        match[1],
        match[2],
      ]),
    ).toEqual([
      ['citation_title', 'A Ledger for Lab Notebooks'],
      ['citation_author', 'Sam Okafor'],
      ['citation_publication_date', '2024'],
      ['citation_conference_title', "SoftLab'24"],
    ]);
    expect(await (await request.get('/publications.bib')).text()).toBe(
      [
        '@inproceedings{okafor2024ledger,',
        '  author = {Okafor, Sam},',
        '  title = {A Ledger for Lab Notebooks},',
        "  booktitle = {SoftLab'24},",
        '  year = {2024}',
        '}',
        '',
      ].join('\n'),
    );
    for (const [path, status] of [
      ['/publications/first-author/', 200],
      ['/publications/type/workshop/', 200],
      ['/publications/selected/', 404],
      // No src/data/citations.json: no counts, so no ranking of them.
      ['/publications/most-cited/', 404],
      ['/publications/type/journal/', 404],
      ['/about/', 404],
    ] as const) {
      expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(status);
    }
  },
);

test('without news or talks there is no News or Talks: in the menu, on the About page, or as pages', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
    'About',
    'Publications',
    'CV',
    'Search',
  ]);
  await expect(page.getByRole('main').getByRole('heading', { name: 'News' })).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: /Talks/ })).toHaveCount(0);
  await expect(page.locator('head link[rel="alternate"]')).toHaveCount(1);
  expect((await request.get('/news/')).status()).toBe(404);
  expect((await request.get('/talks/')).status()).toBe(404);
});

test('/cv/ holds the profile and the one paper', async ({ page }) => {
  await page.goto('/cv/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sam Okafor');
  await expect(page.locator('.cv-section h2')).toHaveText(['Workshop papers']);
  await expect(page.locator('.cv-section .item .line')).toHaveText([
    'A Ledger for Lab Notebooks',
    'Sam Okafor',
    "SoftLab'24",
  ]);
  await expect(page.locator('.cv-header .as-of time')).toHaveAttribute('datetime', '2024-01-01');
});

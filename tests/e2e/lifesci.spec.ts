/**
 * The life-sciences fixture site (tests/fixtures/sites/lifesci/: preprint servers, a Cell Press page
 * range, a 40-author paper), built by `npm run build:fixtures` into dist-fixtures/lifesci/ for the
 * base /homepage/ and served there by the `lifesci` project. Literal values, typed from its files.
 */
import { expect, test } from '@playwright/test';
import { readPublication } from '../support/site.ts';

const BASE = '/homepage/';
const OWNER = 'Inés Ångström-Núñez';

test('the About page answers at /homepage/ and its old address leads there', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto(BASE);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Inés');
  await expect(page.getByRole('complementary', { name: 'Profile' })).toContainText(OWNER);
  await page.goto(`${BASE}about/`);
  await page.waitForURL(`${baseURL}${BASE}`, { timeout: 5000 });
});

test('/homepage/publications/ lists the bioRxiv and medRxiv preprints, the Cell paper and the consortium paper', async ({
  page,
}) => {
  await page.goto(`${BASE}publications/`);
  await expect(page.locator('li.publication a.title-text')).toHaveText([
    // By year, newest first; within a year, in the author's order.
    'A Single-Cell Atlas of the Developing Human Kidney',
    'Polygenic Scores Across Ancestries in a Hospital Cohort',
    'Enhancer Grammar Predicts Cell-Type-Specific Expression',
    'Fast Recombination Maps from Low-Coverage Sequencing',
  ]);
  const preprints = page.locator('li.publication', { hasText: 'Rxiv' });
  await expect(preprints).toHaveCount(2);
});

test('the Cell paper keeps its page range 701–718.e12, on its page and in its BibTeX', async ({
  page,
  request,
}) => {
  await page.goto(`${BASE}publications/enhancers-cell23/`);
  await expect(page.getByRole('main')).toContainText('701–718.e12');
  await expect(page.locator('meta[name="citation_lastpage"]')).toHaveAttribute(
    'content',
    '718.e12',
  );
  const bib = await (await request.get(`${BASE}publications/enhancers-cell23.bib`)).text();
  expect(bib).toContain('pages = {701--718.e12}');
});

test('the 40-author paper: its own page names all forty, the owner in bold', async ({ page }) => {
  await page.goto(`${BASE}publications/atlas-nature24/`);
  const authors = page.locator('.authors').first();
  const names = (await authors.innerText())
    .split(',')
    .map((name) => name.replace(/[*†]/g, '').trim());
  expect(names).toHaveLength(40);
  expect(names[6]).toBe(OWNER);
  await expect(authors.locator('strong, b')).toHaveText([OWNER]);
});

test('the lists name five authors of the 40, then the owner, then "et al." (lists.authorsPerPaper: 5)', async ({
  page,
}) => {
  for (const path of [BASE, `${BASE}publications/`]) {
    await page.goto(path);
    const item = page.locator('li.publication', { hasText: 'Single-Cell Atlas' });
    const entry = await readPublication(item);
    expect(
      entry.authors.map((author) => author.name),
      path,
    ).toEqual([
      'Hana Sato',
      'Tomasz Nowak',
      'Ngozi Okeke',
      'Rafael Souza',
      'Yuki Tanaka',
      '…',
      `${OWNER} et al`,
    ]);
    await expect(item.locator('.authors strong')).toHaveText(OWNER);
    expect(entry.authors.at(-1)?.weight).toBeGreaterThanOrEqual(600);
    // A screen reader hears how many there are and where to find them all.
    await expect(item.locator('.authors .visually-hidden').last()).toHaveText(
      ' (40 authors in all, named on the paper’s page)',
    );
  }
  // A paper with few authors is named whole.
  await expect(
    page.locator('li.publication', { hasText: 'Enhancer Grammar' }).locator('.et-al'),
  ).toHaveCount(0);
});

test('the About page shows the sections of aboutSections: a hidden Teaching keeps its course on the CV', async ({
  page,
  baseURL,
}) => {
  await page.goto(BASE);
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    'Publications',
  ]);
  await expect(page.locator('#riverside-genomics')).toHaveCount(0);
  await page.goto(`${BASE}cv/`);
  await expect(page.locator('#riverside-genomics')).toContainText('Statistical Genomics');
  // Its old address leads to where it is shown now.
  await page.goto(`${BASE}teaching/genomics/`);
  await page.waitForURL(`${baseURL}${BASE}cv/#riverside-genomics`, { timeout: 5000 });
});

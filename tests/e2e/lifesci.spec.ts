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

test('the publications list shows the 40-author paper in one entry', async ({ page }) => {
  await page.goto(`${BASE}publications/`);
  const entry = await readPublication(
    page.locator('li.publication', { hasText: 'Single-Cell Atlas' }),
  );
  expect(entry.authors.map((author) => author.name)).toContain(OWNER);
  expect(entry.authors.find((author) => author.name === OWNER)?.weight).toBeGreaterThanOrEqual(600);
});

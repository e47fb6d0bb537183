/**
 * The owner's real site (dist/), briefly: every other spec runs on the fixture sites. What it expects
 * is read from the owner file and src/content/ (tests/support/owner.ts), and every address is
 * relative to the `smoke` project's baseURL, which ends in the owner's `base`: a fork with other
 * content at another base path passes it unchanged (tests/fork/fork.test.ts proves it).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  ABOUT_REDIRECTS,
  OWNER_NAME,
  OWNER_NAME_ZH,
  OWNER_PAPERS,
  PLAIN_PAPER,
} from '../support/owner.ts';

const CV_HEADING = OWNER_NAME_ZH ? `${OWNER_NAME} ${OWNER_NAME_ZH}` : OWNER_NAME;

test("the About page shows the owner's name in the profile card", async ({ page }) => {
  const response = await page.goto('./');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('complementary', { name: 'Profile' })).toContainText(OWNER_NAME);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test(`/publications/ lists all ${OWNER_PAPERS.length} papers`, async ({ page }) => {
  await page.goto('publications/');
  await expect(page.locator('li.publication')).toHaveCount(OWNER_PAPERS.length);
  const titles = await page.locator('li.publication a.title-text').allTextContents();
  for (const paper of OWNER_PAPERS.filter(
    (paper) => paper === PLAIN_PAPER || !/[$\\{}]/.test(paper.title),
  ))
    expect(titles).toContain(paper.title);
});

test(
  "a paper's page answers at its address and carries its citation_title",
  { tag: '@http' },
  async ({ request }) => {
    const paper = PLAIN_PAPER ?? OWNER_PAPERS[0];
    expect(paper, 'src/content/publications/ holds at least one paper').toBeDefined();
    const response = await request.get(`publications/${paper!.id}/`);
    expect(response.status()).toBe(200);
    const html = await response.text();
    if (PLAIN_PAPER)
      expect(html).toContain(
        `<meta name="citation_title" content="${PLAIN_PAPER.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`,
      );
    else expect(html).toMatch(/<meta name="citation_title" content="[^"]+">/);
  },
);

test("the About page's old addresses lead to it; an unknown address gets the site's 404 page", async ({
  page,
  baseURL,
}) => {
  for (const from of ABOUT_REDIRECTS) {
    await test.step(from, async () => {
      await page.goto(from.replace(/^\//, ''));
      await page.waitForURL(baseURL!, { timeout: 5000 });
    });
  }
  const missing = await page.goto('no-such-page/');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('/ has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('./');
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("/cv/ is headed with the owner's name, and the menu offers it", async ({ page }) => {
  await page.goto('cv/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(CV_HEADING);
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'CV' }),
  ).toBeVisible();
});

test('the CV PDF answers and names the owner', { tag: '@http' }, async ({ request }) => {
  const response = await request.get('files/cv.pdf');
  expect(response.status()).toBe(200);
  const doc = await getDocument({
    data: new Uint8Array(await response.body()),
    useSystemFonts: false,
  }).promise;
  let text = '';
  for (let number = 1; number <= doc.numPages; number++) {
    const content = await (await doc.getPage(number)).getTextContent();
    text += content.items.map((item) => ('str' in item ? `${item.str} ` : '')).join('');
  }
  const unspaced = (value: string) => value.replace(/\s+/g, '');
  expect(unspaced(text)).toContain(unspaced(OWNER_NAME));
});

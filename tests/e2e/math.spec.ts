import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectTheme } from '../support/site.ts';
import { paperPath } from './full-site.ts';

/*
 * Formulas in the full fixture site: the report's title and `abstract:` field, and the dataset's
 * MDX body. They must be MathML in the page (no script, no font, no style sheet for it), plain
 * Unicode text wherever the title becomes text, and TeX in BibTeX. Expected values are typed by
 * hand from the fixture files.
 */

const REPORT = paperPath('benchmark-report21');
const DATASET = paperPath('tidal-dataset21');
const PLAIN_TITLE = 'A Benchmark of ε-Intermittent Inference in O(n²) Time, at $3 and $4 a Device';

test('a title and an abstract with formulas are MathML on the paper page', async ({ page }) => {
  await page.goto(REPORT);
  const h1 = page.getByRole('heading', { level: 1 });
  const titleMath = h1.locator('math');
  await expect(titleMath).toHaveCount(2);
  await expect(titleMath.nth(0).locator('mi')).toHaveText('ϵ');
  await expect(titleMath.nth(1).locator('msup')).toHaveText('n2');
  await expect(titleMath.nth(1).locator('msup > mn')).toHaveText('2');
  // `$3 and $4` are prices: they stay text.
  await expect(h1).toContainText('Time, at $3 and $4 a Device');

  const abstract = page.locator('section[aria-labelledby="abstract"]');
  await expect(abstract.locator('p').first()).toContainText('the rig cost $5 million less.');
  await expect(abstract.locator('p').first().locator('math:not([display])')).toHaveCount(3);
  const display = abstract.locator('math[display="block"]');
  await expect(display).toHaveCount(1);
  await expect(display.locator('munderover > mo')).toHaveText('∑');
  // Chromium lays a displayed formula out as a block of its own, centred.
  expect(await display.evaluate((math) => getComputedStyle(math).display)).toBe('block math');
  expect(await page.locator('math [style], math [class]').count()).toBe(0);
});

test('an MDX body with formulas is MathML, and \\$ is a dollar sign', async ({ page }) => {
  await page.goto(DATASET);
  const prose = page.locator('section[aria-labelledby="abstract"] .prose');
  await expect(prose.locator('p').first()).toContainText('seconds and cost $3 to record.');
  await expect(prose.locator('p').first().locator('math msup')).toHaveText('104');
  const display = prose.locator('math[display="block"]');
  await expect(display).toHaveCount(1);
  await expect(display.locator('mfrac > mi')).toHaveText('R');
});

test(
  'a title with formulas is plain Unicode text in the head, JSON-LD and the exports',
  { tag: '@http' },
  async ({ request }) => {
    const html = await (await request.get(REPORT)).text();
    expect(html).toContain(`<title>${PLAIN_TITLE} | Mei Lin</title>`);
    for (const tag of [
      `<meta name="citation_title" content="${PLAIN_TITLE}">`,
      `<meta property="og:title" content="${PLAIN_TITLE}">`,
      `<meta name="twitter:title" content="${PLAIN_TITLE}">`,
    ]) {
      expect(html).toContain(tag);
    }
    expect(html).toContain(`"headline":"${PLAIN_TITLE}"`);
    expect(html).toContain(
      '<meta name="description" content="We run k models for T rounds; each round costs O(n²), and the rig cost $5 million less.',
    );
    expect(await (await request.get('/feed.xml')).text()).toContain(
      `<title>${PLAIN_TITLE}</title>`,
    );
    const csl = (await (await request.get('/publications.json')).json()) as { title: string }[];
    expect(csl.map((item) => item.title)).toContain(PLAIN_TITLE);
    // BibTeX keeps the TeX, braced so that a style cannot lowercase it; the prices are escaped dollars.
    expect(await (await request.get('/publications/benchmark-report21.bib')).text()).toContain(
      '  title = {A Benchmark of {$\\epsilon$}{-Intermittent} Inference in {$O(n^2)$} Time, at \\$3 and \\$4 a Device},\n',
    );
  },
);

for (const theme of ['light', 'dark'] as const) {
  test(`the page with formulas has no WCAG 2.2 AA violations, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(REPORT);
    await expectTheme(page, theme);
    const results = await new AxeBuilder({ page })
      .setLegacyMode(true)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([]);
  });
}

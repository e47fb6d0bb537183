/**
 * Citation counts on the full fixture site, from its data/citations.json (what `npm run
 * citations` writes): the largest count of each paper with its source and day, on the paper's
 * page and in the lists; the total in the profile card and on the CV; the most cited view. In
 * both languages. Axe runs on the new view through a11y.spec.ts (full-site.ts lists it).
 */
import { expect, test } from '@playwright/test';

test('a paper page says how often it is cited, by which source and when, and what the other sources count', async ({
  page,
}) => {
  await page.goto('/publications/tidal-mobisys23/');
  const facts = page.locator('dl.facts');
  await expect(facts.locator('dt', { hasText: 'Cited by' })).toHaveCount(1);
  await expect(facts.locator('dd.cited-by')).toHaveText(
    '57 (Semantic Scholar, 1 December 2026); other sources: OpenAlex 41, Crossref 38',
  );
});

test('counts made for another DOI than the paper has now are not shown', async ({ page }) => {
  await page.goto('/publications/on-device-learning-chapter23/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(/Cited by/)).toHaveCount(0);
});

for (const { path, counts } of [
  {
    path: '/publications/',
    counts: {
      'tidal-mobisys23': 'Cited by 57 (Semantic Scholar, 1 December 2026)',
      'energy-scheduling-tmc24': 'Cited by 1,204 (OpenAlex, 30 November 2026)',
      'micro-foundation-arxiv24': 'Cited by 3 (Semantic Scholar, 1 December 2026)',
    },
  },
  {
    path: '/zh/publications/',
    counts: {
      'tidal-mobisys23': '被引用 57 次（Semantic Scholar，2026年12月1日）',
      'energy-scheduling-tmc24': '被引用 1,204 次（OpenAlex，2026年11月30日）',
      'micro-foundation-arxiv24': '被引用 3 次（Semantic Scholar，2026年12月1日）',
    },
  },
]) {
  test(`${path} shows each counted paper's count with its source and day, and nothing for the others`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.locator('li.publication .cited-by')).toHaveCount(3);
    for (const [id, text] of Object.entries(counts))
      await expect(page.locator(`li#${id} .cited-by`), id).toHaveText(text);
    await expect(page.locator('li#sketching-hotmobile22 .cited-by')).toHaveCount(0);
  });
}

for (const { home, total, most } of [
  { home: '/', total: 'Cited by 1,264 in total', most: '/publications/most-cited/' },
  { home: '/zh/', total: '总被引用 1,264 次', most: '/zh/publications/most-cited/' },
]) {
  test(`the profile card on ${home} shows the total, which leads to the most cited papers`, async ({
    page,
  }) => {
    await page.goto(home);
    const card = page.locator('aside.profile');
    await expect(card.getByRole('link', { name: total })).toHaveAttribute('href', most);
    await card.getByRole('link', { name: total }).click();
    await expect(page).toHaveURL(new RegExp(`${most}$`));
  });
}

for (const { path, text } of [
  {
    path: '/cv/',
    text: 'Cited by 1,264 in total (for each paper the largest count OpenAlex, Semantic Scholar or Crossref gives, as of 1 December 2026)',
  },
  {
    path: '/zh/cv/',
    text: '总被引用 1,264 次（每篇论文取 OpenAlex、Semantic Scholar 或 Crossref 给出的最大计数，截至 2026年12月1日）',
  },
]) {
  test(`${path} states the total and what it is made of`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.cv-header .citations')).toHaveText(text);
  });
}

for (const { path, nav, note, first } of [
  {
    path: '/publications/most-cited/',
    nav: 'Most cited (3)',
    note: 'Ranked by citations: for each paper, the largest count OpenAlex, Semantic Scholar or Crossref gives.',
    first: 'Cited by 1,204 (OpenAlex, 30 November 2026)',
  },
  {
    path: '/zh/publications/most-cited/',
    nav: '被引最多 (3)',
    note: '按被引用次数排列：每篇论文取 OpenAlex、Semantic Scholar 或 Crossref 给出的最大计数。',
    first: '被引用 1,204 次（OpenAlex，2026年11月30日）',
  },
]) {
  test(`${path} ranks the counted papers, most cited first, in one list`, async ({ page }) => {
    await page.goto(path);
    await expect(
      page
        .getByRole('navigation', { name: /Publication views|论文分类/ })
        .getByRole('link', { name: nav }),
    ).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText(note)).toBeVisible();
    await expect(page.locator('li.publication')).toHaveCount(3);
    expect(
      await page.locator('li.publication').evaluateAll((items) => items.map((item) => item.id)),
    ).toEqual(['energy-scheduling-tmc24', 'tidal-mobisys23', 'micro-foundation-arxiv24']);
    await expect(page.locator('li.publication .cited-by').first()).toHaveText(first);
    // A ranking, not a list by year.
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
  });
}

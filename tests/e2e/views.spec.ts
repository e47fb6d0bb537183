import { expect, test, type Page } from '@playwright/test';
import { escapeRegExp } from '../support/site.ts';
import { paperPath, titleOf, type PaperId } from './full-site.ts';

interface View {
  path: string;
  label: string;
  /** The view's papers as the page lists them: by year newest first, the author's order within a year. */
  years: { year: number; ids: PaperId[] }[];
  /** A ranking instead (the most cited view): one list, no years. */
  ranked?: PaperId[];
}

const count = (view: View) =>
  view.ranked?.length ?? view.years.reduce((sum, { ids }) => sum + ids.length, 0);

/** Every view of the full fixture, in the order the navigation shows them: each type has a paper there. */
const views: View[] = [
  {
    path: '/publications/',
    label: 'All',
    years: [
      { year: 2025, ids: ['thesis-northfield25'] },
      { year: 2024, ids: ['energy-scheduling-tmc24', 'micro-foundation-arxiv24'] },
      { year: 2023, ids: ['tidal-mobisys23', 'on-device-learning-chapter23'] },
      { year: 2022, ids: ['sketching-hotmobile22'] },
      { year: 2021, ids: ['benchmark-report21', 'tidal-dataset21'] },
    ],
  },
  {
    path: '/publications/selected/',
    label: 'Selected',
    years: [
      { year: 2024, ids: ['micro-foundation-arxiv24'] },
      { year: 2023, ids: ['tidal-mobisys23'] },
    ],
  },
  {
    // Equal first authorship counts; "M. Lin" marked owner but second does not.
    path: '/publications/first-author/',
    label: 'First author',
    years: [
      { year: 2025, ids: ['thesis-northfield25'] },
      { year: 2023, ids: ['tidal-mobisys23', 'on-device-learning-chapter23'] },
      { year: 2022, ids: ['sketching-hotmobile22'] },
      { year: 2021, ids: ['benchmark-report21', 'tidal-dataset21'] },
    ],
  },
  // The papers data/citations.json counts, most cited first; the chapter's counts are for another DOI.
  {
    path: '/publications/most-cited/',
    label: 'Most cited',
    years: [],
    ranked: ['energy-scheduling-tmc24', 'tidal-mobisys23', 'micro-foundation-arxiv24'],
  },
  {
    path: '/publications/type/conference/',
    label: 'Conference papers',
    years: [{ year: 2023, ids: ['tidal-mobisys23'] }],
  },
  {
    path: '/publications/type/journal/',
    label: 'Journal articles',
    years: [{ year: 2024, ids: ['energy-scheduling-tmc24'] }],
  },
  {
    path: '/publications/type/workshop/',
    label: 'Workshop papers',
    years: [{ year: 2022, ids: ['sketching-hotmobile22'] }],
  },
  {
    path: '/publications/type/preprint/',
    label: 'Preprints',
    years: [{ year: 2024, ids: ['micro-foundation-arxiv24'] }],
  },
  {
    path: '/publications/type/thesis/',
    label: 'Theses',
    years: [{ year: 2025, ids: ['thesis-northfield25'] }],
  },
  {
    path: '/publications/type/chapter/',
    label: 'Book chapters',
    years: [{ year: 2023, ids: ['on-device-learning-chapter23'] }],
  },
  {
    path: '/publications/type/report/',
    label: 'Reports',
    years: [{ year: 2021, ids: ['benchmark-report21'] }],
  },
  {
    path: '/publications/type/other/',
    label: 'Other',
    years: [{ year: 2021, ids: ['tidal-dataset21'] }],
  },
];

/** What a visitor sees of a list page, read in one pass (screen-reader-only text left out). */
async function readView(page: Page) {
  return page.evaluate(() => {
    const text = (el: Element) => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const nav = document.querySelector('nav[aria-label="Publication views"]');
    return {
      h1: [...document.querySelectorAll('h1')].map(text),
      navVisible: !!nav && nav.checkVisibility({ visibilityProperty: true }),
      links: [...(nav?.querySelectorAll('a') ?? [])].map((a) => ({
        text: text(a),
        href: a.getAttribute('href'),
        current: a.getAttribute('aria-current'),
      })),
      /** Each year section: its heading and the pages its titles link to. */
      years: [...document.querySelectorAll('main section')].map((section) => ({
        heading: text(section.querySelector('h2') ?? section),
        papers: [...section.querySelectorAll('li.publication')].map(
          (li) => li.querySelector('h3 a.title-text')?.getAttribute('href') ?? null,
        ),
      })),
      items: document.querySelectorAll('main li.publication').length,
    };
  });
}

test('each view, reached by its link, lists only its papers by year, as many as the link promises, and is marked current; titles lead to the papers', async ({
  page,
}) => {
  const response = await page.goto('/publications/');
  expect(response?.status()).toBe(200);
  // Every other view is reached from the one before by its link, and finally back to All.
  for (const view of [...views.slice(1), views[0]!]) {
    await test.step(`${view.path}: ${view.label} (${count(view)})`, async () => {
      await page
        .getByRole('navigation', { name: 'Publication views' })
        .getByRole('link', { name: new RegExp(`^\\s*${escapeRegExp(view.label)}\\s*\\(`) })
        .click();
      await expect(page).toHaveURL(view.path);
      // The address changes when the new page starts to arrive; read it once it is all there.
      await page.waitForLoadState('domcontentloaded');
      const shown = await readView(page);
      expect(shown.h1, 'one h1, naming the list').toEqual([
        expect.stringMatching(/^Publications\b/),
      ]);

      expect(shown.navVisible, 'the view navigation is visible').toBe(true);
      expect(shown.links, 'every view with its count, only the current one marked').toEqual(
        views.map((other) => ({
          text: `${other.label} (${count(other)})`,
          href: other.path,
          current: other === view ? 'page' : null,
        })),
      );

      // The count the link promises is the number of papers listed.
      expect(shown.items).toBe(count(view));
      expect(
        shown.years,
        "only the matching papers, by year newest first, in the author's order within a year",
      ).toEqual(
        view.years.map(({ year, ids }) => ({ heading: String(year), papers: ids.map(paperPath) })),
      );
      if (view.ranked) {
        const ranked = await page
          .locator('main li.publication h3 a.title-text')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        expect(ranked, 'the most cited first').toEqual(view.ranked.map(paperPath));
      }
    });
  }

  await test.step("a paper's title leads to its page", async () => {
    await page
      .getByRole('main')
      .getByRole('link', { name: titleOf('tidal-dataset21'), exact: true })
      .click();
    await expect(page).toHaveURL(paperPath('tidal-dataset21'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleOf('tidal-dataset21'));
  });
});

test('views without papers are not built', { tag: '@http' }, async ({ request }) => {
  // The full fixture has a paper of every type; the minimal one (minimal.spec.ts) has only a workshop paper.
  expect((await request.get('/publications/type/unknown/')).status()).toBe(404);
});

import { expect, test, type Page } from '@playwright/test';
import { isFirstAuthored, paperPath, publicationTypes, sources, type PaperSource } from '../support/papers.ts';
import { escapeRegExp } from '../support/site.ts';
import { OWNER, papers as seedPapers } from './seed-facts.ts';

interface View {
  path: string;
  label: string;
  papers: readonly PaperSource[];
}

const TYPE_VIEW_LABELS: Record<(typeof publicationTypes)[number], string> = {
  conference: 'Conference papers',
  journal: 'Journal articles',
  workshop: 'Workshop papers',
  preprint: 'Preprints',
  thesis: 'Theses',
  chapter: 'Book chapters',
  report: 'Reports',
  other: 'Other',
};

const candidates: View[] = [
  { path: '/publications/', label: 'All', papers: sources },
  { path: '/publications/selected/', label: 'Selected', papers: sources.filter((paper) => paper.data.selected) },
  { path: '/publications/first-author/', label: 'First author', papers: sources.filter((paper) => isFirstAuthored(paper.data)) },
  ...publicationTypes.map((type) => ({
    path: `/publications/type/${type}/`,
    label: TYPE_VIEW_LABELS[type],
    papers: sources.filter((paper) => paper.data.type === type),
  })),
];
/** The views that have papers (the full list always exists), in the order the navigation shows them. */
const views = candidates.filter((view) => view.path === '/publications/' || view.papers.length > 0);
const empty = candidates.filter((view) => !views.includes(view));

/** Year groups newest first, the author's order within a year: the page order of a view's papers. */
const pageOrder = (papers: readonly PaperSource[]) =>
  [...papers].sort((a, b) => b.data.date.year - a.data.date.year || sources.indexOf(a) - sources.indexOf(b));

const titles = (papers: readonly PaperSource[]) => papers.map((paper) => paper.data.title).sort();

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
        papers: [...section.querySelectorAll('li.publication')].map((li) => li.querySelector('h3 a.title-text')?.getAttribute('href') ?? null),
      })),
      items: document.querySelectorAll('main li.publication').length,
    };
  });
}

test('the views hold what the original list says: Melon is the one selected paper, and two papers have Qipeng Wang first', { tag: '@http' }, () => {
  const byTitle = (title: string) => seedPapers.find((paper) => paper.title === title);
  const selected = views.find((view) => view.label === 'Selected');
  expect(selected?.papers.map((paper) => byTitle(paper.data.title)?.venue)).toEqual(["MobiSys'22"]);
  const firstAuthor = views.find((view) => view.label === 'First author');
  expect(titles(firstAuthor?.papers ?? [])).toEqual(
    seedPapers
      .filter((paper) => paper.authors[0] === OWNER)
      .map((paper) => paper.title)
      .sort(),
  );
  expect(firstAuthor?.papers).toHaveLength(2);
});

test('each view, reached by its link, lists only its papers by year, as many as the link promises, and is marked current; titles lead to the papers', async ({
  page,
}) => {
  const response = await page.goto('/publications/');
  expect(response?.status()).toBe(200);
  // Every other view is reached from the one before by its link, and finally back to All.
  for (const view of [...views.slice(1), views[0]!]) {
    await test.step(`${view.path}: ${view.label} (${view.papers.length})`, async () => {
      await page
        .getByRole('navigation', { name: 'Publication views' })
        .getByRole('link', { name: new RegExp(`^\\s*${escapeRegExp(view.label)}\\s*\\(`) })
        .click();
      await expect(page).toHaveURL(view.path);
      const shown = await readView(page);
      expect(shown.h1, 'one h1, naming the list').toEqual([expect.stringMatching(/^Publications\b/)]);

      expect(shown.navVisible, 'the view navigation is visible').toBe(true);
      expect(shown.links, 'every view with its count, only the current one marked').toEqual(
        views.map((other) => ({
          text: `${other.label} (${other.papers.length})`,
          href: other.path,
          current: other === view ? 'page' : null,
        })),
      );

      // The count the link promises is the number of papers listed.
      expect(shown.items).toBe(view.papers.length);
      const expected = pageOrder(view.papers);
      const years = [...new Set(expected.map((paper) => paper.data.date.year))];
      expect(shown.years, "only the matching papers, by year newest first, in the author's order within a year").toEqual(
        years.map((year) => ({
          heading: String(year),
          papers: expected.filter((paper) => paper.data.date.year === year).map((paper) => paperPath(paper.id)),
        })),
      );
    });
  }

  await test.step("a paper's title leads to its page", async () => {
    const paper = pageOrder(sources).at(-1)!;
    await page.getByRole('main').getByRole('link', { name: paper.data.title, exact: true }).click();
    await expect(page).toHaveURL(paperPath(paper.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(paper.data.title);
  });
});

test('views without papers are not built', { tag: '@http' }, async ({ request }) => {
  expect(empty.length, 'some kinds of publication have no paper yet').toBeGreaterThan(0);
  for (const view of empty) expect((await request.get(view.path)).status(), view.path).toBe(404);
});

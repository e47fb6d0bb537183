import { expect, test, type Locator } from '@playwright/test';
import { readPublication } from '../support/site.ts';
import {
  ABOUT_H1,
  EMAIL_OBFUSCATED,
  EMAIL_REAL,
  listEntries,
  OWNER,
  OWNER_ZH,
  profile,
} from './full-site.ts';

/** An entry as the tables in full-site.ts write it: visible text and links, authors with their marks. */
async function entryOf(item: Locator) {
  const view = await readPublication(item);
  return {
    heading: view.heading,
    headingLinks: view.headingLinks,
    authors: view.authors.map(({ name }) => name),
    strong: view.strong,
    chips: view.chips.map((chip) => ({ text: chip.text, href: chip.links[0]?.href ?? null })),
  };
}

test.describe('About page (/)', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
  });

  test('has one h1 and the sections in the order of aboutSections: Publications → News → Latest posts → Experience → Teaching', async ({
    page,
  }) => {
    await expect(page).toHaveTitle(/About Mei/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText([ABOUT_H1]);
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
      'Publications',
      'News',
      'Latest posts',
      'Experience',
      'Teaching',
    ]);
    for (const id of ['news', 'posts', 'publications', 'experience', 'teaching'])
      await expect(page.locator(`section[aria-labelledby="${id}"]`)).toBeVisible();
  });

  test("shows the page's text: the Chinese name marked, links, bold, a deployed file linked and a missing one named", async ({
    page,
  }) => {
    const main = page.getByRole('main');
    const intro = main.locator('p').filter({ hasText: 'I am Mei Lin' });
    await expect(intro).toHaveText(
      'I am Mei Lin (林梅), an assistant professor at Northfield University. I work with Tomás Ortega.',
    );
    await expect(intro.locator('[lang="zh"]')).toHaveText(OWNER_ZH);
    await expect(intro.getByRole('link', { name: 'Tomás Ortega' })).toHaveAttribute(
      'href',
      'https://example.org/tomas',
    );

    const research = main.locator('p').filter({ hasText: 'My research' });
    await expect(research.locator('strong')).toHaveText('intermittent devices');
    await expect(research.getByRole('link', { name: 'CV' })).toHaveAttribute(
      'href',
      '/files/cv.pdf',
    );
    await expect(research.getByRole('link', { name: /teaching statement/ })).toHaveCount(0);
    // The missing file is named, with a note for screen readers that it is not available yet.
    await expect(research.locator('.link-unavailable')).toHaveText([
      'teaching statement (not available yet)',
    ]);

    await expect(main.locator('p').filter({ hasText: 'Connect:' })).toHaveText(
      `Connect: ${EMAIL_OBFUSCATED}`,
    );
    await expect(page.locator('a[href^="mailto:" i]')).toHaveCount(0);
  });

  test("lists the eight publications in the author's order, each with venue link, marked authors and chips", async ({
    page,
  }) => {
    const items = page.locator('section[aria-labelledby="publications"] li.publication');
    await expect(items).toHaveCount(listEntries.length);
    const shown = [];
    for (const item of await items.all()) shown.push(await entryOf(item));
    expect(shown).toEqual(listEntries);
    await expect(page.locator('p.marks')).toHaveText(
      '* equal contribution; † corresponding author',
    );
  });

  test('shows the experience and the teaching, newest first', async ({ page }) => {
    const experience = page.locator('section[aria-labelledby="experience"] li.experience');
    await expect(experience).toHaveText([
      'September 2025 – present: Assistant Professor @ Northfield University',
      'June 2019 – August 2020: Research Intern @ Harbour Labs, Low-Power GroupMentored by Ada Nwosu and Ken SatoHonored with Best Intern Project Award',
    ]);
    await expect(experience.nth(1).getByRole('link', { name: 'Ada Nwosu' })).toHaveAttribute(
      'href',
      'https://example.org/ada',
    );
    await expect(experience.nth(1).getByRole('link', { name: 'Ken Sato' })).toHaveCount(0);
    await expect(page.locator('#harbour-labs-intern')).toHaveCount(1);

    await expect(page.locator('section[aria-labelledby="teaching"] li')).toHaveText([
      'Instructor, Seminar on Intermittent Computing (graduate students), Northfield University (Spring 2026)',
      'Teaching Assistant, Embedded Systems (80 undergraduate students), Northfield University (Fall 2021, Spring 2022)',
    ]);
    await expect(page.locator('#northfield-embedded-ta')).toHaveCount(1);
  });

  test('shows the profile card: beside the text when wide, above it when narrow', async ({
    page,
  }) => {
    const card = page.getByRole('complementary', { name: 'Profile' });
    await expect(card).toBeVisible();
    await expect(card.getByText(new RegExp(`^${OWNER}`)).first()).toBeVisible();
    await expect(card.locator('[lang="zh"]')).toHaveText(OWNER_ZH);
    for (const fact of profile.facts)
      await expect(card.getByText(fact).first(), fact).toBeVisible();
    await expect(card.getByRole('link', { name: /GitHub/ })).toHaveAttribute(
      'href',
      profile.github,
    );
    // Every profile the owner file sets, in the card's fixed order.
    await expect(card.getByRole('link')).toHaveText([
      'GitHub: mei-lin-example',
      'Cited by 1,264 in total',
      'Google Scholar',
      'ORCID: 0000-0002-1825-0097',
      'LinkedIn: mei-lin-example',
      'DBLP',
    ]);
    await expect(card.getByRole('link', { name: 'DBLP' })).toHaveAttribute(
      'href',
      'https://dblp.org/pid/00/0000.html',
    );
    // No avatar is configured: the card shows the initials.
    await expect(card.getByText(profile.monogram, { exact: true })).toBeVisible();

    const width = page.viewportSize()!.width;
    const box = (await card.boundingBox())!;
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    if (width >= 1024) {
      expect(box.x + box.width, 'card left of the text').toBeLessThanOrEqual(heading.x);
      expect(Math.abs(box.y - heading.y), 'card level with the heading').toBeLessThan(100);
    } else {
      expect(box.y + box.height, 'card above the text').toBeLessThanOrEqual(heading.y);
    }
  });
});

test(
  'the HTML source never contains the plain e-mail address or a mailto: link',
  { tag: '@http' },
  async ({ request }) => {
    for (const path of ['/', '/publications/', '/404.html']) {
      const html = await (await request.get(path)).text();
      if (path === '/') expect(html).toContain(EMAIL_OBFUSCATED);
      expect(html, path).not.toContain(EMAIL_REAL);
      expect(html.toLowerCase(), path).not.toContain('mailto:');
    }
  },
);

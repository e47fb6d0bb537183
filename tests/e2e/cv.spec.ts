/** /cv/, /news/ and /talks/ on the full fixture site, and where the header and the About page show them. */
import { expect, test } from '@playwright/test';
import { cvSections, navigation, news } from './full-site.ts';

test.describe('/cv/', () => {
  test('shows every section and its entries in order', async ({ page }) => {
    await page.goto('/cv/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mei Lin 林梅');
    await expect(page.locator('.cv-header .headline')).toHaveText(
      'Assistant Professor @ Northfield · Northfield University',
    );
    await expect(page.locator('.cv-header .contact li')).toHaveText([
      'mei.lin [AT] northfield [DOT] example [DOT] edu',
      'https://mei-lin.example.org/',
      'github.com/mei-lin-example',
      'scholar.google.com/citations?user=AbCdEfGhIjKL',
      'orcid.org/0000-0002-1825-0097',
      'linkedin.com/in/mei-lin-example',
      'dblp.org/pid/00/0000.html',
    ]);
    await expect(
      page
        .locator('.cv-header .contact')
        .getByRole('link', { name: 'orcid.org/0000-0002-1825-0097' }),
    ).toHaveAttribute('href', 'https://orcid.org/0000-0002-1825-0097');
    await expect(page.locator('.cv-header .as-of time')).toHaveText('14 October 2025');
    await expect(page.locator('.cv-header .as-of time')).toHaveAttribute('datetime', '2025-10-14');
    await expect(page.locator('.cv-section h2')).toHaveText(
      cvSections.map((section) => section.title),
    );
    for (const [index, section] of cvSections.entries()) {
      await expect(
        page.locator('.cv-section').nth(index).locator('.item .line:first-child'),
        section.title,
      ).toHaveText(section.headings);
    }
  });

  test('an entry has its dates, details and links', async ({ page }) => {
    await page.goto('/cv/');
    const phd = page.locator('#northfield-phd');
    await expect(phd.locator('.when')).toHaveText('2020 – May 2025');
    await expect(phd.locator('.line')).toHaveText([
      'Ph.D. in Computer Science',
      'Department of Computer Science, Northfield University',
      'Advisors: Ruth Adler and Omar Haddad',
      'Thesis: Learning Systems for Intermittent Devices',
    ]);
    await expect(phd.getByRole('link', { name: 'Ruth Adler' })).toHaveAttribute(
      'href',
      'https://example.org/ruth',
    );
    const keynote = page.locator('#harvest-keynote25');
    await expect(keynote.locator('.when')).toHaveText('14 Oct 2025');
    await expect(keynote.locator('.links a')).toHaveText(['slides', 'video']);
    await expect(keynote.locator('.links a').first()).toHaveAttribute(
      'href',
      'https://mei-lin.example.org/files/harvest-keynote.pdf',
    );
    // The poster's slides are not in public/: the CV leaves the link out rather than print a dead one.
    await expect(page.locator('#tidal-poster23 .links')).toHaveCount(0);
  });

  test("the owner's name is bold and the marks are explained", async ({ page }) => {
    await page.goto('/cv/');
    const conference = page.locator('.cv-section', {
      has: page.getByRole('heading', { name: 'Conference papers' }),
    });
    await expect(conference.locator('.note')).toHaveText(
      '* equal contribution; † corresponding author',
    );
    await expect(conference.locator('#tidal-mobisys23 .line').nth(1)).toHaveText(
      'Mei Lin*, Jonas Berg*, Priya Raman, Tomás Ortega†',
    );
    await expect(conference.locator('#tidal-mobisys23 strong')).toHaveText([
      'Tidal: Streaming Inference on Intermittent Power',
      'Mei Lin*',
    ]);
    await expect(page.locator('#micro-foundation-arxiv24 .line strong')).toHaveText([
      'Compressing Foundation Models for Microcontrollers',
      'M. Lin',
    ]);
    // Only a section whose papers use a mark explains it.
    await expect(page.locator('.cv-section .note')).toHaveCount(1);
  });

  test('prints without the header, the menu or the theme toggle, black on white', async ({
    page,
  }) => {
    await page.goto('/cv/');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await expect(page.locator('header.site-header')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(page.locator('.theme-toggle')).toBeHidden();
    await expect(page.locator('.cv-header .as-of a')).toBeHidden();
    expect(
      await page.evaluate(() => [
        getComputedStyle(document.body).color,
        getComputedStyle(document.body).backgroundColor,
      ]),
    ).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    expect(
      await page.locator('#northfield-phd').evaluate((item) => getComputedStyle(item).breakInside),
    ).toBe('avoid');
    // An entry's own links print their address; a linked name does not.
    expect(
      await page
        .locator('#harvest-keynote25 .links a')
        .first()
        .evaluate((link) => getComputedStyle(link, '::after').content),
    ).toBe('" <https://mei-lin.example.org/files/harvest-keynote.pdf>"');
    expect(
      await page
        .getByRole('link', { name: 'Ruth Adler' })
        .evaluate((link) => getComputedStyle(link, '::after').content),
    ).toBe('none');
  });
});

test('/news/ lists every item, newest first', async ({ page }) => {
  await page.goto('/news/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('News');
  await expect(page.locator('.news-list > li time')).toHaveText(news.map(([date]) => date));
  await expect(page.locator('.news-list > li .body')).toHaveText(news.map(([, text]) => text));
  await expect(
    page.locator('#news-2023-06-19').getByRole('link', { name: 'Tidal' }),
  ).toHaveAttribute('href', '/publications/tidal-mobisys23/');
});

test('/talks/ lists every talk, newest first, with its kind and links', async ({ page }) => {
  await page.goto('/talks/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Talks');
  await expect(page.locator('.talk-list > li .title')).toHaveText([
    'Computing on Harvested Energy',
    'Batteryless Sensing at Scale',
    'Tidal: Streaming Inference on Intermittent Power',
  ]);
  await expect(page.locator('.talk-list > li .details')).toHaveText([
    'Keynote, IntermittentOS Workshop 2025, Lisbon, Portugal, 14 October 2025 · slides · video',
    'Invited talk, Lakeside College CS Colloquium, Lakeside, WI, USA, 22 April 2024',
    'Poster, MobiSys 2023, Helsinki, Finland, 20 June 2023 · slides (not available yet)',
  ]);
  await expect(
    page.locator('#harvest-keynote25').getByRole('link', { name: 'slides' }),
  ).toHaveAttribute('href', '/files/harvest-keynote.pdf');
  await expect(page.locator('#harvest-keynote25 .abstract')).toHaveText(
    'Devices that run on harvested energy lose power many times a second.\n\nThis talk surveys how to compute on them anyway.',
  );
});

test('the About page shows the latest five news items and links the rest, the talks and the CV', async ({
  page,
}) => {
  await page.goto('/');
  const section = page.locator('section', {
    has: page.getByRole('heading', { name: 'News', level: 2 }),
  });
  await expect(section.locator('.news-list > li time')).toHaveText(
    news.slice(0, 5).map(([date]) => date),
  );
  await expect(section.getByRole('link', { name: 'All 7 news items' })).toHaveAttribute(
    'href',
    '/news/',
  );
  await expect(page.getByRole('main').getByRole('link', { name: 'Talks (3)' })).toHaveAttribute(
    'href',
    '/talks/',
  );
  await expect(
    page.getByRole('main').getByRole('link', { name: 'Curriculum vitae' }),
  ).toHaveAttribute('href', '/cv/');
});

test('the header shows News, Talks and CV, and every page links the news feed', async ({
  page,
  request,
}) => {
  await page.goto('/cv/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(
    navigation,
  );
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'CV' }),
  ).toHaveAttribute('aria-current', 'page');
  expect(
    await page
      .locator('head link[rel="alternate"][type="application/atom+xml"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
  ).toEqual(['/feed.xml', '/news.xml', '/posts.xml']);
  const feed = await (await request.get('/news.xml')).text();
  expect([...feed.matchAll(/<id>([^<]*)<\/id>/g)].map((match) => match[1])).toEqual([
    'https://mei-lin.example.org/',
    ...[
      '2025-09-01',
      '2025-05-30',
      '2024-11-12',
      '2024-03-04',
      '2023-06-19',
      '2023-02-10',
      '2022-01-20',
    ].map((id) => `https://mei-lin.example.org/news/#news-${id}`),
  ]);
  expect(feed).toContain('<summary>Presented Tidal at MobiSys 2023.</summary>');
});

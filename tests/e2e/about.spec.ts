import { expect, test } from '@playwright/test';
import { escapeRegExp, expectPublication } from '../support/site.ts';
import { about, EMAIL_OBFUSCATED, EMAIL_REAL, experience, localFiles, OWNER, OWNER_ZH, papers, profile, teaching } from './seed-facts.ts';

test.describe('About page (/)', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
  });

  test('has one h1, "About Me", and the sections Publications → Experience → Teaching', async ({ page }) => {
    await expect(page).toHaveTitle(/About Me/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(about.heading);

    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2 })).toHaveText(['Publications', 'Experience', 'Teaching']);
    for (const [id, name] of [
      ['publications', 'Publications'],
      ['experience', 'Experience'],
      ['teaching', 'Teaching'],
    ] as const) {
      const section = page.locator(`section[aria-labelledby="${id}"]`);
      await expect(section).toBeVisible();
      await expect(section.locator(`#${id}`)).toHaveText(name);
    }
  });

  test('shows the whole About text of the seed', async ({ page }) => {
    const main = page.getByRole('main');

    await test.step('bio, with the Chinese name and the advisers linked', async () => {
      const intro = main.locator('p').filter({ hasText: `I am ${OWNER}` });
      await expect(intro).toHaveCount(1);
      await expect(intro).toBeVisible();
      for (const sentence of about.intro) await expect(intro).toContainText(sentence);
      // The seed writes the Chinese name as "王 启鹏"; it is one name, marked as Chinese.
      await expect(intro).toContainText(new RegExp(`I am ${OWNER}\\s*\\(\\s*王\\s*启鹏\\s*\\)`));
      await expect(intro.locator('[lang="zh"]')).toHaveText(new RegExp(OWNER_ZH.split('').join('\\s*')));
      for (const { name, url } of about.links) {
        const link = intro.getByRole('link', { name, exact: true });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute('href', url);
      }
    });

    await test.step('research focus', async () => {
      const research = main.locator('p').filter({ hasText: about.research });
      await expect(research).toBeVisible();
      await expect(research).toHaveText(about.research);
    });

    await test.step('"industrial job market" in bold, and the CV named without a dead link', async () => {
      const paragraph = main.locator('p').filter({ hasText: about.jobMarketBold });
      await expect(paragraph).toBeVisible();
      await expect(paragraph).toContainText(about.jobMarket);
      await expect(paragraph).toContainText(/This is my CV/);
      const bold = paragraph.locator('strong, b').filter({ hasText: about.jobMarketBold });
      await expect(bold).toHaveText(about.jobMarketBold);
      expect(await bold.evaluate((el) => Number(getComputedStyle(el).fontWeight))).toBeGreaterThanOrEqual(600);
      // cv.pdf is not shipped: the word stays visible, but nothing links to the missing file.
      await expect(paragraph.getByText(about.cv.text).first()).toBeVisible();
      await expect(paragraph.getByRole('link', { name: /CV/ })).toHaveCount(0);
      await expect(page.locator(`a[href*="${about.cv.file}"]`)).toHaveCount(0);
    });

    await test.step('the e-mail address, obfuscated and not a link', async () => {
      const connect = main.locator('p').filter({ hasText: 'Connect:' });
      await expect(connect).toBeVisible();
      await expect(connect).toHaveText(about.connect);
      await expect(page.getByRole('link', { name: /wangqipeng/ })).toHaveCount(0);
      await expect(page.locator('a[href^="mailto:" i]')).toHaveCount(0);
    });
  });

  test('lists the seven publications in the seed order, each with venue link, authors and links', async ({ page }) => {
    const items = page.locator('section[aria-labelledby="publications"] li.publication');
    await expect(items).toHaveCount(papers.length);
    await expect(items.getByRole('heading', { level: 3 })).toHaveText(papers.map((paper) => new RegExp(`${escapeRegExp(paper.title)}\\.?$`)));
    for (const [index, paper] of papers.entries()) {
      await test.step(`${index + 1}. [${paper.venue}] ${paper.title}`, () => expectPublication(items.nth(index), paper));
    }

    await test.step('missing local files are named but never linked', async () => {
      await expect(page.locator('a[href*="/files/"]')).toHaveCount(0);
      for (const file of localFiles) await expect(page.locator(`a[href$="${file.split('/').pop()}"]`)).toHaveCount(0);
      // Each missing file still shows its label: the CV and the eight paper chips.
      const unavailable = page.locator('.link-unavailable');
      await expect(unavailable).toHaveCount(localFiles.length);
      for (const element of await unavailable.all()) await expect(element).toBeVisible();
    });
  });

  test('shows the internship and the teaching assistantship', async ({ page }) => {
    await test.step('Experience', async () => {
      const section = page.locator('section[aria-labelledby="experience"]');
      await expect(section).toBeVisible();
      await expect(section).toContainText(
        new RegExp(`${experience.start}\\s*[–~—-]\\s*${experience.end}\\s*:?\\s*${experience.role}\\s*@\\s*${experience.organisation}`),
      );
      await expect(section.getByText(experience.role, { exact: true })).toBeVisible();
      await expect(section).toContainText(/Mentored by Shiqi Jiang and Ting Cao/);
      for (const { name, url } of experience.mentors) {
        const link = section.getByRole('link', { name, exact: true });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute('href', url);
      }
      await expect(section.getByText(experience.honour)).toBeVisible();
    });

    await test.step('Teaching', async () => {
      const section = page.locator('section[aria-labelledby="teaching"]');
      await expect(section).toBeVisible();
      const line = section.locator('li').filter({ hasText: teaching.course });
      await expect(line).toHaveCount(1);
      await expect(line).toBeVisible();
      await expect(line).toContainText(new RegExp(`^\\s*${teaching.role}, ${escapeRegExp(teaching.course)}`));
      await expect(line).toContainText(teaching.audience);
      await expect(line).toContainText(`${teaching.institution} (${teaching.terms.join(', ')})`);
    });
  });

  test('shows the profile card: beside the text when wide, above it when narrow', async ({ page }) => {
    const card = page.getByRole('complementary', { name: 'Profile' });
    await expect(card).toBeVisible();
    await expect(card).toHaveClass(/\bprofile\b/);
    await expect(card.getByText(new RegExp(`^${profile.name}`)).first()).toBeVisible();
    const zh = card.locator('[lang="zh"]');
    await expect(zh).toBeVisible();
    await expect(zh).toHaveText(profile.nameZh);
    for (const fact of [profile.bio, profile.employer, profile.location, profile.email]) {
      await expect(card.getByText(fact).first(), fact).toBeVisible();
    }
    const github = card.getByRole('link', { name: /GitHub/ });
    await expect(github).toBeVisible();
    await expect(github).toHaveAttribute('href', profile.github);

    // No avatar picture exists, so the card shows the initials instead of a broken image.
    await expect(card.getByText(profile.monogram, { exact: true })).toBeVisible();
    const images = await page
      .locator('img')
      .evaluateAll((imgs) => (imgs as HTMLImageElement[]).map((img) => ({ src: img.currentSrc || img.src, ok: img.complete && img.naturalWidth > 0 })));
    expect(
      images.filter((img) => !img.ok),
      'broken images',
    ).toEqual([]);

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

test('the HTML source never contains the plain e-mail address or a mailto: link', { tag: '@http' }, async ({ request }) => {
  for (const path of ['/', '/publications/', '/404.html']) {
    const html = await (await request.get(path)).text();
    if (path === '/') expect(html).toContain(EMAIL_OBFUSCATED);
    expect(html, path).not.toContain(EMAIL_REAL);
    expect(html.toLowerCase(), path).not.toContain('mailto:');
  }
});

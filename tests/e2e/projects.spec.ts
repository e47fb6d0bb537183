import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { ORIGIN } from './full-site.ts';

/** The full fixture's projects, as their cards show them, in the site's order (ongoing first, undated last). */
const CARDS = [
  {
    title: 'Tidal: inference on harvested energy',
    href: '/projects/tidal/',
    when: 'Feb 2021 – present · Active',
    tags: ['intermittent computing', 'on-device inference'],
    picture: true,
  },
  {
    title: 'Energy-aware scheduling for mobile accelerators',
    href: '/projects/energy-scheduler/',
    when: 'Mar 2022 – Jun 2024 · Completed',
    tags: ['mobile systems'],
    picture: false,
  },
  {
    title: '微型基础模型 Micro Foundation Models',
    href: '/projects/micro-foundation/',
    when: 'Archived',
    tags: ['微控制器'],
    picture: false,
  },
];

test('/projects/ shows a card per project: title linked to its page, dates or status, summary, tags, picture', async ({
  page,
}) => {
  await page.goto('/projects/');
  const cards = page.locator('.project-card');
  await expect(cards.getByRole('heading', { level: 2 })).toHaveText(
    CARDS.map((card) => card.title),
  );
  for (const [index, card] of CARDS.entries()) {
    const shown = cards.nth(index);
    await expect(shown.getByRole('link', { name: card.title })).toHaveAttribute('href', card.href);
    await expect(shown.locator('.when')).toHaveText(card.when);
    await expect(shown.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(
      card.tags,
    );
    await expect(shown.locator('picture')).toHaveCount(card.picture ? 1 : 0);
  }
  // The card's picture: AVIF then WebP, loaded lazily, decorative beside the title.
  const picture = cards.first().locator('picture');
  await expect(picture.locator('source')).toHaveCount(2);
  await expect(picture.locator('source').first()).toHaveAttribute('type', 'image/avif');
  await expect(picture.locator('source').nth(1)).toHaveAttribute('type', 'image/webp');
  await expect(picture.locator('img')).toHaveAttribute('loading', 'lazy');
  await expect(picture.locator('img')).toHaveAttribute('alt', '');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('/zh/projects/ shows the same cards with a Chinese interface', async ({ page }) => {
  await page.goto('/zh/projects/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('项目');
  await expect(page.locator('.project-card').getByRole('heading', { level: 2 })).toHaveText(
    CARDS.map((card) => card.title),
  );
  await expect(page.locator('.project-card .when').first()).toHaveText('2021年2月 – 至今 · 进行中');
});

test('a project page shows its body, links, described picture and related papers; the paper links back', async ({
  page,
}) => {
  await page.goto('/projects/tidal/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tidal: inference on harvested energy',
  );
  await expect(
    page.getByText('Tidal keeps a model’s progress across power failures', { exact: false }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Links for Tidal: inference on harvested energy' })
      .getByRole('link'),
  ).toHaveText(['code', 'Demo', 'Data', 'Artifact']);
  await expect(page.locator('article picture img')).toHaveAttribute(
    'alt',
    'A blue wave under a yellow sun, the Tidal logo',
  );
  const papers = page.getByRole('region', { name: 'Papers' });
  await expect(papers.locator('.title-text')).toHaveText([
    'Tidal: Streaming Inference on Intermittent Power',
    'The Tidal Power Traces Dataset',
  ]);

  await papers
    .getByRole('link', { name: 'Tidal: Streaming Inference on Intermittent Power' })
    .click();
  await expect(page).toHaveURL(/\/publications\/tidal-mobisys23\/$/);
  const projects = page.getByRole('region', { name: 'Projects' });
  await expect(projects.getByRole('link')).toHaveText(['Tidal: inference on harvested energy']);
  await expect(projects.getByRole('link')).toHaveAttribute('href', '/projects/tidal/');
});

test('a paper in no project has no Projects section', async ({ page }) => {
  await page.goto('/publications/sketching-hotmobile22/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Projects' })).toHaveCount(0);
});

test('the cards are reached by keyboard in order, and Enter opens a project', async ({ page }) => {
  await page.goto('/projects/');
  const titles = page.locator('.project-card h2 a');
  await titles.first().focus();
  for (const card of CARDS.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveText(card.title);
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\/energy-scheduler\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Energy-aware scheduling for mobile accelerators',
  );
});

test('paper, project and post pages announce their own 1200×630 preview picture; other pages keep the small card', async ({
  page,
  request,
}) => {
  for (const [path, image, alt] of [
    [
      '/projects/tidal/',
      '/previews/projects/tidal.png',
      'Tidal: inference on harvested energy. Feb 2021 – present · Active',
    ],
    [
      '/publications/tidal-mobisys23/',
      '/previews/publications/tidal-mobisys23.png',
      "Tidal: Streaming Inference on Intermittent Power. Mei Lin, Jonas Berg, Priya Raman, Tomás Ortega · MobiSys'23",
    ],
    [
      '/posts/training-on-a-coin-cell/',
      '/previews/posts/training-on-a-coin-cell.png',
      'Training on a coin cell. 14 March 2025',
    ],
    ['/zh/posts/jianjie/', '/previews/posts/zh/jianjie.png', '用纽扣电池训练模型. 2025年3月20日'],
  ] as const) {
    await page.goto(path);
    const imageUrl = `${ORIGIN}${image}`;
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', imageUrl);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute(
      'content',
      '1200',
    );
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute(
      'content',
      '630',
    );
    await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', alt);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
      'content',
      'summary_large_image',
    );
    const response = await request.get(image);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  await page.goto('/projects/');
  await expect(page.locator('meta[property="og:image"]')).toHaveCount(0);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
});

test('the preview picture is a 1200×630 PNG, the same bytes in both builds of the same content', async () => {
  const read = (build: string, picture: string) =>
    readFile(`dist-fixtures/${build}/previews/${picture}.png`);
  for (const picture of ['publications/tidal-mobisys23', 'posts/zh/jianjie']) {
    const [root, subpath] = await Promise.all([
      read('full', picture),
      read('full-subpath', picture),
    ]);
    expect([...root.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(root.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect([root.readUInt32BE(16), root.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(subpath.equals(root)).toBe(true);
  }
});

import { expect, test } from '@playwright/test';

/*
 * The full fixture site in two languages: English at /, Chinese at /zh/ (its About page is
 * translated in content/pages/zh/about.mdx). Expected strings are typed from src/i18n/zh.ts.
 */

test('the language switch leads to the same page in the other language, and back', async ({
  page,
}) => {
  await page.goto('/cv/');
  const toChinese = page
    .getByRole('list', { name: 'Languages' })
    .getByRole('link', { name: '中文' });
  await expect(toChinese).toHaveAttribute('lang', 'zh-CN');
  await expect(toChinese).toHaveAttribute('hreflang', 'zh-CN');
  await toChinese.click();
  await expect(page).toHaveURL(/\/zh\/cv\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const toEnglish = page.getByRole('list', { name: '语言' }).getByRole('link', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('lang', 'en-US');
  await toEnglish.click();
  await expect(page).toHaveURL(/\/cv\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
});

test('a page without a translation has no switch', async ({ page }) => {
  await page.goto('/publications/tidal-mobisys23/');
  await expect(page.getByRole('link', { name: '中文' })).toHaveCount(0);
  await page.goto('/404.html');
  await expect(page.getByRole('link', { name: '中文' })).toHaveCount(0);
});

test('/zh/ shows the About page in Chinese with the interface in Chinese', async ({ page }) => {
  await page.goto('/zh/');
  await expect(page).toHaveTitle('关于林梅 | Mei Lin');
  await expect(page.getByRole('navigation', { name: '主菜单' }).getByRole('link')).toHaveText([
    '关于',
    '研究',
    '论文',
    '文章',
    '动态',
    '报告',
    '项目',
    '简历',
    '搜索',
  ]);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    '动态',
    '最新文章',
    '论文',
    '经历',
    '教学',
  ]);
  await expect(page.getByRole('button', { name: '深色主题' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: '个人信息' })).toContainText(
    '单位：Northfield University',
  );
  // Dates by Intl for zh-CN; the news itself is untranslated, and marked as English.
  await expect(page.locator('#news-2025-09-01 time')).toHaveText('2025年9月1日');
  await expect(page.locator('#news-2025-09-01 .body')).toHaveAttribute('lang', 'en-US');
  // Papers keep their titles and their one English page.
  const paper = page.getByRole('link', {
    name: 'Tidal: Streaming Inference on Intermittent Power',
  });
  await expect(paper).toHaveAttribute('href', '/publications/tidal-mobisys23/');
  await expect(page.getByRole('link', { name: /^全部 \d+ 条动态$/ })).toHaveAttribute(
    'href',
    '/zh/news/',
  );
  await expect(page.getByRole('link', { name: '简历' }).last()).toHaveAttribute('href', '/zh/cv/');
});

test('a passage in another language carries its own lang', async ({ page }) => {
  await page.goto('/zh/');
  const passage = page.getByText('I also answer email in English');
  await expect(passage).toBeVisible();
  // What a screen reader is told: the language of the nearest element that declares one.
  expect(await passage.evaluate((element) => element.closest('[lang]')?.getAttribute('lang'))).toBe(
    'en-US',
  );
  expect(
    await page
      .getByText('我的研究让')
      .evaluate((element) => element.closest('[lang]')?.getAttribute('lang')),
  ).toBe('zh-CN');
  // The Chinese name on the English page is Chinese, and gets the Chinese font stack.
  await page.goto('/');
  const nameZh = page.locator('.profile [lang="zh"]');
  await expect(nameZh).toHaveText('林梅');
  expect(await nameZh.evaluate((element) => getComputedStyle(element).lineBreak)).toBe('strict');
  expect(await page.locator('h1').evaluate((element) => getComputedStyle(element).lineBreak)).toBe(
    'auto',
  );
});

test('/zh/publications/ lists the papers with the Chinese interface', async ({ page }) => {
  await page.goto('/zh/publications/');
  await expect(page).toHaveTitle('论文 | Mei Lin');
  const views = page.getByRole('navigation', { name: '论文分类' }).getByRole('link');
  await expect(views.first()).toHaveText('全部 (8)');
  await expect(views.filter({ hasText: '代表作' })).toHaveAttribute(
    'href',
    '/zh/publications/selected/',
  );
  await expect(
    page.getByRole('link', { name: 'Tidal: Streaming Inference on Intermittent Power' }),
  ).toHaveAttribute('href', '/publications/tidal-mobisys23/');
  await expect(page.locator('meta[name^="citation_"]')).toHaveCount(0);
});

test("/zh/ names a paper's links in Chinese, a missing file too; the author's own link names stay as written", async ({
  page,
}) => {
  await page.goto('/zh/publications/');
  const links = page
    .getByRole('list', { name: 'Tidal: Streaming Inference on Intermittent Power 的链接' })
    .getByRole('listitem');
  await expect(links).toHaveText([
    'PDF',
    '幻灯片（暂未提供）',
    '视频',
    '海报',
    '代码',
    '项目主页',
    'Artifact',
  ]);
  await page.goto('/publications/');
  await expect(
    page
      .getByRole('list', { name: 'Links for Tidal: Streaming Inference on Intermittent Power' })
      .getByRole('listitem'),
  ).toHaveText([
    'pdf',
    'slides (not available yet)',
    'video',
    'poster',
    'code',
    'project page',
    'Artifact',
  ]);
});

test('/zh/cv/ and /zh/talks/ name their sections in Chinese', async ({ page }) => {
  await page.goto('/zh/cv/');
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('教育背景');
  await expect(page.getByText(/^更新于 \d{4}年\d{1,2}月\d{1,2}日/)).toBeVisible();
  // The entries' labels, separators and dates too; the data (names, degrees, thesis title) stays as written.
  const phd = page.locator('#northfield-phd');
  await expect(phd).toContainText('Ph.D.，Computer Science');
  await expect(phd).toContainText('导师：Ruth Adler、Omar Haddad');
  await expect(phd).toContainText('学位论文：Learning Systems for Intermittent Devices');
  await expect(phd).toContainText('2020 – 2025年5月');
  await expect(page.locator('#northfield-professor')).toContainText('2025年9月 – 至今');
  await expect(page.locator('#harbour-labs-intern')).toContainText('指导：Ada Nwosu、Ken Sato');
  const cv = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  for (const english of [
    'present',
    'Advisor',
    'Mentor',
    'Thesis:',
    'Ruth Adler and',
    ' in Computer',
  ])
    expect(cv, english).not.toContain(english);
  await page.goto('/zh/talks/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('报告');
  await expect(page.locator('.talk-list')).toContainText('主旨报告');
});

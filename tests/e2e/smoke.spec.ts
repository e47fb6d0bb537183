/**
 * The owner's real site (dist/), briefly: every other spec runs on the fixture sites. Literal values,
 * typed from src/content/; when the owner edits their content, these few lines follow.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const TITLES = [
  'Melon: Breaking the Memory Wall for Resource-Efficient On-Device Machine Learning',
  'Exploring the Impact of In-Browser Deep Learning Inference on Quality of User Experience and Performance',
  'Characterizing Impacts of Heterogeneity in Federated Learning upon Large-Scale Smartphone Data',
  'Flash: Heterogeneity-aware federated learning at scale',
  'Towards ubiquitous learning: A first measurement of on-device training performance',
  'Mandheling: Mixed-Precision On-Device DNN Training with DSP Offloading',
  'A Survey of Resource-efficient LLM and Multimodal Foundation Models',
];

test("the About page shows the owner's name and the first paper", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Me');
  await expect(page.getByRole('complementary', { name: 'Profile' })).toContainText('Qipeng Wang');
  await expect(page.locator('li.publication a.title-text').first()).toHaveText(TITLES[0]!);
});

test('/publications/ lists all seven papers', async ({ page }) => {
  await page.goto('/publications/');
  const titles = await page.locator('li.publication a.title-text').allTextContents();
  expect(titles.sort()).toEqual([...TITLES].sort());
});

test('a paper page carries its citation_title', { tag: '@http' }, async ({ request }) => {
  const html = await (await request.get('/publications/melon-mobisys22/')).text();
  expect(html).toContain(`<meta name="citation_title" content="${TITLES[0]}">`);
});

test('/about/ redirects to /', async ({ page, baseURL }) => {
  await page.goto('/about/');
  await page.waitForURL(`${baseURL}/`, { timeout: 5000 });
});

test('/ has no WCAG 2.2 AA violations', async ({ page }) => {
  await page.goto('/');
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('/cv/ lists the two degrees, the menu offers it, and News and Talks are absent', async ({ page }) => {
  await page.goto('/cv/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Qipeng Wang 王启鹏');
  const education = page.locator('.cv-section', { has: page.getByRole('heading', { name: 'Education' }) });
  await expect(education.locator('.item')).toHaveText([
    'presentPh.D.School of Computer Science, Peking UniversityAdvisors: Gang Huang and Xuanzhe Liu',
    'B.S. in Software EngineeringBeihang University',
  ]);
  await expect(education.getByRole('link', { name: 'Xuanzhe Liu' })).toHaveAttribute('href', 'https://liuxuanzhe.com/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(['About', 'Publications', 'CV']);
});

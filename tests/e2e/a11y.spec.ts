import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectTheme } from '../support/site.ts';
import { pages, pagesZh, paperPath, titleOf } from './full-site.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe and returns its violations as readable text: rule, impact, summary, and each offending node.
 * Legacy mode runs axe in the page itself instead of opening a helper page per scan (three times faster);
 * it does not descend into iframes, and the site has none (network.spec.ts checks that).
 */
async function scan(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(TAGS).analyze();
  return results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`,
        )
        .join('\n');
      return `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}

async function expectNoViolations(page: Page, where: string): Promise<void> {
  const report = await scan(page);
  // Soft, so one run reports every theme state that fails, not just the first.
  expect.soft(report, `axe found WCAG 2.2 AA violations on ${where}:\n${report}`).toBe('');
}

for (const { path, h1, toggleName } of [
  ...pages.map((page) => ({ ...page, toggleName: 'Dark theme' })),
  ...pagesZh.map((page) => ({ ...page, toggleName: '深色主题' })),
]) {
  test(`${path} has no WCAG 2.2 AA violations in either theme, set by the system or by the toggle`, async ({
    page,
  }) => {
    const toggle = page.getByRole('button', { name: toggleName });
    const expectMode = async (theme: 'light' | 'dark') => {
      await expect(toggle).toHaveAttribute('aria-pressed', String(theme === 'dark'));
      await expectTheme(page, theme);
    };

    await test.step('light system theme, no stored choice', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
      await expectMode('light');
      await expectNoViolations(page, `${path}, light (system)`);
    });

    await test.step('dark system theme, no stored choice', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await expectMode('dark');
      await expectNoViolations(page, `${path}, dark (system)`);
    });

    await test.step('light chosen with the toggle on a dark system', async () => {
      await toggle.click();
      await page.reload(); // as a returning visitor gets it
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
      await expectMode('light');
      await expectNoViolations(page, `${path}, light (toggle)`);
    });

    await test.step('dark chosen with the toggle on a light system', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await toggle.click();
      await page.reload();
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
      await expectMode('dark');
      await expectNoViolations(page, `${path}, dark (toggle)`);
    });
  });
}

/** A paper's page (facts, chips, the BibTeX block and its buttons) and a filtered list, in the system's light and dark themes. */
for (const { path, h1, button } of [
  { path: paperPath('tidal-mobisys23'), h1: titleOf('tidal-mobisys23'), button: 'Copy BibTeX' },
  { path: '/publications/selected/', h1: 'Publications: selected', button: null },
]) {
  test(`${path} has no WCAG 2.2 AA violations in the light or the dark theme`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const theme of ['light', 'dark'] as const) {
      await test.step(theme, async () => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
        await expectTheme(page, theme);
        // The Copy button is shown only once the page's script has run; scan it with its status message showing.
        if (button) {
          await page.getByRole('button', { name: button }).click();
          await expect(page.getByRole('status')).toHaveText(/\S/);
        }
        await expectNoViolations(page, `${path}, ${theme}`);
      });
    }
  });
}

test('the skip link passes the checks while it is shown', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.locator('a.skip-link')).toBeInViewport();
  await expectNoViolations(page, '/ with the skip link focused');
});

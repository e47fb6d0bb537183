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

/**
 * The colours a visitor sees, element by element (pseudo-elements too): what a theme is made of.
 * A theme chosen with the toggle must be the very same colours as the system's theme of that name,
 * so axe, which is slow, scans each theme once, and the other way of reaching it is compared to it.
 */
async function themeColours(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const properties = [
      'color',
      'background-color',
      'border-top-color',
      'border-right-color',
      'border-bottom-color',
      'border-left-color',
      'outline-color',
      'text-decoration-color',
      'fill',
      'stroke',
      'box-shadow',
    ];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`;
    return [...document.querySelectorAll('*')].flatMap((element, index) =>
      [null, '::before', '::after', '::marker'].map((pseudo) => {
        const style = getComputedStyle(element, pseudo);
        return `${index} ${describe(element)}${pseudo ?? ''}: ${properties.map((name) => style.getPropertyValue(name)).join(' | ')}`;
      }),
    );
  });
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
    const system: Partial<Record<'light' | 'dark', string[]>> = {};

    await test.step('light system theme, no stored choice', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
      await expectMode('light');
      await expectNoViolations(page, `${path}, light (system)`);
      system.light = await themeColours(page);
    });

    await test.step('dark system theme, no stored choice', async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.reload();
      await expectMode('dark');
      await expectNoViolations(page, `${path}, dark (system)`);
      system.dark = await themeColours(page);
      // The snapshot sees colours: the two themes' differ.
      expect(system.dark).not.toEqual(system.light);
    });

    await test.step('light chosen with the toggle on a dark system: the colours of the light system theme', async () => {
      await toggle.click();
      await page.reload(); // as a returning visitor gets it
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
      await expectMode('light');
      await expect.poll(() => themeColours(page)).toEqual(system.light);
    });

    await test.step('dark chosen with the toggle on a light system: the colours of the dark system theme', async () => {
      await page.emulateMedia({ colorScheme: 'light' });
      await toggle.click();
      await page.reload();
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');
      await expectMode('dark');
      await expect.poll(() => themeColours(page)).toEqual(system.dark);
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

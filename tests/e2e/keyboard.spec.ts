import { expect, test, type Page } from '@playwright/test';
import { paperPath } from './full-site.ts';

interface Stop {
  index: number;
  label: string;
  outlineStyle: string;
  outlineWidth: number;
  focusVisible: boolean;
  inViewport: boolean;
}

/** Marks every visible link and button (in document order) so the Tab walk can be compared with them. */
async function collectFocusables(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => !el.closest('[hidden], [inert]') && el.checkVisibility({ visibilityProperty: true }),
    );
    (window as unknown as { __focusables: HTMLElement[] }).__focusables = elements;
    return elements.map(
      (el) =>
        `${el.tagName.toLowerCase()} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim()}" ${el.getAttribute('href') ?? ''}`,
    );
  });
}

async function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return null;
    const list = (window as unknown as { __focusables: HTMLElement[] }).__focusables;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      index: list.indexOf(el),
      label: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim()}"`,
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      focusVisible: el.matches(':focus-visible'),
      inViewport:
        rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth,
    };
  });
}

/** Presses Tab from the top of the page until focus leaves the page or comes back round. */
async function tabThrough(page: Page, limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (!stop) break;
    if (stop.index === stops[0]?.index) break;
    stops.push(stop);
  }
  return stops;
}

// A paper's page adds the venue and chip links, the BibTeX block, the download link and the Copy button.
for (const path of ['/', '/publications/', '/404.html', paperPath('tidal-mobisys23')]) {
  test.describe(`Keyboard on ${path}`, () => {
    // With reduced motion the site scrolls instantly, so "is the focused element on screen" can be read at once.
    test.use({ reducedMotion: 'reduce' });

    test('Tab reaches every visible link and button in order with a visible focus ring; the skip link leads to main', async ({
      page,
    }) => {
      await page.goto(path);
      await expect(page.getByRole('button', { name: /Dark theme/ })).toBeVisible();
      const focusables = await collectFocusables(page);
      expect(focusables.length).toBeGreaterThan(3);

      const stops = await tabThrough(page, focusables.length + 5);
      expect(stops[0]?.label, 'the first Tab stop is the skip link').toBe('a "Skip to content"');
      expect(
        stops.map((stop) =>
          stop.index >= 0 ? focusables[stop.index] : `unexpected ${stop.label}`,
        ),
        'Tab visits every visible link and button, in document order, once',
      ).toEqual(focusables);

      const weak = stops.filter(
        (stop) =>
          !stop.focusVisible ||
          stop.outlineStyle === 'none' ||
          stop.outlineWidth < 2 ||
          !stop.inViewport,
      );
      expect(
        weak,
        'every Tab stop shows a focus outline of at least 2px and is scrolled into view',
      ).toEqual([]);

      // The skip link appears when focused and moves focus to the main content.
      await page.goto(path);
      const skip = page.locator('a.skip-link');
      await expect(skip).toHaveAttribute('href', '#main');
      await expect(skip).not.toBeInViewport();

      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await expect(skip).toHaveText('Skip to content');

      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
      await expect(page).toHaveURL(/#main$/);

      // The next Tab continues inside the main content, past the header.
      await page.keyboard.press('Tab');
      const insideMain = await page.evaluate(() => !!document.activeElement?.closest('main#main'));
      expect(insideMain).toBe(true);
    });
  });
}

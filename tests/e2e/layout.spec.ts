import { expect, test } from '@playwright/test';
import { pages, paperPath, titleOf } from './full-site.ts';

/** The longest venue name, the most chips and marks are on this paper's page. */
const checked = [...pages, { path: paperPath('tidal-mobisys23'), h1: titleOf('tidal-mobisys23') }];

/** Runs on both the desktop and the mobile project: their own width, then phone widths. */
test('no page scrolls sideways at the project width, at 375px or at 320px', async ({ page }) => {
  const { width: projectWidth, height } = page.viewportSize()!;
  const overflow: string[] = [];
  for (const { path, h1 } of checked) {
    await page.setViewportSize({ width: projectWidth, height });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    for (const width of [projectWidth, 375, 320]) {
      await page.setViewportSize({ width, height });
      await expect
        .poll(() => page.evaluate(() => document.documentElement.clientWidth))
        .toBe(width);
      const result = await page.evaluate(() => {
        const scroller = document.scrollingElement!;
        // Name the first offenders, so a failure says what to fix.
        const offenders = [...document.querySelectorAll<HTMLElement>('body *')]
          .filter(
            (el) =>
              el.getBoundingClientRect().right > scroller.clientWidth + 1 && el.checkVisibility(),
          )
          .filter((el) => !el.closest('.visually-hidden'))
          .slice(0, 5)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`,
          );
        return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth, offenders };
      });
      if (result.scrollWidth > result.clientWidth) {
        overflow.push(
          `${path} at ${width}px: scrollWidth ${result.scrollWidth} > ${result.clientWidth} (${result.offenders.join(', ')})`,
        );
      }
    }
  }
  expect(overflow, 'horizontal scrolling').toEqual([]);
});

import { expect, test, type Page } from '@playwright/test';

/**
 * Size budgets: deterministic, so they are tests. Bytes are what a visitor downloads, gzipped
 * as GitHub Pages serves text (scripts/serve.mjs does the same). Tighten when beaten; loosen
 * only with a reason in the commit.
 */
const BUDGETS = {
  '/': { totalBytes: 12_000, requests: 2, scriptBytes: 1_000, cssBytes: 10_000 },
  '/zh/': { totalBytes: 12_000, requests: 2, scriptBytes: 1_000, cssBytes: 10_000 },
  '/publications/': { totalBytes: 12_000, requests: 2, scriptBytes: 1_000, cssBytes: 10_000 },
  '/cv/': { totalBytes: 12_000, requests: 2, scriptBytes: 1_000, cssBytes: 10_000 },
  '/news/': { totalBytes: 10_000, requests: 2, scriptBytes: 1_000, cssBytes: 10_000 },
  '/talks/': { totalBytes: 10_000, requests: 2, scriptBytes: 1_000, cssBytes: 10_000 },
  '/research/': { totalBytes: 10_000, requests: 2, scriptBytes: 1_000, cssBytes: 10_000 },
  '/posts/': { totalBytes: 10_000, requests: 2, scriptBytes: 1_000, cssBytes: 10_000 },
  // A post with code and a formula: issue 21's budget (16 KB, 3 requests), with the code colours and
  // the copy button's script (about 1.4 KB before compression) on top of the theme's.
  '/posts/training-on-a-coin-cell/': {
    totalBytes: 16_000,
    requests: 3,
    scriptBytes: 2_400,
    cssBytes: 10_000,
  },
} as const;

interface Load {
  requests: { url: string; type: string; bytes: number }[];
  inlineScriptBytes: number;
  inlineStyleBytes: number;
  renderBlocking: string[];
  layoutShift: number;
}

async function load(page: Page, path: string): Promise<Load> {
  const requests: Load['requests'] = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    requests.push({
      url: request.url(),
      type: request.resourceType(),
      bytes: sizes.responseBodySize + sizes.responseHeadersSize,
    });
  });
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (!entry.hadRecentInput)
          (window as unknown as { __shift: number }).__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // Scroll through the page so that anything loaded lazily is counted too.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise(requestAnimationFrame);
    }
  });
  await page.waitForLoadState('networkidle');
  const inPage = await page.evaluate(() => ({
    inlineScriptBytes: [...document.querySelectorAll('script:not([src])')]
      .filter(
        (script) =>
          !script.getAttribute('type') ||
          /javascript|module/.test(script.getAttribute('type') ?? ''),
      )
      .reduce((sum, script) => sum + new TextEncoder().encode(script.textContent ?? '').length, 0),
    inlineStyleBytes: [...document.querySelectorAll('style')].reduce(
      (sum, style) => sum + new TextEncoder().encode(style.textContent ?? '').length,
      0,
    ),
    renderBlocking: [
      ...[...document.querySelectorAll('head link[rel~="stylesheet"]')]
        .filter(
          (link) => !(link as HTMLLinkElement).media || (link as HTMLLinkElement).media === 'all',
        )
        .map((link) => (link as HTMLLinkElement).href),
      ...[...document.querySelectorAll('head script[src]')]
        .filter(
          (script) =>
            !(script as HTMLScriptElement).async &&
            !(script as HTMLScriptElement).defer &&
            (script as HTMLScriptElement).type !== 'module',
        )
        .map((script) => (script as HTMLScriptElement).src),
    ],
    layoutShift: (window as unknown as { __shift: number }).__shift,
  }));
  return { requests, ...inPage };
}

for (const [path, budget] of Object.entries(BUDGETS)) {
  test.describe(`budget for ${path}`, () => {
    test('bytes, requests, scripts, styles, fonts and layout shift stay within budget', async ({
      page,
    }) => {
      const result = await load(page, path);
      const total = result.requests.reduce((sum, request) => sum + request.bytes, 0);
      const external = (type: string) =>
        result.requests
          .filter((request) => request.type === type)
          .reduce((sum, request) => sum + request.bytes, 0);
      const report = JSON.stringify(
        {
          total,
          requests: result.requests,
          inlineScriptBytes: result.inlineScriptBytes,
          inlineStyleBytes: result.inlineStyleBytes,
        },
        null,
        1,
      );

      expect(total, `total transferred bytes\n${report}`).toBeLessThanOrEqual(budget.totalBytes);
      expect(result.requests.length, `request count\n${report}`).toBeLessThanOrEqual(
        budget.requests,
      );
      expect(
        external('script') + result.inlineScriptBytes,
        `JavaScript bytes\n${report}`,
      ).toBeLessThanOrEqual(budget.scriptBytes);
      expect(
        external('stylesheet') + result.inlineStyleBytes,
        `CSS bytes\n${report}`,
      ).toBeLessThanOrEqual(budget.cssBytes);
      expect(external('font'), 'font bytes').toBe(0);
      expect(result.requests.filter((request) => request.type === 'font')).toEqual([]);
      expect(result.renderBlocking, 'render-blocking requests besides the document').toEqual([]);
      expect(result.layoutShift, 'cumulative layout shift').toBe(0);
    });
  });
}

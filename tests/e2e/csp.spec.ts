import { expect, test, type Page } from '@playwright/test';

/** Collects every Content-Security-Policy violation the page reports, from the DOM event and the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}

test.describe('under the Content-Security-Policy', () => {
  for (const path of [
    '/',
    '/publications/',
    '/publications/tidal-mobisys23/',
    '/posts/training-on-a-coin-cell/',
    '/404.html',
  ]) {
    test(`${path} runs its scripts and applies its styles with no violation`, async ({ page }) => {
      const violations = await watchViolations(page);
      await page.goto(path);
      const policy = await page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content');
      expect(policy).toMatch(/script-src 'sha256-/);
      expect(policy).not.toMatch(/unsafe-inline/);
      // The stylesheet is inline: if the policy blocked it, the skip link would be on screen.
      await expect(page.locator('.skip-link')).not.toBeInViewport();
      // The toggle's script unhides it: visible means the script ran.
      await expect(page.locator('[data-theme-toggle]')).toBeVisible();
      expect(violations).toEqual([]);
    });
  }

  test('the theme script applies a stored choice and the toggle still switches themes', async ({
    page,
  }) => {
    const violations = await watchViolations(page);
    await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.locator('[data-theme-toggle]').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(violations).toEqual([]);
  });

  test('an injected inline script is blocked', async ({ page }) => {
    await page.goto('/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });
});

import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the tests drive: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium,
 * else the browser `npx playwright install chromium` downloaded, if any.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  let bundled: string | undefined;
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = undefined;
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Either:',
      '  - install the system browser: sudo apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chromium), or',
      "  - install Playwright's own browser: npx playwright install chromium",
    ].join('\n'),
  );
}

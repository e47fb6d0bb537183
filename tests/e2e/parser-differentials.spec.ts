import { expect, test } from '@playwright/test';
import { findUntrustedCode } from '#lib/security/csp.ts';

/*
 * Markup that parse5 (the page check's parser) and Chromium read differently, loaded in real
 * Chromium with no Content-Security-Policy: the table says what the browser does with it (the
 * elements it keeps, the request it makes) and what the check refuses. A row where the browser
 * acts is a row the check must refuse; a row the check lets through is one where the browser keeps
 * only what it may. The page is served by a route, not a server: nothing leaves the machine.
 */
const ORIGIN = 'http://differential.test';
const REFRESH = '<meta http-equiv="refresh" content="0;url=https://evil.example/phish">';

interface Row {
  markup: string;
  javaScript: boolean;
  /** What Chromium keeps inside the <select> or <noscript>, as element names. */
  kept: string[];
  /** The request Chromium makes because of the markup, if any. */
  request?: string;
  /** The page title after load: an event handler that ran sets it. */
  title?: string;
  /** What the page check says, in order. */
  refused: string[];
}

const table: Row[] = [
  {
    markup: `<select>${REFRESH}</select>`,
    javaScript: true,
    kept: ['meta'],
    request: 'https://evil.example/phish',
    refused: [
      'a <meta> inside <select>, which browsers read as markup',
      'a <meta> in the page body',
    ],
  },
  {
    markup: '<select><iframe src="/cv/"></iframe></select>',
    javaScript: true,
    kept: ['iframe'],
    request: `${ORIGIN}/cv/`,
    refused: ['a <iframe> inside <select>, which browsers read as markup', 'a <iframe> element'],
  },
  {
    markup: `<select><option>one<img src="/x.png" onerror="document.title='ran'"></option></select>`,
    javaScript: true,
    kept: ['option', 'img'],
    title: 'ran',
    refused: ['an event handler (onerror)'],
  },
  {
    markup: `<noscript>${REFRESH}</noscript>`,
    javaScript: false,
    kept: ['meta'],
    request: 'https://evil.example/phish',
    refused: [
      'a <meta> inside <noscript>, which browsers read as markup',
      'a <meta> in the page body',
    ],
  },
  {
    markup: '<noscript><iframe src="/cv/"></iframe></noscript>',
    javaScript: false,
    kept: ['iframe'],
    request: `${ORIGIN}/cv/`,
    refused: ['a <iframe> inside <noscript>, which browsers read as markup', 'a <iframe> element'],
  },
  // What the two elements may hold passes, and the browser keeps no more than that.
  {
    markup:
      '<select><button><selectedcontent></selectedcontent></button><option>one <b>bold</b></option><hr><option>two</option></select>',
    javaScript: true,
    kept: ['button', 'selectedcontent', 'b', 'option', 'b', 'hr', 'option'],
    refused: [],
  },
  {
    markup: '<noscript><img src="/x.png" alt="A picture"></noscript>',
    javaScript: false,
    kept: ['img'],
    refused: [],
  },
];

for (const row of table) {
  test(`${row.markup} (JavaScript ${row.javaScript ? 'on' : 'off'})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: row.javaScript });
    const page = await context.newPage();
    const requests: string[] = [];
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`) {
        await route.fulfill({
          contentType: 'text/html',
          body: `<!DOCTYPE html><html lang="en"><head><title>page</title></head><body>${row.markup}</body></html>`,
        });
        return;
      }
      requests.push(url);
      // No Content: a navigation to it does not happen, so the page stays to be read.
      await route.fulfill({ status: 204, body: '' });
    });
    const made = row.request ? page.waitForRequest(row.request) : undefined;
    await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    const kept = await page.evaluate(() => {
      const container = document.querySelector('select, noscript');
      return [...(container?.querySelectorAll('*') ?? [])].map((element) => element.localName);
    });
    expect(kept).toEqual(row.kept);
    if (made) await made;
    if (row.title) await expect(page).toHaveTitle(row.title);
    expect(requests.filter((url) => !url.endsWith('/x.png'))).toEqual(
      row.request ? [row.request] : [],
    );
    const page5 = `<!DOCTYPE html><html lang="en"><head><title>page</title></head><body>${row.markup}</body></html>`;
    expect(findUntrustedCode(page5, new Set()).map((found) => found.what)).toEqual(row.refused);
    await context.close();
  });
}

/** Helpers shared by the end-to-end specs: reading what a visitor sees, not how the site is built. */
import { expect, type Locator, type Page } from '@playwright/test';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Relative luminance (WCAG) of a computed CSS colour such as `rgb(21, 23, 26)` or `color(srgb 0.1 0.1 0.1)`. */
export function luminance(color: string): number {
  let channels: number[];
  const rgb = color.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/);
  const srgb = color.match(/^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/);
  if (rgb) channels = rgb.slice(1, 4).map((value) => Number(value) / 255);
  else if (srgb) channels = srgb.slice(1, 4).map(Number);
  else throw new Error(`Cannot read the colour ${JSON.stringify(color)}`);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The page background a visitor sees (the body's, which the canvas takes). */
export async function backgroundColor(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    const transparent = body === 'transparent' || body === 'rgba(0, 0, 0, 0)';
    return transparent ? getComputedStyle(document.documentElement).backgroundColor : body;
  });
}

/** Light pages have a near-white background, dark ones a near-black one. */
export async function expectTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await expect
    .poll(
      async () => {
        const value = luminance(await backgroundColor(page));
        return theme === 'dark' ? value < 0.1 : value > 0.6;
      },
      { message: `the page background should look ${theme}` },
    )
    .toBe(true);
}

/** The fields a redirect file carries, read from the raw HTML (nothing is run or followed). */
export interface ParsedHtml {
  title: string;
  refresh: string | null;
  canonical: string | null;
  robots: string | null;
  bodyLinks: { href: string; text: string }[];
}

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every start tag `<name ...>` of the document, with its attributes (names lower-cased, values decoded). */
export function startTags(html: string, name: string): Record<string, string>[] {
  const tags: Record<string, string>[] = [];
  for (const tag of html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, 'gi'))) {
    const attributes: Record<string, string> = {};
    for (const [, key, doubleQuoted, singleQuoted, bare] of (tag[1] ?? '').matchAll(
      /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g,
    )) {
      if (key) attributes[key.toLowerCase()] = decode(doubleQuoted ?? singleQuoted ?? bare ?? '');
    }
    tags.push(attributes);
  }
  return tags;
}

export function parseHtml(html: string): ParsedHtml {
  const meta = startTags(html, 'meta');
  const body = html.slice(html.search(/<body[\s>]/i));
  return {
    title: decode(html.match(/<title[^>]*>([^<]*)<\/title>/i)?.[1]?.trim() ?? ''),
    refresh: meta.find((tag) => tag['http-equiv']?.toLowerCase() === 'refresh')?.content ?? null,
    canonical:
      startTags(html, 'link').find((tag) =>
        tag.rel?.toLowerCase().split(/\s+/).includes('canonical'),
      )?.href ?? null,
    robots: meta.find((tag) => tag.name?.toLowerCase() === 'robots')?.content ?? null,
    bodyLinks: [...body.matchAll(/<a(\s[^>]*)>([\s\S]*?)<\/a>/gi)].map((match) => ({
      href: startTags(`<a${match[1]}>`, 'a')[0]?.href ?? '',
      text: decode((match[2] ?? '').replace(/<[^>]*>/g, ''))
        .replace(/\s+/g, ' ')
        .trim(),
    })),
  };
}

/** The root element and `<loc>` values of a sitemap (index or URL set). */
export function sitemapLocs(xml: string): { root: string; locs: string[] } {
  const root = xml.replace(/<\?xml[^>]*\?>/, '').match(/<([A-Za-z][\w:.-]*)[\s>]/)?.[1] ?? '';
  const locs = [...xml.matchAll(/<loc>\s*([^<]*?)\s*<\/loc>/g)].map((match) =>
    decode(match[1] ?? ''),
  );
  return { root, locs };
}

/** Whether the browser's XML parser accepts the document. */
export async function isWellFormedXml(page: Page, xml: string): Promise<boolean> {
  return page.evaluate(
    (source) =>
      new DOMParser().parseFromString(source, 'application/xml').getElementsByTagName('parsererror')
        .length === 0,
    xml,
  );
}

export interface PublicationView {
  heading: string;
  headingLinks: { text: string; href: string | null }[];
  authors: { name: string; weight: number }[];
  strong: string[];
  chips: { text: string; visible: boolean; links: { text: string; href: string | null }[] }[];
}

/**
 * What a visitor sees of one publication entry, read in a single pass: text that is clipped away for
 * screen readers only (such as "Authors:") is left out, and each author comes with the weight it is shown in.
 */
export async function readPublication(item: Locator): Promise<PublicationView> {
  return item.evaluate((li) => {
    const isHidden = (element: Element, root: Element) => {
      for (
        let el: Element | null = element;
        el && el !== root.parentElement;
        el = el.parentElement
      ) {
        const style = getComputedStyle(el);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
        if (style.position === 'absolute' && el.getBoundingClientRect().width <= 1) return true;
      }
      return false;
    };
    const visibleText = (root: Element) => {
      let text = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!isHidden(node.parentElement!, root)) text += node.textContent ?? '';
      }
      return text.replace(/\s+/g, ' ').trim();
    };
    const links = (root: Element) =>
      [...root.querySelectorAll('a')].map((a) => ({
        text: visibleText(a),
        href: a.getAttribute('href'),
      }));

    const heading = li.querySelector('h3');
    const authors = li.querySelector('.authors');
    // Split the visible author text at commas, remembering the weight each name is drawn in.
    const names: { name: string; weight: number }[] = [];
    if (authors) {
      let current = '';
      let weight = 0;
      const flush = () => {
        const name = current.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
        if (name) names.push({ name, weight });
        current = '';
        weight = 0;
      };
      const walker = document.createTreeWalker(authors, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (isHidden(parent, authors)) continue;
        const pieceWeight = Number(getComputedStyle(parent).fontWeight);
        for (const char of node.textContent ?? '') {
          if (char === ',') {
            flush();
            continue;
          }
          current += char;
          if (char.trim()) weight = Math.max(weight, pieceWeight);
        }
      }
      flush();
    }
    return {
      heading: heading ? visibleText(heading) : '',
      headingLinks: heading ? links(heading) : [],
      authors: names,
      strong: authors
        ? [...authors.querySelectorAll('strong, b')].map((el) => visibleText(el))
        : [],
      chips: [...li.querySelectorAll('ul.links > li')].map((chip) => {
        const rect = chip.getBoundingClientRect();
        return {
          text: visibleText(chip),
          visible:
            chip.checkVisibility({ visibilityProperty: true }) && rect.width > 0 && rect.height > 0,
          links: links(chip),
        };
      }),
    };
  });
}

import { readFile } from 'node:fs/promises';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import type { Person, WithContext } from 'schema-dts';
import {
  arxivUrl,
  authorNames,
  bibPath,
  citedUrl,
  doiUrl,
  expectedCitationTags,
  expectedKey,
  headOf,
  isLocalPath,
  isOwner,
  isoDate,
  jsonLdBlocks,
  paperById,
  paperPath,
  paperUrl,
  PERSON_ID,
  readableDate,
  sources,
  TYPE_LABELS,
  venueName,
  type PaperSource,
} from '../support/papers.ts';
import { escapeRegExp, parseHtml, startTags } from '../support/site.ts';
import { OWNER, OWNER_ZH, papers as seedPapers, PRODUCTION_ORIGIN, profile } from './seed-facts.ts';

/** Whether a site path answers 200 here, as it would once deployed (a local PDF, say). */
async function isServed(request: APIRequestContext, path: string): Promise<boolean> {
  return (await request.get(path, { maxRedirects: 0 })).status() === 200;
}

/** The chips a reader should see under the title: each a link, or plain text for a local file that is not served. */
async function expectedChips(request: APIRequestContext, paper: PaperSource): Promise<{ text: string; href: string | null }[]> {
  const { links, doi, arxiv } = paper.data;
  const chips: { text: string; href: string }[] = [];
  const named = [
    ['pdf', 'pdf'],
    ['slides', 'slides'],
    ['video', 'video'],
    ['poster', 'poster'],
    ['code', 'code'],
    ['project', 'project page'],
  ] as const;
  for (const [key, label] of named) {
    const href = links[key];
    if (href) chips.push({ text: label, href });
  }
  for (const extra of links.extra ?? []) chips.push({ text: extra.label, href: extra.url });
  if (doi) chips.push({ text: 'DOI', href: doiUrl(doi) });
  if (arxiv) chips.push({ text: 'arXiv', href: arxivUrl(arxiv) });
  return Promise.all(chips.map(async (chip) => (isLocalPath(chip.href) && !(await isServed(request, chip.href)) ? { text: chip.text, href: null } : chip)));
}

/** The absolute address Scholar may fetch the PDF from, when one is really served. */
async function servedPdfUrl(request: APIRequestContext, paper: PaperSource): Promise<string | undefined> {
  const pdf = paper.data.links.pdf;
  if (pdf === undefined) return undefined;
  if (!isLocalPath(pdf)) return pdf;
  return (await isServed(request, pdf)) ? `${PRODUCTION_ORIGIN}${pdf}` : undefined;
}

/** `name`/`property` → contents, in document order, from the `<meta>` tags of a head. */
function metaOf(head: string): (key: string) => string[] {
  const tags = startTags(head, 'meta');
  return (key) => tags.filter((tag) => tag.name === key || tag.property === key).map((tag) => tag.content ?? '');
}

interface Shown {
  text: string;
  visible: boolean;
}
interface LinkShown extends Shown {
  href: string | null;
}

/** What a reader sees of a paper's page, read in one pass: screen-reader-only text is left out, spaces collapsed. */
interface PaperPageView {
  h1: string[];
  /** The names in the author line, split at commas, without the marks for equal contribution and the like. */
  authors: Shown & { names: string[] };
  strong: { text: string; weight: number }[];
  facts: { term: string; value: string; links: LinkShown[]; datetime: string | null }[];
  chips: (LinkShown & { unavailable: boolean })[];
  sections: string[];
  bibtex: Shown | null;
  download: (LinkShown & { download: boolean }) | null;
  copy: Shown | null;
}

async function readPaperPage(page: Page): Promise<PaperPageView> {
  return page.evaluate(() => {
    const text = (el: Element, drop = '.visually-hidden') => {
      const copy = el.cloneNode(true) as Element;
      copy.querySelectorAll(drop).forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const visible = (el: Element) => {
      const rect = el.getBoundingClientRect();
      return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && rect.width > 0 && rect.height > 0;
    };
    const shown = (el: Element | null) => (el ? { text: text(el), visible: visible(el) } : null);
    const link = (a: Element) => ({ text: text(a), visible: visible(a), href: a.getAttribute('href') });
    const article = document.querySelector('main article') ?? document.body;
    const authors = article.querySelector('p.authors');
    const dl = article.querySelector('dl.facts');
    const facts: PaperPageView['facts'] = [];
    for (const child of dl ? [...dl.children] : []) {
      if (child.tagName === 'DT') facts.push({ term: text(child), value: '', links: [], datetime: null });
      else if (child.tagName === 'DD' && facts.length > 0) {
        const fact = facts[facts.length - 1]!;
        Object.assign(fact, {
          value: text(child),
          links: [...child.querySelectorAll('a')].map(link),
          datetime: child.querySelector('time')?.getAttribute('datetime') ?? null,
        });
      }
    }
    const download = [...article.querySelectorAll('a')].find((a) => text(a) === 'Download .bib');
    return {
      h1: [...document.querySelectorAll('h1')].map((h1) => text(h1)),
      authors: {
        text: authors ? text(authors) : '',
        visible: !!authors && visible(authors),
        names: authors
          ? text(authors, '.visually-hidden, sup')
              .split(',')
              .map((name) => name.trim())
              .filter(Boolean)
          : [],
      },
      strong: authors ? [...authors.querySelectorAll('strong, b')].map((el) => ({ text: text(el), weight: Number(getComputedStyle(el).fontWeight) })) : [],
      facts,
      chips: [...article.querySelectorAll('ul.links > li')].map((li) => {
        const a = li.querySelector('a');
        return {
          text: text(li),
          visible: visible(li),
          href: a?.getAttribute('href') ?? null,
          unavailable: !!li.querySelector('.link-unavailable'),
        };
      }),
      sections: [...article.querySelectorAll('h2')].map((h2) => text(h2)),
      bibtex: shown(article.querySelector('pre code[data-bibtex]')),
      download: download ? { ...link(download), download: download.hasAttribute('download') } : null,
      copy: shown([...article.querySelectorAll('button')].find((button) => text(button) === 'Copy BibTeX') ?? null),
    };
  });
}

interface ArticleLd {
  '@context'?: unknown;
  '@type'?: unknown;
  url?: unknown;
  headline?: unknown;
  datePublished?: unknown;
  author?: { '@type'?: unknown; '@id'?: unknown; name?: unknown }[];
  isPartOf?: { name?: unknown };
  sameAs?: unknown;
}

for (const paper of sources) {
  const { id, data } = paper;
  const path = paperPath(id);
  const names = authorNames(data);

  test(
    `${path} tells crawlers about "${data.title}": Scholar tags, JSON-LD, canonical, OpenGraph, Twitter, BibTeX without JavaScript`,
    { tag: '@http' },
    async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const html = await response.text();
      const head = headOf(html);
      const meta = metaOf(head);

      await test.step("Google Scholar tags: the entry's values, in Scholar's order, and no PDF that is not served", async () => {
        const pdfUrl = await servedPdfUrl(request, paper);
        const tags = startTags(head, 'meta')
          .filter((tag) => tag.name?.startsWith('citation_'))
          .map((tag): [string, string] => [tag.name ?? '', tag.content ?? '']);
        expect(tags).toEqual(expectedCitationTags(data, pdfUrl));
        if (pdfUrl === undefined) expect(meta('citation_pdf_url'), 'citation_pdf_url for a PDF nobody can fetch').toEqual([]);
        // Scholar reads the tags in the head only.
        expect(html.slice(head.length)).not.toContain('citation_');
      });

      await test.step("JSON-LD ScholarlyArticle: title, authors in order with the owner as the About page's Person, date, venue, identifiers", async () => {
        const blocks = jsonLdBlocks(head) as ArticleLd[];
        expect(blocks.map((block) => block['@type'])).toEqual(['ScholarlyArticle']);
        const ld = blocks[0]!;
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld.headline).toBe(data.title);
        expect(ld.url).toBe(paperUrl(id));
        expect(ld.datePublished).toBe(isoDate(data.date));
        expect(ld.isPartOf?.name).toBe(venueName(data));
        expect((ld.author ?? []).map((author) => ({ type: author['@type'], name: author.name, person: author['@id'] === PERSON_ID }))).toEqual(
          data.authors.map((author, index) => ({ type: 'Person', name: names[index], person: isOwner(author) })),
        );
        const sameAs = [data.doi && doiUrl(data.doi), data.arxiv && arxivUrl(data.arxiv), data.venue.url].filter(
          (url, index, all): url is string => !!url && all.indexOf(url) === index,
        );
        expect(ld.sameAs ?? []).toEqual(sameAs);
      });

      await test.step('canonical, OpenGraph and Twitter card', async () => {
        const canonical = startTags(head, 'link')
          .filter((tag) => tag.rel === 'canonical')
          .map((tag) => tag.href);
        expect(canonical).toEqual([paperUrl(id)]);
        expect(meta('og:url')).toEqual([paperUrl(id)]);
        expect(meta('og:type')).toEqual(['article']);
        expect(meta('og:title')).toEqual([data.title]);
        expect(meta('twitter:title')).toEqual([data.title]);
        expect(meta('twitter:card')).toEqual(['summary']);
        const [description = ''] = meta('description');
        expect(description.trim(), 'the page has a description').not.toBe('');
        expect(meta('og:description')).toEqual([description]);
        expect(meta('twitter:description')).toEqual([description]);
      });

      await test.step('without JavaScript: the BibTeX and the download link are in the page, the Copy button starts hidden', async () => {
        const body = html.slice(head.length);
        const code = /<code\b[^>]*\bdata-bibtex\b[^>]*>([\s\S]*?)<\/code>/.exec(body)?.[1] ?? '';
        expect(code).toMatch(/^@\w+\{[\s\S]+\}\s*$/);
        const download = startTags(body, 'a').filter((tag) => tag.href === bibPath(id));
        expect(
          download.map((tag) => 'download' in tag),
          'one download link to the .bib',
        ).toEqual([true]);
        const buttons = startTags(body, 'button').filter((tag) => 'data-copy-bibtex' in tag);
        expect(
          buttons.map((tag) => 'hidden' in tag),
          'one Copy button, hidden until its script runs',
        ).toEqual([true]);
      });
    },
  );
}

/** One browser test walks every paper's page: a browser context per paper would cost more than the checks. */
test("each paper's page shows its title, authors, venue, facts, link chips and BibTeX", async ({ page, request }) => {
  for (const paper of sources) {
    const { id, data } = paper;
    const names = authorNames(data);
    await page.goto(paperPath(id));
    const view = await readPaperPage(page);

    await test.step(`${id}: title, authors (the owner in bold), and the facts`, async () => {
      await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(data.title)}`));
      expect(view.h1, 'one h1: the title').toEqual([data.title]);
      expect(view.authors.visible, 'the author line is visible').toBe(true);
      expect(view.authors.names, "authors in the paper's order").toEqual(names);
      const seed = seedPapers.find((seedPaper) => seedPaper.title === data.title);
      if (seed) expect(names, 'authors as on the original homepage').toEqual(seed.authors);
      const owners = names.filter((_, index) => isOwner(data.authors[index]!));
      expect(
        view.strong.map((el) => el.text),
        `${OWNER} is marked up as strong, and nobody else`,
      ).toEqual(owners);
      for (const el of view.strong) expect(el.weight, `${el.text} is shown in bold`).toBeGreaterThanOrEqual(600);

      const rows: { term: string; value: string | RegExp }[] = [
        { term: 'Venue', value: data.venue.name ? `${data.venue.name} (${data.venue.short})` : data.venue.short },
        { term: 'Published', value: readableDate(data.date) },
        { term: 'Type', value: TYPE_LABELS[data.type] },
      ];
      if (data.volume || data.issue || data.pages) rows.push({ term: 'Details', value: /\S/ });
      if (data.publisher) rows.push({ term: 'Publisher', value: data.publisher });
      if (data.doi) rows.push({ term: 'DOI', value: data.doi });
      expect(view.facts.map(({ term, value }) => ({ term, value }))).toEqual(
        rows.map(({ term, value }) => ({ term, value: typeof value === 'string' ? value : expect.stringMatching(value) })),
      );
      const venueLink = citedUrl(data);
      expect(
        view.facts[0]?.links.map(({ text, href }) => ({ text, href })),
        'the venue links to the paper at the publisher',
      ).toEqual(venueLink ? [{ text: venueName(data), href: venueLink }] : []);
      expect(view.facts.find((fact) => fact.term === 'Published')?.datetime).toBe(isoDate(data.date));
      if (data.doi) {
        expect(view.facts.find((fact) => fact.term === 'DOI')?.links.map(({ text, href }) => ({ text, href }))).toEqual([
          { text: data.doi, href: doiUrl(data.doi) },
        ]);
      }
    });

    await test.step(`${id}: link chips: links where there is something to open, plain text for files not deployed`, async () => {
      const expected = await expectedChips(request, paper);
      expect(view.chips.map(({ text, href }) => ({ text, href }))).toEqual(expected);
      expect(
        view.chips.filter((chip) => !chip.visible).map((chip) => chip.text),
        'chips that cannot be seen',
      ).toEqual([]);
      expect(
        view.chips.filter((chip) => chip.unavailable).map((chip) => chip.text),
        'files not deployed are marked so',
      ).toEqual(expected.filter((chip) => chip.href === null).map((chip) => chip.text));
      await expect(page.locator('a[href^="/files/"]'), 'no link to a missing file').toHaveCount(0);
    });

    await test.step(`${id}: an Abstract section only when the entry has one, then Cite`, async () => {
      expect(view.sections).toEqual([...(paper.body.trim() ? ['Abstract'] : []), 'Cite']);
    });

    await test.step(`${id}: the BibTeX shown is the paper's entry and the .bib file; the download link and the Copy button are there`, async () => {
      expect(view.bibtex?.visible, 'the BibTeX is shown').toBe(true);
      const shown = (await page.locator('pre code[data-bibtex]').textContent()) ?? '';
      const parsed = parseBibtex(shown, { sentenceCase: false });
      expect(parsed.errors).toEqual([]);
      expect(parsed.entries).toHaveLength(1);
      const key = expectedKey(paper);
      if (key) expect(parsed.entries[0]?.key).toBe(key);
      expect(parsed.entries[0]?.fields.title).toBe(data.title);

      expect(view.download).toEqual({ text: 'Download .bib', visible: true, href: bibPath(id), download: true });
      const file = await request.get(bibPath(id));
      expect(file.status()).toBe(200);
      expect((await file.text()).trimEnd(), 'the .bib file holds the BibTeX shown').toBe(shown.trimEnd());
      // With JavaScript the Copy button is offered (its script found the BibTeX and the clipboard).
      expect(view.copy).toEqual({ text: 'Copy BibTeX', visible: true });
    });
  }
});

const melon = paperById('melon-mobisys22');

test(`Copy BibTeX and Download .bib hand over exactly the BibTeX shown (${paperPath(melon.id)})`, async ({ page, context, request }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(paperPath(melon.id));
  const bibtex = (await page.locator('pre code[data-bibtex]').textContent()) ?? '';
  expect(bibtex).toMatch(/^@inproceedings\{/);
  expect(bibtex.trimEnd()).toBe((await (await request.get(bibPath(melon.id))).text()).trimEnd());

  await test.step('Copy BibTeX puts it on the clipboard and says so', async () => {
    await page.evaluate(() => navigator.clipboard.writeText('not the BibTeX'));
    const status = page.getByRole('status');
    await expect(status).toHaveText('');
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(status).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
  });

  await test.step("Download .bib saves it under the paper's name", async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download .bib' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`${melon.id}.bib`);
    expect((await readFile((await saved.path())!, 'utf8')).trimEnd()).toBe(bibtex.trimEnd());
  });
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test(`${paperPath(melon.id)} hides the Copy button but keeps the BibTeX text and the download link`, async ({ page }) => {
    await page.goto(paperPath(melon.id));
    const code = page.locator('pre code[data-bibtex]');
    await expect(code).toBeVisible();
    await expect(code).toContainText(/^@inproceedings\{wang2022melon,/);
    const link = page.getByRole('link', { name: 'Download .bib' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', bibPath(melon.id));
    await expect(page.locator('button[data-copy-bibtex]')).toHaveCount(1);
    await expect(page.locator('button[data-copy-bibtex]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy BibTeX' })).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('');
  });
});

test('every paper title on the About page and on /publications/ links to its page', { tag: '@http' }, async ({ request }) => {
  const expected = sources.map((paper) => ({ href: paperPath(paper.id), text: paper.data.title }));
  const byHref = (a: { href: string }, b: { href: string }) => a.href.localeCompare(b.href);
  for (const list of ['/', '/publications/']) {
    const links = parseHtml(await (await request.get(list)).text()).bodyLinks.filter((link) => expected.some((paper) => paper.href === link.href));
    expect(links.sort(byHref), `${list}: one link per paper, its title`).toEqual(expected.sort(byHref));
  }
  // Following one is checked in the browser by views.spec.ts.
});

test('the About page describes its owner as the Person the papers point to', { tag: '@http' }, async ({ request }) => {
  const head = headOf(await (await request.get('/')).text());
  const blocks = jsonLdBlocks(head) as { '@type'?: unknown }[];
  const people = blocks.filter((block) => block['@type'] === 'Person');
  expect(people).toHaveLength(1);
  const expected = {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': PERSON_ID,
    name: OWNER,
    alternateName: OWNER_ZH,
    affiliation: { '@type': 'Organization', name: profile.employer },
    sameAs: [profile.github],
  } satisfies WithContext<Person>;
  expect(people[0]).toMatchObject(expected);
  expect(metaOf(head)('og:type')).toEqual(['profile']);
});

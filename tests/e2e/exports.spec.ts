import { parse as parseBibtex, type Entry } from '@retorquere/bibtex-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import {
  authorNames,
  BIBTEX_TYPES,
  bibPath,
  citedUrl,
  CSL_TYPES,
  expectedKey,
  headOf,
  keyPattern,
  paperPath,
  paperUrl,
  sources,
  splitName,
  venueName,
  type PaperSource,
} from '../support/papers.ts';
import { isWellFormedXml, sitemapLocs, startTags } from '../support/site.ts';
import { OWNER, PRODUCTION_ORIGIN } from './seed-facts.ts';

const FEED_URL = `${PRODUCTION_ORIGIN}/feed.xml`;

async function getText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  return response.text();
}

function parseBib(text: string, where: string): Entry[] {
  const library = parseBibtex(text, { sentenceCase: false });
  expect(library.errors, `${where} parses without errors`).toEqual([]);
  return library.entries;
}

/** What a reference manager must read from a paper's BibTeX entry. */
function expectEntry(entry: Entry | undefined, paper: PaperSource): void {
  const { data } = paper;
  const where = `${paper.id}: ${entry?.key}`;
  expect(entry, paper.id).toBeDefined();
  const key = expectedKey(paper);
  if (key) expect(entry!.key, `${paper.id}: the key people already cite`).toBe(key);
  expect(entry!.key, `${paper.id}: key shape`).toMatch(keyPattern(paper));
  const type = BIBTEX_TYPES[data.type];
  expect(entry!.type, where).toBe(type);

  const fields = entry!.fields;
  const expected: Record<string, unknown> = {
    author: authorNames(data).map((name) => {
      const { family, given } = splitName(name);
      return { lastName: family, firstName: given };
    }),
    title: data.title,
    year: String(data.date.year),
  };
  if (type === 'inproceedings') expected.booktitle = venueName(data);
  if (type === 'article') expected.journal = venueName(data);
  if (data.date.month !== undefined) expected.month = String(data.date.month);
  if (data.doi) expected.doi = data.doi;
  if (data.arxiv) Object.assign(expected, { eprint: data.arxiv, archiveprefix: 'arXiv' });
  if (data.volume) expected.volume = data.volume;
  if (data.issue) expected.number = data.issue;
  if (data.publisher) expected.publisher = [data.publisher];
  const url = citedUrl(data);
  if (url) expected.url = url;
  expect(fields, where).toMatchObject(expected);

  // Nothing contradicts the type: no journal on a conference paper, no DOI or eprint the entry does not have.
  if (type !== 'inproceedings') expect(fields.booktitle, `${where}: booktitle`).toBeUndefined();
  if (type !== 'article') expect(fields.journal, `${where}: journal`).toBeUndefined();
  if (!data.doi) expect(fields.doi, `${where}: doi`).toBeUndefined();
  if (!data.arxiv) expect(fields.eprint, `${where}: eprint`).toBeUndefined();
  if (data.date.month === undefined) expect(fields.month, `${where}: month`).toBeUndefined();
}

test.describe('BibTeX', () => {
  test("each paper's .bib holds exactly its one entry, with the right type, key and fields", { tag: '@http' }, async ({ request }) => {
    for (const paper of sources) {
      await test.step(bibPath(paper.id), async () => {
        const entries = parseBib(await getText(request, bibPath(paper.id)), bibPath(paper.id));
        expect(entries).toHaveLength(1);
        expectEntry(entries[0], paper);
      });
    }
  });

  test("/publications.bib lists every paper once, in the author's order, with unique keys matching the per-paper files", async ({ request }) => {
    const entries = parseBib(await getText(request, '/publications.bib'), '/publications.bib');
    expect(entries).toHaveLength(sources.length);
    const keys = entries.map((entry) => entry.key);
    expect(new Set(keys).size, `keys are unique: ${keys.join(', ')}`).toBe(keys.length);
    for (const [index, paper] of sources.entries()) {
      expectEntry(entries[index], paper);
      // The same entry as the paper's own file: one key per paper wherever it is cited from.
      const [single] = parseBib(await getText(request, bibPath(paper.id)), bibPath(paper.id));
      expect({ type: entries[index]?.type, key: entries[index]?.key, fields: entries[index]?.fields }).toEqual({
        type: single?.type,
        key: single?.key,
        fields: single?.fields,
      });
    }
  });
});

interface CslItem {
  id?: unknown;
  type?: unknown;
  title?: unknown;
  author?: unknown;
  issued?: { 'date-parts'?: unknown };
  DOI?: unknown;
  URL?: unknown;
  'container-title'?: unknown;
}

test('/publications.json is CSL-JSON with one item per paper, keyed like the BibTeX', { tag: '@http' }, async ({ request }) => {
  const response = await request.get('/publications.json');
  expect(response.status()).toBe(200);
  const items = JSON.parse(await response.text()) as CslItem[];
  expect(Array.isArray(items)).toBe(true);
  expect(items).toHaveLength(sources.length);
  const bibKeys = parseBib(await getText(request, '/publications.bib'), '/publications.bib').map((entry) => entry.key);
  expect(
    items.map((item) => item.id),
    "ids are the citation keys, in the author's order",
  ).toEqual(bibKeys);

  for (const [index, paper] of sources.entries()) {
    const { data } = paper;
    const item = items[index]!;
    const where = `${paper.id} (${String(item.id)})`;
    expect(item.type, where).toBe(CSL_TYPES[data.type]);
    expect(item.title, where).toBe(data.title);
    expect(item.author, where).toEqual(authorNames(data).map(splitName));
    const { year, month, day } = data.date;
    expect(item.issued?.['date-parts'], where).toEqual([[year, month, month === undefined ? undefined : day].filter((part) => part !== undefined)]);
    expect(item.DOI, where).toBe(data.doi);
    expect(item.URL, where).toBe(citedUrl(data));
    if (data.venue.name) expect(item['container-title'], where).toBe(data.venue.name);
    else if (data.type === 'preprint') expect(item['container-title'], `${where}: no made-up container`).toBeUndefined();
  }
});

type AtomText = string | { '#text'?: string };
interface AtomLink {
  '@_rel'?: string;
  '@_href'?: string;
  '@_type'?: string;
}
interface AtomEntry {
  id?: string;
  title?: AtomText;
  updated?: string;
  published?: string;
  link?: AtomLink[];
  author?: { name?: string }[];
  summary?: AtomText;
}
interface AtomFeed {
  '@_xmlns'?: string;
  id?: string;
  title?: AtomText;
  updated?: string;
  link?: AtomLink[];
  author?: { name?: string }[];
  entry?: AtomEntry[];
}

const text = (value: AtomText | undefined) => (typeof value === 'string' ? value : (value?.['#text'] ?? ''));
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const isTimestamp = (value: string | undefined) => !!value && RFC3339.test(value) && !Number.isNaN(Date.parse(value));

test.describe('Atom feed (/feed.xml)', () => {
  let xml: string;
  let feed: AtomFeed;

  test.beforeEach(async ({ request }) => {
    xml = await getText(request, '/feed.xml');
    const parsed = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      parseTagValue: false,
      isArray: (name) => ['entry', 'link', 'author'].includes(name),
    }).parse(xml) as { feed?: AtomFeed };
    expect(parsed.feed, 'the root element is <feed>').toBeDefined();
    feed = parsed.feed!;
  });

  test('is a well-formed Atom 1.0 feed with its required elements, pointing to itself at the production address', async ({ page }) => {
    expect(await isWellFormedXml(page, xml), "the browser's XML parser accepts it").toBe(true);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^https:\/\/\S+$/);
    expect(text(feed.title).trim()).not.toBe('');
    expect(isTimestamp(feed.updated), `updated ${feed.updated} is an RFC 3339 timestamp`).toBe(true);
    expect((feed.author ?? []).map((author) => author.name)).toEqual([OWNER]);
    const self = (feed.link ?? []).filter((link) => link['@_rel'] === 'self');
    expect(self.map((link) => link['@_href'])).toEqual([FEED_URL]);
    const latest = Math.max(...(feed.entry ?? []).map((entry) => Date.parse(entry.updated ?? '')));
    expect(Date.parse(feed.updated ?? ''), 'the feed is as new as its newest entry').toBeGreaterThanOrEqual(latest);
  });

  test('has one entry per paper, newest first, each with its page as id and link, title, dates, authors and summary', { tag: '@http' }, async () => {
    const entries = feed.entry ?? [];
    expect(entries).toHaveLength(sources.length);
    const ids = entries.map((entry) => entry.id ?? '');
    expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    for (const id of ids) expect(() => new URL(id), `${id} is an absolute URL`).not.toThrow();
    expect([...ids].sort()).toEqual(sources.map((paper) => paperUrl(paper.id)).sort());

    for (const entry of entries) {
      const paper = sources.find((source) => paperUrl(source.id) === entry.id)!;
      const where = paper.id;
      expect(text(entry.title), where).toBe(paper.data.title);
      expect(isTimestamp(entry.updated), `${where}: updated ${entry.updated}`).toBe(true);
      expect(isTimestamp(entry.published), `${where}: published ${entry.published}`).toBe(true);
      // The timestamp falls on the date the entry gives, at the precision it gives.
      const published = new Date(entry.published ?? '');
      const { year, month, day } = paper.data.date;
      expect(published.getUTCFullYear(), where).toBe(year);
      if (month !== undefined) expect(published.getUTCMonth() + 1, where).toBe(month);
      if (day !== undefined) expect(published.getUTCDate(), where).toBe(day);
      const alternate = (entry.link ?? []).filter((link) => (link['@_rel'] ?? 'alternate') === 'alternate');
      expect(
        alternate.map((link) => link['@_href']),
        where,
      ).toEqual([paperUrl(paper.id)]);
      expect(
        (entry.author ?? []).map((author) => author.name),
        where,
      ).toEqual(authorNames(paper.data));
      expect(text(entry.summary).trim(), where).not.toBe('');
    }

    // Newest first; papers of the same date keep the author's order.
    const order = entries.map((entry) => ({
      time: Date.parse(entry.published ?? ''),
      rank: sources.findIndex((paper) => paperUrl(paper.id) === entry.id),
      id: entry.id,
    }));
    for (const [index, current] of order.entries()) {
      const previous = order[index - 1];
      if (!previous) continue;
      expect(
        previous.time > current.time || (previous.time === current.time && previous.rank < current.rank),
        `${previous.id} comes before ${current.id}`,
      ).toBe(true);
    }
  });
});

test.describe("Every page's head", () => {
  test('names its canonical address, gives OpenGraph and Twitter cards, and links the Atom feed', { tag: '@http' }, async ({ request }) => {
    const listed = sitemapLocs(await getText(request, '/sitemap-0.xml')).locs.map((loc) => loc.slice(PRODUCTION_ORIGIN.length));
    for (const paper of sources) expect(listed, 'the sitemap lists every paper page').toContain(paperPath(paper.id));
    const feedPath = new URL(FEED_URL).pathname;
    expect((await request.get(feedPath)).status()).toBe(200);

    for (const path of [...listed, '/404.html']) {
      await test.step(path, async () => {
        const head = headOf(await (await request.get(path)).text());
        const meta = (key: string) =>
          startTags(head, 'meta')
            .filter((tag) => tag.name === key || tag.property === key)
            .map((tag) => tag.content ?? '');
        const links = startTags(head, 'link');

        const feeds = links.filter((tag) => tag.rel === 'alternate' && tag.type === 'application/atom+xml');
        expect(
          feeds.map((tag) => tag.href),
          'one Atom feed link',
        ).toEqual([feedPath]);

        const canonical = links.filter((tag) => tag.rel === 'canonical').map((tag) => tag.href);
        expect(canonical).toHaveLength(1);
        expect(canonical[0]).toMatch(new RegExp(`^${PRODUCTION_ORIGIN}/`));
        expect(meta('og:url')).toEqual(canonical);
        const ogType = path === '/' ? 'profile' : sources.some((paper) => paperPath(paper.id) === path) ? 'article' : 'website';
        expect(meta('og:type')).toEqual([ogType]);
        expect(meta('twitter:card')).toEqual(['summary']);
        const [title = ''] = meta('og:title');
        expect(title.trim()).not.toBe('');
        expect(meta('twitter:title')).toEqual([title]);
        const [description = ''] = meta('og:description');
        expect(description.trim()).not.toBe('');
        expect(meta('twitter:description')).toEqual([description]);
      });
    }
  });
});

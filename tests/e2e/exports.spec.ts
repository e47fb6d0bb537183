/**
 * The exports of the full fixture site against golden files (tests/fixtures/sites/full/golden/),
 * reviewed by hand when they were made: a change in what the engine writes fails here as a diff.
 * To accept a deliberate change, review `diff` against dist-fixtures/full/ and copy the file over.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { isWellFormedXml, sitemapLocs, startTags } from '../support/site.ts';
import { ORIGIN, papers, sitemapPaths } from './full-site.ts';

const golden = (file: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/sites/full/golden', file), 'utf8');

async function getText(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(200);
  return response.text();
}

/** The citation keys of the papers in the author's order. */
const KEYS = [
  'lin2023tidal',
  'raman2024energy',
  'lin2022sketching',
  'berg2024compressing',
  'lin2025thesis',
  'lin2023device',
  'lin2021benchmark',
  'lin2021tidal',
];

test.describe('BibTeX', () => {
  test(
    '/publications.bib is the golden file, and a BibTeX parser reads every entry without errors',
    { tag: '@http' },
    async ({ request }) => {
      const bib = await getText(request, '/publications.bib');
      expect(bib).toBe(golden('publications.bib'));
      const library = parseBibtex(bib, { sentenceCase: false });
      expect(library.errors).toEqual([]);
      expect(library.entries.map((entry) => entry.key)).toEqual(KEYS);
      expect(library.entries.map((entry) => entry.type)).toEqual([
        'inproceedings',
        'article',
        'inproceedings',
        'misc',
        'phdthesis',
        'incollection',
        'techreport',
        'misc',
      ]);
    },
  );

  test(
    "each paper's .bib is its entry of the golden file",
    { tag: '@http' },
    async ({ request }) => {
      const entries = golden('publications.bib').trimEnd().split('\n\n');
      expect(entries).toHaveLength(papers.length);
      for (const [index, { id }] of papers.entries()) {
        expect((await getText(request, `/publications/${id}.bib`)).trimEnd(), id).toBe(
          entries[index],
        );
      }
    },
  );
});

test(
  '/publications.json is the golden CSL-JSON, keyed like the BibTeX',
  { tag: '@http' },
  async ({ request }) => {
    const json = await getText(request, '/publications.json');
    expect(JSON.parse(json)).toEqual(JSON.parse(golden('publications.json')));
    expect((JSON.parse(json) as { id: string }[]).map((item) => item.id)).toEqual(KEYS);
  },
);

test.describe('Atom feed (/feed.xml)', () => {
  test('is the golden feed', { tag: '@http' }, async ({ request }) => {
    expect(await getText(request, '/feed.xml')).toBe(golden('feed.xml'));
  });

  test("is well-formed XML for the browser's parser", async ({ page, request }) => {
    expect(await isWellFormedXml(page, await getText(request, '/feed.xml'))).toBe(true);
  });
});

test.describe("Every page's head", () => {
  test(
    'names its canonical address, gives OpenGraph and Twitter cards, and links the Atom feed',
    { tag: '@http' },
    async ({ request }) => {
      const listed = sitemapLocs(await getText(request, '/sitemap-0.xml')).locs;
      expect(listed).toEqual(sitemapPaths.map((path) => `${ORIGIN}${path}`));
      const articles = new Set(papers.map(({ id }) => `/publications/${id}/`));

      for (const path of [...sitemapPaths, '/404.html']) {
        await test.step(path, async () => {
          const html = await getText(request, path).catch(async () =>
            (await request.get(path)).text(),
          );
          const head = html.slice(0, html.search(/<\/head>/i));
          const meta = (key: string) =>
            startTags(head, 'meta')
              .filter((tag) => tag.name === key || tag.property === key)
              .map((tag) => tag.content ?? '');
          const links = startTags(head, 'link');
          expect(
            links
              .filter((tag) => tag.rel === 'alternate' && tag.type === 'application/atom+xml')
              .map((tag) => tag.href),
          ).toEqual(['/feed.xml', '/news.xml', '/posts.xml']);
          const canonical = links.filter((tag) => tag.rel === 'canonical').map((tag) => tag.href);
          expect(canonical).toEqual([`${ORIGIN}${path}`]);
          expect(meta('og:url')).toEqual(canonical);
          // Paper, project and post pages are articles, each with its own link-preview picture, shown large.
          const [, kind, id] = /^\/(publications|projects)\/([^/]+)\/$/.exec(path) ?? [];
          const [, language, slug] = /^(?:\/(zh))?\/posts\/(?!tags\/)([^/]+)\/$/.exec(path) ?? [];
          const preview =
            kind === 'projects' || articles.has(path)
              ? `${ORIGIN}/previews/${kind}/${id}.png`
              : slug
                ? `${ORIGIN}/previews/posts/${language ? `${language}/` : ''}${slug}.png`
                : undefined;
          expect(meta('og:type')).toEqual([
            path === '/' || path === '/zh/' ? 'profile' : preview ? 'article' : 'website',
          ]);
          expect(meta('og:image')).toEqual(preview ? [preview] : []);
          expect(meta('twitter:card')).toEqual([preview ? 'summary_large_image' : 'summary']);
          const [title = ''] = meta('og:title');
          expect(title.trim()).not.toBe('');
          expect(meta('twitter:title')).toEqual([title]);
          const [description = ''] = meta('og:description');
          expect(description.trim()).not.toBe('');
          expect(meta('twitter:description')).toEqual([description]);
        });
      }
    },
  );
});

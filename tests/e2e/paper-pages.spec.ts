import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { parseHtml, startTags } from '../support/site.ts';
import { ORIGIN, paperPath, papers, type PaperId } from './full-site.ts';

/** Google Scholar's tags for each paper of the full fixture, in order: one row per type of publication. */
const CITATION_TAGS: Record<PaperId, [string, string][]> = {
  'tidal-mobisys23': [
    ['citation_title', 'Tidal: Streaming Inference on Intermittent Power'],
    ['citation_author', 'Mei Lin'],
    ['citation_author', 'Jonas Berg'],
    ['citation_author', 'Priya Raman'],
    ['citation_author', 'Tomás Ortega'],
    ['citation_publication_date', '2023/06/19'],
    [
      'citation_conference_title',
      'The 21st Annual International Conference on Mobile Systems, Applications and Services',
    ],
    ['citation_firstpage', '112'],
    ['citation_lastpage', '125'],
    ['citation_publisher', 'ACM'],
    ['citation_doi', '10.1145/3581791.3596840'],
    ['citation_pdf_url', `${ORIGIN}/files/tidal.pdf`],
  ],
  'energy-scheduling-tmc24': [
    ['citation_title', 'Energy-Aware Scheduling for Batteryless Sensors'],
    ['citation_author', 'Priya Raman'],
    ['citation_author', 'Mei Lin'],
    ['citation_author', 'Jonas Berg'],
    ['citation_publication_date', '2024'],
    ['citation_journal_title', 'IEEE Transactions on Mobile Computing'],
    ['citation_volume', '23'],
    ['citation_issue', '4'],
    ['citation_firstpage', '2001'],
    ['citation_lastpage', '2015'],
    ['citation_publisher', 'IEEE'],
    ['citation_doi', '10.1109/TMC.2024.1000001'],
    ['citation_arxiv_id', '2310.01234'],
    ['citation_pdf_url', 'https://example.org/papers/energy-scheduling.pdf'],
  ],
  'sketching-hotmobile22': [
    ['citation_title', 'Sketching Sensor Data on the Device'],
    ['citation_author', 'Mei Lin'],
    ['citation_author', 'Open Sensing Consortium'],
    ['citation_publication_date', '2022'],
    ['citation_conference_title', 'The First Workshop on Sketching for Mobile Sensing'],
    ['citation_firstpage', '7'],
    ['citation_pdf_url', `${ORIGIN}/files/sketching.pdf`],
  ],
  'micro-foundation-arxiv24': [
    ['citation_title', 'Compressing Foundation Models for Microcontrollers'],
    ['citation_author', 'Jonas Berg'],
    ['citation_author', 'M. Lin'],
    ['citation_publication_date', '2024'],
    ['citation_arxiv_id', '2411.04567'],
  ],
  'thesis-northfield25': [
    ['citation_title', 'Learning Systems for Intermittent Devices'],
    ['citation_author', 'Mei Lin'],
    ['citation_publication_date', '2025/05/30'],
    ['citation_dissertation_institution', 'Northfield University'],
    ['citation_pdf_url', `${ORIGIN}/files/thesis.pdf`],
  ],
  'on-device-learning-chapter23': [
    ['citation_title', 'On-Device Learning'],
    ['citation_author', 'Mei Lin'],
    ['citation_author', 'Priya Raman'],
    ['citation_publication_date', '2023'],
    ['citation_inbook_title', 'The Handbook of Edge Intelligence'],
    ['citation_firstpage', '45'],
    ['citation_lastpage', '78'],
    ['citation_publisher', 'Springer'],
    ['citation_doi', '10.1007/978-3-031-00000-0_3'],
  ],
  'benchmark-report21': [
    [
      'citation_title',
      'A Benchmark of ε-Intermittent Inference in O(n²) Time, at $3 and $4 a Device',
    ],
    ['citation_author', 'Mei Lin'],
    ['citation_author', 'Tomás Ortega'],
    ['citation_publication_date', '2021'],
    ['citation_technical_report_institution', 'Northfield University'],
    ['citation_issue', 'NU-CS-2021-07'],
    ['citation_publisher', 'Northfield University'],
  ],
  'tidal-dataset21': [
    ['citation_title', 'The Tidal Power Traces Dataset'],
    ['citation_author', 'Mei Lin'],
    ['citation_publication_date', '2021'],
  ],
};

const headOf = (html: string) => html.slice(0, html.search(/<\/head>/i));

for (const paper of papers) {
  const { id } = paper;
  const title = 'plainTitle' in paper ? paper.plainTitle : paper.title;
  test(
    `${paperPath(id)}: Scholar tags, canonical, OpenGraph and the BibTeX without JavaScript`,
    { tag: '@http' },
    async ({ request }) => {
      const response = await request.get(paperPath(id));
      expect(response.status()).toBe(200);
      const html = await response.text();
      const head = headOf(html);
      const meta = (key: string) =>
        startTags(head, 'meta')
          .filter((tag) => tag.name === key || tag.property === key)
          .map((tag) => tag.content ?? '');
      const tags = startTags(head, 'meta')
        .filter((tag) => tag.name?.startsWith('citation_'))
        .map((tag): [string, string] => [tag.name ?? '', tag.content ?? '']);
      expect(tags).toEqual(CITATION_TAGS[id]);
      expect(html.slice(head.length), 'Scholar reads the tags in the head only').not.toContain(
        'citation_',
      );
      expect(parseHtml(html).canonical).toBe(`${ORIGIN}${paperPath(id)}`);
      expect(meta('og:url')).toEqual([`${ORIGIN}${paperPath(id)}`]);
      expect(meta('og:type')).toEqual(['article']);
      expect(meta('og:title')).toEqual([title]);
      const body = html.slice(head.length);
      expect(body).toMatch(/<code\b[^>]*\bdata-bibtex\b[^>]*>@\w+\{/);
      expect(
        startTags(body, 'a').filter(
          (tag) => tag.href === `/publications/${id}.bib` && 'download' in tag,
        ),
      ).toHaveLength(1);
      expect(
        startTags(body, 'button').filter((tag) => 'data-copy-bibtex' in tag && 'hidden' in tag),
      ).toHaveLength(1);
    },
  );
}

test('a paper page shows its title, marked authors, facts, chips, abstract and BibTeX', async ({
  page,
}) => {
  await page.goto(paperPath('tidal-mobisys23'));
  await expect(page).toHaveTitle(/^Tidal: Streaming Inference on Intermittent Power/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText([
    'Tidal: Streaming Inference on Intermittent Power',
  ]);
  const article = page.locator('main article');
  await expect(article.locator('p.authors strong')).toHaveText(['Mei Lin']);
  const facts = await article.locator('dl.facts > *').allInnerTexts();
  expect(facts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
    'Venue',
    "The 21st Annual International Conference on Mobile Systems, Applications and Services (MobiSys'23)",
    'Published',
    '19 June 2023',
    'Type',
    'Conference paper',
    'Details',
    'pp. 112–125',
    'Publisher',
    'ACM',
    'Cited by',
    '57 (Semantic Scholar, 1 December 2026); other sources: OpenAlex 41, Crossref 38',
    'DOI',
    '10.1145/3581791.3596840',
  ]);
  const chips = article.locator('ul.links > li');
  await expect(chips).toHaveText([
    'pdf',
    /^slides/,
    'video',
    'poster',
    'code',
    'project page',
    'Artifact',
    'DOI',
  ]);
  await expect(chips.nth(1).getByRole('link')).toHaveCount(0);
  await expect(article.getByRole('heading', { level: 2 })).toHaveText([
    'Abstract',
    'Projects',
    'Cite',
  ]);
  await expect(article.locator('strong').filter({ hasText: 'only what changed' })).toHaveCount(1);
});

test('Copy BibTeX and Download .bib hand over exactly the BibTeX shown', async ({
  page,
  context,
  request,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(paperPath('thesis-northfield25'));
  const bibtex = (await page.locator('pre code[data-bibtex]').textContent()) ?? '';
  expect(bibtex.trimEnd()).toBe(
    [
      '@phdthesis{lin2025thesis,',
      '  author = {Lin, Mei},',
      '  title = {Learning Systems for Intermittent Devices},',
      '  school = {Northfield University},',
      '  year = {2025},',
      '  month = may',
      '}',
    ].join('\n'),
  );
  expect(
    (await (await request.get('/publications/thesis-northfield25.bib')).text()).trimEnd(),
  ).toBe(bibtex.trimEnd());

  await page.evaluate(() => navigator.clipboard.writeText('not the BibTeX'));
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(page.getByRole('status')).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download .bib' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('thesis-northfield25.bib');
  expect((await readFile((await saved.path())!, 'utf8')).trimEnd()).toBe(bibtex.trimEnd());
});

test.describe('Without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a paper page hides the Copy button but keeps the BibTeX text and the download link', async ({
    page,
  }) => {
    await page.goto(paperPath('tidal-mobisys23'));
    await expect(page.locator('pre code[data-bibtex]')).toContainText(
      /^@inproceedings\{lin2023tidal,/,
    );
    await expect(page.getByRole('link', { name: 'Download .bib' })).toHaveAttribute(
      'href',
      '/publications/tidal-mobisys23.bib',
    );
    await expect(page.locator('button[data-copy-bibtex]')).toBeHidden();
  });
});

test(
  'the About page describes its owner as the Person the papers point to',
  { tag: '@http' },
  async ({ request }) => {
    const head = headOf(await (await request.get('/')).text());
    const blocks = [
      ...head.matchAll(/<script\b[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi),
    ].map((match) => JSON.parse(match[1] ?? ''));
    expect(blocks.filter((block) => block['@type'] === 'Person')).toEqual([
      expect.objectContaining({
        '@context': 'https://schema.org',
        '@type': 'Person',
        '@id': `${ORIGIN}/#person`,
        name: 'Mei Lin',
        alternateName: '林梅',
        affiliation: { '@type': 'Organization', name: 'Northfield University' },
        sameAs: [
          'https://github.com/mei-lin-example',
          'https://scholar.google.com/citations?user=AbCdEfGhIjKL',
          'https://orcid.org/0000-0002-1825-0097',
          'https://www.linkedin.com/in/mei-lin-example/',
          'https://dblp.org/pid/00/0000.html',
        ],
      }),
    ]);
    const paper = headOf(await (await request.get(paperPath('thesis-northfield25'))).text());
    expect(paper).toContain(`"@id":"${ORIGIN}/#person"`);
  },
);

test('a fenced code block in a body is shown as written, in a monospace box that wraps instead of scrolling', async ({
  page,
}) => {
  await page.goto(paperPath('tidal-dataset21'));
  const code = page.locator('section[aria-labelledby="abstract"] .prose pre > code');
  await expect(code).toHaveText('timestamp,volts,amps\n0,3.30,0.012\n');
  // No colouring by style attributes, which the page's Content-Security-Policy would block.
  expect(await page.locator('pre[style], pre [style]').count()).toBe(0);
  const pre = code.locator('..');
  expect(await pre.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-wrap');
  expect(await pre.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
});

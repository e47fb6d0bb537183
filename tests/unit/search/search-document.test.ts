import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textWithMathHtml } from '#lib/markdown/math.ts';
import { readSearchDocument, wordBreaks } from '#lib/search/search-document.ts';
import { searchPageAttributes, searchRecordAttributes } from '#lib/search/search-entry.ts';

const attributes = (values: Record<string, string>) =>
  Object.entries(values)
    .map(([name, value]) => ` ${name}="${value.replace(/"/g, '&quot;')}"`)
    .join('');

test('a page marked for search tells Pagefind its kind, title, byline and year by attributes', () => {
  assert.deepEqual(
    searchPageAttributes({ kind: 'paper', title: 'A, B: C', byline: "MobiSys'23", year: '2023' }),
    {
      'data-pagefind-body': '',
      'data-pagefind-meta':
        'kind[data-search-kind], title[data-search-title], byline[data-search-byline]',
      'data-pagefind-filter': 'kind[data-search-kind], year[data-search-year]',
      'data-search-kind': 'paper',
      'data-search-title': 'A, B: C',
      'data-search-byline': "MobiSys'23",
      'data-search-year': '2023',
    },
  );
  assert.deepEqual(searchPageAttributes({ kind: 'page', title: 'Research' }), {
    'data-pagefind-body': '',
    'data-pagefind-meta':
      'kind[data-search-kind], title[data-search-title], byline[data-search-byline]',
    'data-pagefind-filter': 'kind[data-search-kind]',
    'data-search-kind': 'page',
    'data-search-title': 'Research',
  });
});

test('formulas reach the index as their plain text, and listed items as records of their own', () => {
  const talk = searchRecordAttributes(
    { kind: 'talk', title: 'Sorting in O(n²)', byline: 'MobiSys 2023, 20 June 2023', year: '2023' },
    '/zh/talks/#sorting',
  );
  const news = searchRecordAttributes(
    { kind: 'news', byline: '30 May 2025', year: '2025' },
    '/news/#news-2025-05-30',
  );
  const html = `<!DOCTYPE html><html lang="zh-CN"><head><title>x</title></head><body><main data-pagefind-body>
<h1>${textWithMathHtml('Private $k$-means in $O(n^2)$ time', true)}</h1>
<p>${textWithMathHtml('Error $\\le \\epsilon$ & <more>')}</p>
<ul><li${attributes(talk)}><p><strong>Sorting in ${textWithMathHtml('$O(n^2)$')}</strong></p><p>Poster, MobiSys 2023, Helsinki</p></li>
<li${attributes(news)}><time datetime="2025-05-30">30 May 2025</time><div><p>Defended my thesis, <a href="/t/">Learning Systems for Intermittent Devices</a>. It took five years of work on the device, and a good deal of patience from everyone.</p></div></li></ul>
</main></body></html>`;
  const document = readSearchDocument(html, 'zh/talks/index.html');
  assert.equal(document.language, 'zh-CN');
  assert.match(document.html, /<h1>Private k-means in O\(n²\) time<\/h1>/);
  assert.match(document.html, /<p>Error ≤ε &amp; &lt;more&gt;<\/p>/);
  assert.doesNotMatch(document.html, /<math|\\epsilon|\^2/);
  assert.deepEqual(document.records, [
    {
      url: '/zh/talks/#sorting',
      kind: 'talk',
      title: 'Sorting in O(n²)',
      byline: 'MobiSys 2023, 20 June 2023',
      year: '2023',
      content: 'Sorting in O(n²) Poster, MobiSys 2023, Helsinki',
    },
    {
      url: '/news/#news-2025-05-30',
      kind: 'news',
      title: 'Defended my thesis, Learning Systems for Intermittent Devices. It took five…',
      byline: '30 May 2025',
      year: '2025',
      content:
        '30 May 2025 Defended my thesis, Learning Systems for Intermittent Devices. It took five years of work on the device, and a good deal of patience from everyone.',
    },
  ]);
});

test('an item marked for search without a kind stops the build, naming the page', () => {
  assert.throws(
    () =>
      readSearchDocument(
        '<html lang="en"><body><li data-search-record="/talks/#x" data-search-kind="lecture">x</li></body></html>',
        'talks/index.html',
      ),
    {
      message:
        'talks/index.html: an item marked for search (/talks/#x) has no kind (one of paper, post, project, talk, news, page)',
    },
  );
});

test('terms, definitions and cells end a word, as a reader sees them', () => {
  assert.equal(
    wordBreaks(
      '<dl><dt>Venue</dt><dd>MobiSys</dd></dl><table><tr><th>A</th><td>1</TD></tr></table>',
    ),
    '<dl><dt>Venue </dt><dd>MobiSys </dd></dl><table><tr><th>A </th><td>1 </TD></tr></table>',
  );
});

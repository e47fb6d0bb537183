import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isPlainMarkdown, mdxEquivalentHtml } from '#lib/markdown/plain-markdown.ts';

describe('plain Markdown bodies', () => {
  test('are rendered when content syncs only when Markdown and MDX read them alike and nothing in them needs MDX', () => {
    const cases: [body: string, plain: boolean][] = [
      ['', true],
      ['A 200-word abstract, in one paragraph.', true],
      ["Two *paragraphs*, 'quotes' & **bold**.\n\nThe `second` ~~one~~.", true],
      [
        '# Heading\n\n- one\n- two\n  - nested\n\n> quote\n\n3. a\n4. b\n\n---\n\nline  \nbreak',
        true,
      ],
      ['Text with &amp; entity &copy; and emoji 😀.', true],
      // MDX has no indented code: Markdown would show a code block where MDX shows a paragraph.
      ['First\n\n    indented four', false],
      // Links and images go through components in MDX (SiteLink, image imports).
      ['A [link](/files/x.pdf) here.', false],
      ['See https://example.org.', false],
      ['![A figure](./figure.png)', false],
      ['- [ ] a task', false],
      ['| a | b |\n| - | - |\n| 1 | 2 |', false],
      ['```js\nconst a = 1;\n```', false],
      ['Note[^1].\n\n[^1]: A footnote.', false],
      // What MDX runs or injects.
      ["import Chart from './chart.astro';\n\nText.", false],
      ['I am <span lang="zh">王启鹏</span>.', false],
      ['Today is {new Date().getFullYear()}.', false],
      ['<script>alert(1)</script>', false],
      // What MDX cannot compile stays MDX, so that the build reports it.
      ['An unclosed <b tag', false],
      ['Braces { unbalanced', false],
    ];
    for (const [body, plain] of cases) assert.equal(isPlainMarkdown(body), plain, body);
  });

  test("Markdown's HTML is written as MDX writes the same body", () => {
    // Right-hand sides are what `astro build` wrote for these bodies as MDX entries.
    const cases: [markdownHtml: string, mdxHtml: string][] = [
      ['', ''],
      [
        '<p>Plain text with ‘quotes’ and “double” &amp; ampersand – dash… and &lt; lt &gt; gt.</p>\n',
        '<p>Plain text with ‘quotes’ and “double” &amp; ampersand – dash… and &lt; lt &gt; gt.</p>',
      ],
      [
        `<p>Second <em>para</em> with <strong>bold</strong> and <code>code &amp; "&lt;x&gt;" 'y'</code> and <del>del</del>.</p>\n`,
        '<p>Second <em>para</em> with <strong>bold</strong> and <code>code &amp; &quot;&lt;x&gt;&quot; &#39;y&#39;</code> and <del>del</del>.</p>',
      ],
      [
        '<h1 id="heading-q--a--é">Heading “Q” &amp; ‘A’ &lt; é</h1>\n<hr>\n<p>line<br>\nbreak</p>\n',
        '<h1 id="heading-q--a--é">Heading “Q” &amp; ‘A’ &lt; é</h1>\n<hr/>\n<p>line<br/>\nbreak</p>',
      ],
      [
        '<ol start="3">\n<li>a</li>\n</ol>\n<blockquote>\n<p>quote</p>\n</blockquote>\n',
        '<ol start="3">\n<li>a</li>\n</ol>\n<blockquote>\n<p>quote</p>\n</blockquote>',
      ],
      // `#` alone, twice: the first heading's id is empty.
      ['<h1 id=""></h1>\n<h1 id="-1"></h1>\n', '<h1 id></h1>\n<h1 id="-1"></h1>'],
    ];
    for (const [markdownHtml, mdxHtml] of cases)
      assert.equal(mdxEquivalentHtml(markdownHtml), mdxHtml, markdownHtml);
  });

  test('HTML with anything a plain body does not make (a plugin added it) is left to MDX', () => {
    const cases = [
      '<p>Euler: <span class="katex">e</span></p>\n',
      '<p><a href="/x">x</a></p>\n',
      '<h2 id="a" class="b">A</h2>\n',
      '<p><img src="x.png" alt=""></p>\n',
      '<pre><code>x</code></pre>\n',
      '<script>alert(1)</script>\n',
    ];
    for (const html of cases) assert.equal(mdxEquivalentHtml(html), undefined, html);
  });
});

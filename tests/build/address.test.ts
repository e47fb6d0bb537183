import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixtureSite } from '../support/fixture-site.ts';

/*
 * A fork or preview builds the same sources for another address. Every absolute address the
 * site writes must then follow SITE_URL and SITE_BASE: one forgotten source of the address
 * would leave the owner's own host in the output, which the last test looks for in every file.
 */
const OUT = 'dist-address';

describe('a build with SITE_URL=https://example.org and SITE_BASE=/deep/path/', () => {
  const copy = fixtureSite('seed');
  let files: string[] = [];
  const read = (file: string) => readFileSync(join(copy.dir, OUT, file), 'utf8');

  before(async () => {
    const { code, output } = await copy.build({
      SITE_URL: 'https://example.org',
      SITE_BASE: '/deep/path/',
      SITE_OUT_DIR: OUT,
    });
    assert.equal(code, 0, output);
    files = readdirSync(join(copy.dir, OUT), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(html|xml|json|bib|txt)$|_headers$/.test(file))
      .sort();
  });
  after(() => copy.remove());

  test('the About page: canonical, og:url, JSON-LD Person, feed and menu links', () => {
    const html = read('index.html');
    assert.ok(
      html.includes('<link rel="canonical" href="https://example.org/deep/path/">'),
      'canonical',
    );
    assert.ok(
      html.includes('<meta property="og:url" content="https://example.org/deep/path/">'),
      'og:url',
    );
    assert.ok(html.includes('"@id":"https://example.org/deep/path/#person"'), 'JSON-LD @id');
    assert.ok(html.includes('"url":"https://example.org/deep/path/"'), 'JSON-LD url');
    assert.ok(html.includes('href="/deep/path/feed.xml"'), 'feed link');
    assert.ok(html.includes('href="/deep/path/publications/"'), 'menu link');
  });

  test("a paper's page: canonical and JSON-LD point at the paper and back at the Person", () => {
    const html = read('publications/melon-mobisys22/index.html');
    assert.ok(
      html.includes(
        '<link rel="canonical" href="https://example.org/deep/path/publications/melon-mobisys22/">',
      ),
      'canonical',
    );
    assert.ok(
      html.includes(
        '<meta property="og:url" content="https://example.org/deep/path/publications/melon-mobisys22/">',
      ),
      'og:url',
    );
    assert.ok(
      html.includes('"@id":"https://example.org/deep/path/publications/melon-mobisys22/"'),
      'JSON-LD @id',
    );
    assert.ok(html.includes('"@id":"https://example.org/deep/path/#person"'), 'JSON-LD author');
    assert.ok(html.includes('href="/deep/path/publications/melon-mobisys22.bib"'), 'BibTeX link');
  });

  test('the feed: id and links', () => {
    const feed = read('feed.xml');
    assert.ok(feed.includes('<id>https://example.org/deep/path/</id>'), 'feed id');
    assert.ok(
      feed.includes(
        '<link rel="self" type="application/atom+xml" href="https://example.org/deep/path/feed.xml"/>',
      ),
      'self link',
    );
    assert.ok(
      feed.includes(
        '<link rel="alternate" type="text/html" href="https://example.org/deep/path/"/>',
      ),
      'home link',
    );
    assert.ok(
      feed.includes('<id>https://example.org/deep/path/publications/melon-mobisys22/</id>'),
      'entry id',
    );
  });

  test('the sitemap lists every page under the new address', () => {
    const locs = [...read('sitemap-0.xml').matchAll(/<loc>([^<]*)<\/loc>/g)].map(
      (match) => match[1],
    );
    assert.ok(locs.includes('https://example.org/deep/path/'));
    assert.ok(locs.includes('https://example.org/deep/path/publications/melon-mobisys22/'));
    assert.deepEqual(
      locs.filter((loc) => !loc?.startsWith('https://example.org/deep/path/')),
      [],
    );
    assert.ok(
      read('sitemap-index.xml').includes('<loc>https://example.org/deep/path/sitemap-0.xml</loc>'),
    );
  });

  test('a redirect page (/about/) refreshes to and names the new address', () => {
    const html = read('about/index.html');
    assert.ok(html.includes('<meta http-equiv="refresh" content="0; url=/deep/path/">'), 'refresh');
    assert.ok(
      html.includes('<link rel="canonical" href="https://example.org/deep/path/">'),
      'canonical',
    );
    assert.ok(
      html.includes('<a href="/deep/path/">https://example.org/deep/path/</a>'),
      'visible link',
    );
  });

  test('every internal href and src carries the base path', () => {
    const outside: string[] = [];
    for (const file of files.filter((name) => name.endsWith('.html'))) {
      for (const [, attribute, value] of read(file).matchAll(/\s(href|src)="(\/[^"]*)"/g)) {
        if (!value?.startsWith('/deep/path/')) outside.push(`${file}: ${attribute}="${value}"`);
      }
    }
    assert.deepEqual(outside, []);
  });

  test('no file names the owner file address', () => {
    assert.ok(files.length > 20, `only ${files.length} files read`);
    assert.deepEqual(
      files.filter((file) => read(file).includes('qipengwang.github.io')),
      [],
    );
  });
});

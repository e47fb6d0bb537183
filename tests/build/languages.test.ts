import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixtureSite } from '../support/fixture-site.ts';

/** The full fixture site lists en and zh and translates its About page (tests/fixtures/sites/full/content/pages/zh/about.mdx). */
const FULL = 'dist-fixtures/full';
const read = (path: string) => readFileSync(join(FULL, path), 'utf8');
const zhPages = () =>
  readdirSync(join(FULL, 'zh'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();

describe('a site in two languages', () => {
  test('the translation turns on the About page, the lists, the CV, news, talks, projects, its pages and posts, never a paper or project page', () => {
    assert.deepEqual(zhPages(), [
      'about/index.html',
      'cv/index.html',
      'index.html',
      'news/index.html',
      'posts/index.html',
      'posts/jianjie/index.html',
      'posts/tags/间歇计算/index.html',
      'projects/index.html',
      'publications/first-author/index.html',
      'publications/index.html',
      'publications/most-cited/index.html',
      'publications/selected/index.html',
      'publications/type/chapter/index.html',
      'publications/type/conference/index.html',
      'publications/type/journal/index.html',
      'publications/type/other/index.html',
      'publications/type/preprint/index.html',
      'publications/type/report/index.html',
      'publications/type/thesis/index.html',
      'publications/type/workshop/index.html',
      'research/index.html',
      'search/index.html',
      'talks/index.html',
    ]);
    for (const file of zhPages())
      assert.doesNotMatch(
        read(join('zh', file)),
        /citation_/,
        `zh/${file} carries Scholar meta tags`,
      );
  });

  test('lang and the alternates, both ways, with x-default', () => {
    const alternates = [
      '<link rel="alternate" hreflang="en-US" href="https://mei-lin.example.org/cv/">',
      '<link rel="alternate" hreflang="zh-CN" href="https://mei-lin.example.org/zh/cv/">',
      '<link rel="alternate" hreflang="x-default" href="https://mei-lin.example.org/cv/">',
    ];
    for (const [file, lang] of [
      ['cv/index.html', 'en-US'],
      ['zh/cv/index.html', 'zh-CN'],
    ] as const) {
      const html = read(file);
      assert.match(html, new RegExp(`^<!DOCTYPE html><html lang="${lang}"`));
      for (const link of alternates) assert.ok(html.includes(link), `${file} lacks ${link}`);
    }
    // A paper has one page, in English, with no alternates.
    const paper = read('publications/tidal-mobisys23/index.html');
    assert.match(paper, /<html lang="en-US"/);
    assert.doesNotMatch(paper, /hreflang/);
  });

  test('the sitemap lists the alternates', () => {
    const sitemap = read('sitemap-0.xml');
    assert.ok(
      sitemap.includes(
        '<url><loc>https://mei-lin.example.org/zh/publications/</loc><xhtml:link rel="alternate" hreflang="en-US" href="https://mei-lin.example.org/publications/"/><xhtml:link rel="alternate" hreflang="zh-CN" href="https://mei-lin.example.org/zh/publications/"/></url>',
      ),
    );
    assert.ok(
      sitemap.includes(
        '<url><loc>https://mei-lin.example.org/publications/tidal-mobisys23/</loc></url>',
      ),
    );
  });

  test('a site without translations has no /zh/ and no alternates', () => {
    for (const dir of ['dist', 'dist-fixtures/minimal']) {
      assert.equal(existsSync(join(dir, 'zh')), false, `${dir}/zh/ exists`);
      assert.doesNotMatch(readFileSync(join(dir, 'index.html'), 'utf8'), /hreflang/);
      assert.doesNotMatch(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8'), /xhtml:link/);
    }
  });
});

describe('a translation that cannot be built', () => {
  test('a missing interface string, or a translation in a folder that is no language, stops the build naming it', async () => {
    const missing = fixtureSite('full');
    const stray = fixtureSite('full');
    try {
      missing.write(
        'src/i18n/zh.ts',
        missing.read('src/i18n/zh.ts').replace(/^ {2}'about\.selectedPublications': .*\n/m, ''),
      );
      stray.write('src/content/pages/fr/about.mdx', stray.read('src/content/pages/zh/about.mdx'));
      const [withoutString, withStray, checkWithoutString] = await Promise.all([
        missing.build(),
        stray.build(),
        missing.check(),
      ]);
      assert.notEqual(withoutString.code, 0);
      assert.match(
        withoutString.output,
        /src\/i18n\/zh\.ts: the interface string "about\.selectedPublications" is missing for the language "zh"/,
      );
      // npm run check, which the README offers before a build, says the same.
      assert.equal(checkWithoutString.code, 1, checkWithoutString.output);
      assert.match(
        checkWithoutString.output,
        /src\/i18n\/zh\.ts: the interface string "about\.selectedPublications" is missing for the language "zh"/,
      );
      assert.notEqual(withStray.code, 0);
      assert.match(
        withStray.output,
        /src\/content\/pages\/fr\/about\.mdx: the folder "fr" is not a language of the site/,
      );
    } finally {
      missing.remove();
      stray.remove();
    }
  });
});

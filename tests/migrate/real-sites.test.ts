import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { readEntry } from '../../scripts/lib/frontmatter.ts';
import type { SiteCopy } from '../../scripts/lib/site-copy.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { runScript } from '../support/scripts.ts';

/**
 * `npm run migrate` on trimmed copies of five public academicpages sites (tests/fixtures/
 * academicpages-real/, where each came from is in its README), each migrated, checked, built and
 * read back in this one file: what the new site shows, section by section, against what the old
 * site showed, counted by hand from the old site's files.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const REAL = join(ROOT, 'tests/fixtures/academicpages-real');

type Counts = Record<
  'papers' | 'positions' | 'teaching' | 'talks' | 'posts' | 'projects' | 'pages',
  number
>;

/**
 * What each old site showed, counted by hand from its files (the template's samples are not
 * counted: they are the template's, and left out by design; `pages` are the pages other than
 * About with text their author wrote). Where the new site shows fewer, `now` says how many and
 * `why` the report lines that say so.
 */
const SITES: {
  user: string;
  old: Counts;
  now?: Partial<Counts>;
  why?: RegExp[];
  /** Items of the old About page that no entry could hold: they stay in its text. */
  kept?: string[];
}[] = [
  // _publications/, _talks/ (one dated 2025-11-3), _teaching/, a Working Papers page in the menu, a CV page of its own text.
  {
    user: 'jeanselme',
    old: { papers: 4, positions: 0, teaching: 2, talks: 3, posts: 0, projects: 0, pages: 2 },
    now: { pages: 1 },
    why: [
      /^needs a look _pages\/cv\.md:8: the site makes its own CV at \/cv\/, but this page holds text of its own \(31 lines\)/m,
    ],
  },
  // _publications/, _talks/, _teaching/, an HTML page (awards.html) in the menu, a sentence of its own on /publications/, the template's sample posts and portfolio.
  {
    user: 'jeffnaef',
    old: { papers: 3, positions: 0, teaching: 2, talks: 2, posts: 0, projects: 0, pages: 2 },
    now: { pages: 1 },
    why: [
      /^needs a look _pages\/publications\.md:6: the site makes its own publication list at \/publications\/, but this page holds text of its own/m,
    ],
  },
  // _portfolio/ (one item titled ""), a post without a date in its file name, an About page of raw HTML and scripts.
  {
    user: 'jbwasse2',
    old: { papers: 0, positions: 0, teaching: 0, talks: 0, posts: 1, projects: 4, pages: 1 },
  },
  // _publications/ with a citation line, _talks/, every kind of sample the template ships.
  {
    user: 'jdhondt',
    old: { papers: 3, positions: 0, teaching: 0, talks: 2, posts: 0, projects: 0, pages: 0 },
  },
  // Headings in English and Chinese, pages of its own (/research/, /teaching/ in the menu), its own text on /publications/ and /talks/.
  {
    user: 'chejunwei2',
    old: { papers: 0, positions: 0, teaching: 0, talks: 0, posts: 0, projects: 0, pages: 4 },
    now: { pages: 2 },
    kept: ['University of Science and Technology, Department of Physics'],
    why: [
      /^needs a look _pages\/publications\.md:5: the site makes its own publication list at \/publications\/, but this page holds text of its own \(57 lines\)/m,
      /^needs a look _pages\/talks\.md:5: the site makes its own talk list at \/talks\/, but this page holds text of its own \(3 lines\)/m,
    ],
  },
];

/** The ids of the entries written into a collection (a folder of src/content/). */
const written = (site: SiteCopy, collection: string): string[] => {
  const folder = join(site.dir, 'src/content', collection);
  return existsSync(folder)
    ? readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.mdx'))
        .map((file) => file.replace(/\.mdx$/, ''))
    : [];
};

/** What the built site shows, section by section. */
function shown(site: SiteCopy): Counts {
  const home = site.read('dist/index.html');
  const talks = existsSync(join(site.dir, 'dist/talks/index.html'))
    ? site.read('dist/talks/index.html')
    : '';
  const page = (path: string) => existsSync(join(site.dir, 'dist', path, 'index.html'));
  return {
    papers: written(site, 'publications').filter((id) => page(`publications/${id}`)).length,
    positions: written(site, 'experience').filter((id) => home.includes(`id="${id}"`)).length,
    teaching: written(site, 'teaching').filter((id) => home.includes(`id="${id}"`)).length,
    talks: written(site, 'talks').filter((id) => talks.includes(`id="${id}"`)).length,
    posts: written(site, 'posts').filter((id) => page(`posts/${id}`)).length,
    projects: written(site, 'projects').filter((id) => page(`projects/${id}`)).length,
    pages: written(site, 'pages')
      .filter((id) => id !== 'about' && id !== 'zh/about')
      .filter((id) =>
        page(String(readEntry(site.read(`src/content/pages/${id}.mdx`)).data.permalink)),
      ).length,
  };
}

describe('real academicpages sites, migrated and built', { concurrency: 2 }, () => {
  for (const { user, old, now = {}, why = [], kept = [] } of SITES)
    test(`${user}: every section the old site showed, the new site shows`, async () => {
      const site = fixtureSite('seed');
      try {
        const run = await runScript(site, 'migrate.ts', [join(REAL, user), '--replace']);
        assert.equal(run.code, 0, run.stderr);
        const checked = await site.check();
        assert.equal(checked.code, 0, checked.output);
        const built = await site.build();
        assert.equal(built.code, 0, built.output.slice(-3000));
        assert.deepEqual(shown(site), { ...old, ...now });
        for (const item of kept) assert.ok(site.read('dist/index.html').includes(item), item);
        for (const line of why)
          assert.match(run.stdout, line, 'the report says what the new site does not show');
        // Nothing the old pages ran comes along.
        for (const file of readdirSync(join(site.dir, 'dist'), {
          recursive: true,
          encoding: 'utf8',
        }))
          if (file.endsWith('.html'))
            assert.doesNotMatch(
              site.read(`dist/${file}`),
              /gtag\(|<script>\s*window\.dataLayer|onclick=/,
              file,
            );
      } finally {
        site.remove();
      }
    });
});

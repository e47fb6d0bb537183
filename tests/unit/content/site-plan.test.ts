import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { noEntries, type EntryFile, type SiteEntries } from '#lib/content/content-rules.ts';
import { planSite, redirectRequests, sitePages } from '#lib/content/site-plan.ts';
import { pageSchema } from '../../../src/schemas/page.ts';
import { postSchema } from '../../../src/schemas/post.ts';
import {
  publicationSchema,
  type Publication,
  type PublicationInput,
} from '../../../src/schemas/publication.ts';

const OWNER = 'Qipeng Wang';

/** A project folder whose public/ holds favicon.svg and files/cv.pdf. */
const root = mkdtempSync(join(tmpdir(), 'site-plan-'));
mkdirSync(join(root, 'public/files'), { recursive: true });
writeFileSync(join(root, 'public/favicon.svg'), '<svg/>');
writeFileSync(join(root, 'public/files/cv.pdf'), '%PDF-1.4');
writeFileSync(join(root, 'package.json'), '{}');
after(() => rmSync(root, { recursive: true, force: true }));

const about: EntryFile<ReturnType<typeof pageSchema.parse>> = {
  id: 'about',
  path: 'src/content/pages/about.mdx',
  data: pageSchema.parse({
    title: 'About',
    permalink: '/',
    redirectFrom: ['/about/', '/about.html'],
  }),
  body: 'My [CV](/files/cv.pdf).',
  source: '',
};

const paper = (
  id: string,
  input: Partial<PublicationInput> = {},
  body = '',
): EntryFile<Publication> => ({
  id,
  path: `src/content/publications/${id}.mdx`,
  data: publicationSchema.parse({
    title: id,
    authors: [OWNER],
    venue: { short: 'V' },
    date: 2022,
    type: 'conference',
    order: 1,
    ...input,
  }),
  body,
  source: '',
});

const site = (...publications: EntryFile<Publication>[]): SiteEntries => ({
  ...noEntries(),
  pages: [about],
  publications,
});

describe('the site plan', () => {
  test('lists every address the site writes, and every old address', () => {
    const entries = site(paper('melon', { redirectFrom: ['/melon/'] }));
    assert.deepEqual(sitePages(entries, OWNER), [
      '/',
      '/publications/',
      '/404.html',
      '/feed.xml',
      '/publications.bib',
      '/publications.json',
      '/cv/',
      '/news/',
      '/news.xml',
      '/talks/',
      '/projects/',
      '/posts/',
      '/posts.xml',
      '/search/',
      '/files/cv.pdf',
      '/favicon.svg',
      '/',
      '/publications/melon/',
      '/publications/melon.bib',
      '/previews/publications/melon.png',
      '/publications/',
      '/publications/first-author/',
      '/publications/type/conference/',
    ]);
    assert.deepEqual(redirectRequests(entries), [
      { from: '/about/', to: '/', declaredIn: 'src/content/pages/about.mdx' },
      { from: '/about.html', to: '/', declaredIn: 'src/content/pages/about.mdx' },
      {
        from: '/melon/',
        to: '/publications/melon/',
        declaredIn: 'src/content/publications/melon.mdx',
      },
    ]);
  });

  test('plans a good site: redirects, and linked files missing from public/', () => {
    const plan = planSite(
      root,
      site(paper('melon', { links: { pdf: '/files/melon.pdf' }, redirectFrom: ['/melon/'] })),
      OWNER,
    );
    assert.deepEqual(plan.problems, []);
    assert.deepEqual(
      plan.redirects.map((redirect) => [redirect.from, redirect.file, redirect.to]),
      [
        ['/about/', 'about/index.html', '/'],
        ['/about.html', 'about.html', '/'],
        ['/melon/', 'melon/index.html', '/publications/melon/'],
      ],
    );
    assert.deepEqual(plan.missingFiles, [
      { path: '/files/melon.pdf', declaredIn: ['src/content/publications/melon.mdx'] },
    ]);
  });

  /** One paper added to the site, and what the plan says about it. */
  const cases: [
    name: string,
    added: EntryFile<Publication>,
    problems: string[],
    missing: string[],
  ][] = [
    [
      'a body link with malformed percent-encoding',
      paper('percent', {}, 'The [paper](/files/100%.pdf).'),
      [
        'src/content/publications/percent.mdx: body: the link "/files/100%.pdf": a site path has a "%" that does not start an escape such as %20; write a "%" itself as %25',
      ],
      [],
    ],
    [
      'a body link out of public/, reported missing',
      paper('escape', {}, 'The [secrets](/%2e%2e/package.json).'),
      [],
      ['/%2e%2e/package.json'],
    ],
    [
      'an old address that differs from a page in case only',
      paper('shout', { redirectFrom: ['/PUBLICATIONS/'] }),
      [
        'src/content/publications/shout.mdx: redirectFrom "/PUBLICATIONS/" differs only in letter case from the page "/publications/": case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
      ],
      [],
    ],
    [
      'an old address in public/',
      paper('icon', { redirectFrom: ['/favicon.svg/', '/files/cv.pdf', '/files/'] }),
      [
        'src/content/publications/icon.mdx: redirectFrom "/favicon.svg/" would be written to favicon.svg/index.html, which needs a folder "favicon.svg" where the site has a file: "/favicon.svg", an address programs read. Remove it from redirectFrom.',
        'src/content/publications/icon.mdx: redirectFrom "/files/cv.pdf" is the address of the file "/files/cv.pdf" the site writes; a redirect there would hide it. Remove it from redirectFrom.',
        'src/content/publications/icon.mdx: redirectFrom "/files/" is the folder public/files/; a redirect there would take its address. Remove it from redirectFrom.',
      ],
      [],
    ],
    [
      "an old address under another paper's BibTeX file",
      paper('bib', { redirectFrom: ['/publications/melon.bib/'] }),
      [
        'src/content/publications/bib.mdx: redirectFrom "/publications/melon.bib/" would be written to publications/melon.bib/index.html, which needs a folder "publications/melon.bib" where the site has a file: the file "/publications/melon.bib" the site writes. Remove it from redirectFrom.',
      ],
      [],
    ],
    [
      'an old address the About page has already',
      paper('twice', { redirectFrom: ['/About.html'] }),
      [
        'src/content/publications/twice.mdx: redirectFrom "/About.html" differs only in letter case from the redirect "/about.html" declared in src/content/pages/about.mdx: case-insensitive file systems and hosts see one file, so one would replace the other. Remove it from redirectFrom.',
      ],
      [],
    ],
    [
      'a reserved id, beside the redirect problems',
      paper('2024', { order: 2, redirectFrom: ['/robots.txt'] }),
      [
        'src/content/publications/2024.mdx: the file name "2024" is reserved for a view or a year page of the publication list; rename the file.',
        'src/content/publications/2024.mdx: redirectFrom "/robots.txt" is "/robots.txt", an address programs read (feed readers, crawlers, web hosts); a redirect would put an HTML page there. Remove it from redirectFrom.',
      ],
      [],
    ],
  ];

  for (const [name, added, problems, missing] of cases) {
    test(name, () => {
      const plan = planSite(root, site(paper('melon', { order: 99 }), added), OWNER);
      assert.deepEqual(plan.problems, problems);
      assert.deepEqual(
        plan.missingFiles.map((file) => file.path),
        missing,
      );
    });
  }
});

describe("the owner's pages", () => {
  const page = (
    id: string,
    permalink: string,
    redirectFrom: string[] = [],
  ): EntryFile<ReturnType<typeof pageSchema.parse>> => ({
    id,
    path: `src/content/pages/${id}.mdx`,
    data: pageSchema.parse({ title: id, permalink, redirectFrom }),
    body: '',
    source: '',
  });
  const withPages = (...pages: EntryFile<ReturnType<typeof pageSchema.parse>>[]): SiteEntries => ({
    ...site(),
    pages: [about, ...pages],
  });

  test('a page and its translation are written at its permalink, and under its language once that is on', () => {
    const zhAbout = { ...page('zh/about', '/'), path: 'src/content/pages/zh/about.mdx' };
    const entries = withPages(
      page('research', '/research/', ['/research.html']),
      zhAbout,
      page('zh/research', '/research/'),
    );
    const pages = sitePages(entries, OWNER);
    assert.ok(pages.includes('/research/'));
    assert.ok(pages.includes('/zh/research/'));
    assert.deepEqual(redirectRequests(entries).slice(2, 3), [
      { from: '/research.html', to: '/research/', declaredIn: 'src/content/pages/research.mdx' },
    ]);
    assert.deepEqual(planSite(root, entries, OWNER, ['zh']).problems, []);
  });

  /** Pages added beside the About page, and what stops the build. */
  const cases: [
    name: string,
    pages: EntryFile<ReturnType<typeof pageSchema.parse>>[],
    problems: string[],
  ][] = [
    [
      'two pages at one permalink',
      [page('research', '/research/'), page('group', '/Research/')],
      [
        'src/content/pages/group.mdx: permalink "/Research/": src/content/pages/research.mdx is at /research/ already; give each page its own permalink.',
      ],
    ],
    [
      'a page at an engine route',
      [page('cv', '/cv/')],
      [
        'src/content/pages/cv.mdx: permalink "/cv/" is an address the engine writes itself (src/pages/); choose another.',
      ],
    ],
    [
      'a page at a translated engine route',
      [page('chinese', '/zh/publications/')],
      [
        'src/content/pages/chinese.mdx: permalink "/zh/publications/" is an address the engine writes itself (src/pages/); choose another.',
      ],
    ],
    [
      'a page inside the publications folder',
      [page('methods', '/publications/methods/')],
      [
        'src/content/pages/methods.mdx: permalink "/publications/methods/" lies in /publications/, a folder the engine or a language of the site owns; choose another.',
      ],
    ],
    [
      'a page at the search page',
      [page('find', '/search/')],
      [
        'src/content/pages/find.mdx: permalink "/search/" is an address the engine writes itself (src/pages/); choose another.',
      ],
    ],
    [
      "a page inside the search index's folder",
      [page('index', '/pagefind/')],
      [
        'src/content/pages/index.mdx: permalink "/pagefind/" lies in /pagefind/, a folder the engine or a language of the site owns; choose another.',
      ],
    ],
    [
      'a page inside the folder of the link previews',
      [page('cards', '/previews/posts/')],
      [
        'src/content/pages/cards.mdx: permalink "/previews/posts/" lies in /previews/, a folder the engine or a language of the site owns; choose another.',
      ],
    ],
    [
      'a page inside the projects folder',
      [page('demo', '/projects/demo/')],
      [
        'src/content/pages/demo.mdx: permalink "/projects/demo/" lies in /projects/, a folder the engine or a language of the site owns; choose another.',
      ],
    ],
    [
      "a page inside Astro's assets folder",
      [page('assets', '/_astro/')],
      [
        'src/content/pages/assets.mdx: permalink "/_astro/" lies in /_astro/, a folder the engine or a language of the site owns; choose another.',
      ],
    ],
    [
      'a page at the address of a file the engine writes',
      [page('feed', '/posts.xml/')],
      [
        'src/content/pages/feed.mdx: permalink "/posts.xml/" is an address the engine writes itself (src/pages/); choose another.',
      ],
    ],
    [
      "a page at another page's old address",
      [page('research', '/research/'), page('group', '/group/', ['/research/'])],
      [
        'src/content/pages/group.mdx: redirectFrom: "/research/" is the address of src/content/pages/research.mdx (/research/); a redirect there would hide it. Remove it from redirectFrom.',
      ],
    ],
    [
      'a permalink that is not a folder',
      [page('group', '/group.html')],
      [
        'src/content/pages/group.mdx: permalink "/group.html" is not a page\'s address; end it with "/", e.g. "/group.html/".',
      ],
    ],
    [
      'a translation at another permalink',
      [page('zh/about', '/'), page('research', '/research/'), page('zh/research', '/yanjiu/')],
      [
        'src/content/pages/zh/research.mdx: permalink "/yanjiu/" differs from "/research/" in src/content/pages/research.mdx; a translation keeps its page\'s permalink (it is served under /zh/).',
      ],
    ],
    [
      'a translation in a language whose About page is not translated',
      [page('research', '/research/'), page('zh/research', '/research/')],
      [
        'src/content/pages/zh/research.mdx: the zh pages are built only once the About page is translated; add src/content/pages/zh/about.mdx (permalink: /), or this file is not published.',
      ],
    ],
  ];

  for (const [name, pages, problems] of cases) {
    test(name, () =>
      assert.deepEqual(planSite(root, withPages(...pages), OWNER, ['zh']).problems, problems),
    );
  }
});

describe('posts in the site plan', () => {
  const post = (id: string, redirectFrom: string[] = [], draft = false, body = '') => ({
    id,
    path: `src/content/posts/${id}.mdx`,
    data: postSchema.parse({
      title: id,
      date: '2025-03-14',
      description: 'D.',
      tags: ['edge-ml'],
      draft,
      redirectFrom,
    }),
    body,
    source: '',
  });

  test('a post in a language whose About page is not translated stops the build', () => {
    const entries = { ...site(), posts: [post('zh/ni-hao')] };
    assert.deepEqual(planSite(root, entries, OWNER, ['zh']).problems, [
      'src/content/posts/zh/ni-hao.mdx: the zh pages are built only once the About page is translated; add src/content/pages/zh/about.mdx (permalink: /), or this file is not published.',
    ]);
  });

  test('a link from a published page or post to a draft stops the build; a draft may link to a draft', () => {
    const research = {
      ...about,
      id: 'research',
      path: 'src/content/pages/research.mdx',
      data: pageSchema.parse({ title: 'Research', permalink: '/research/' }),
      body: 'See [the idea](/posts/idea/#method) and [notes](/posts/notes).',
    };
    const entries = {
      ...site(),
      pages: [about, research],
      posts: [
        post('idea', [], true, 'Builds on [notes](/posts/notes/).'),
        post('notes', [], true),
        post('coin', [], false, 'Next: <a href="/posts/idea/">the idea</a>.'),
      ],
    };
    assert.deepEqual(planSite(root, entries, OWNER, ['zh']).problems, [
      'src/content/posts/coin.mdx: body: the link "/posts/idea/" leads to src/content/posts/idea.mdx, a draft the deployed site leaves out; publish it (draft: false) or remove the link.',
      'src/content/pages/research.mdx: body: the link "/posts/idea/#method" leads to src/content/posts/idea.mdx, a draft the deployed site leaves out; publish it (draft: false) or remove the link.',
      'src/content/pages/research.mdx: body: the link "/posts/notes" leads to src/content/posts/notes.mdx, a draft the deployed site leaves out; publish it (draft: false) or remove the link.',
    ]);
  });

  test('a post named "tags", a post in a folder that is no language, and a redirect onto a tag page stop the build', () => {
    const entries = {
      ...site(),
      posts: [post('tags'), post('fr/bonjour'), post('coin', ['/posts/tags/edge-ml/'])],
    };
    assert.deepEqual(planSite(root, entries, OWNER, ['zh']).problems, [
      'src/content/posts/tags.mdx: the file name "tags" is the folder of the tag pages (/posts/tags/); rename the file.',
      "src/content/posts/fr/bonjour.mdx: the folder \"fr\" is not a language of the site; add { code: 'fr', … } to languages in src/site.config.ts, or move the file (the default language's posts lie outside any folder).",
      'src/content/posts/coin.mdx: redirectFrom "/posts/tags/edge-ml/" is the address of a real page; a redirect there would hide it. Remove it from redirectFrom.',
    ]);
  });
});
